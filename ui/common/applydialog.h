#pragma once

#include "domain/result.h"

#include <QDialog>

#include <functional>

namespace cercles::ui {

/// A dialog whose OK runs an action (typically an undo command's tryPush) and closes only when it
/// succeeds. On failure the error is shown and the dialog stays open with everything the user typed.
class ApplyDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Result<void>()>;

    explicit ApplyDialog(QWidget* parent = nullptr);

    /// Takes the action OK runs (none: OK just closes).
    void setApply(Apply apply) { m_apply = std::move(apply); }

    void accept() override;

private:
    Apply m_apply;
};

} // namespace cercles::ui
