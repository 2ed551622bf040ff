#include "applydialog.h"

#include "messages.h"

namespace cercles::ui {

ApplyDialog::ApplyDialog(QWidget* parent) : QDialog(parent) {}

void ApplyDialog::accept()
{
    if (m_apply) {
        const Result<void> result = m_apply();
        if (!result) {
            messages::showError(this, result.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace cercles::ui
