#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cercles::ui {

QString GuideDialog::guideText(const QString& language)
{
    QFile file(QStringLiteral(":/guide/guide.%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/guide/guide.en.md"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Cercles user guide"));
    auto* browser = new QTextBrowser(this);
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenLinks(false); // the guide is self-contained: nothing is fetched
    // The guide is the application's own bundled text, not user data.
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    browser->setMarkdown(guideText(language));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace cercles::ui
