#pragma once

#include <QWidget>

class QListWidget;

namespace cercles::ui {

/// What the window shows when no organisation file is open: the first-run choices and the recent files.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// Re-reads the recent files list.
    void refresh();

signals:
    void openDemoRequested();
    void newFromTemplateRequested();
    void openFileRequested();
    void openRecentRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace cercles::ui
