#pragma once

#include <QDialog>

namespace cercles::ui {

/// Help > About: the application's name, version, licence and the Qt version it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace cercles::ui
