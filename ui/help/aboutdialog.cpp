#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
QLabel* line(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Cercles"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/org.cercles.Cercles-128.png")).pixmap(96, 96));
    icon->setAccessibleName(tr("Cercles icon"));
    auto* name = line(tr("Cercles %1").arg(QStringLiteral(CERCLES_VERSION)), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(name, 0, Qt::AlignHCenter);
    layout->addWidget(
        line(tr("Sociocratic meetings and governance record: circles, consent rounds, elections "
                "without candidates, majority judgment, decision register and minutes."),
             this));
    layout->addWidget(line(tr("Licence: GNU General Public License, version 3 or later."), this));
    layout->addWidget(line(tr("Built with Qt %1, running on Qt %2.")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                           this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace cercles::ui
