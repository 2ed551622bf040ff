#pragma once

#include "export/meritprofilepainter.h"

#include <QWidget>

#include <optional>

namespace cercles::ui {

/// A closed vote's merit profiles: one horizontal stacked bar per option, best-ranked first, grades coloured
/// from red (worst) to green (best), painted by paintMeritProfiles (the same code draws the minutes' chart).
class MeritProfileChart : public QWidget
{
    Q_OBJECT
public:
    explicit MeritProfileChart(QWidget* parent = nullptr);

    /// Takes the data to show (std::nullopt: nothing).
    void setData(std::optional<MeritProfileData> data);
    const std::optional<MeritProfileData>& data() const { return m_data; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<MeritProfileData> m_data;
};

} // namespace cercles::ui
