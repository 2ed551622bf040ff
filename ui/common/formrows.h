#pragma once

#include <QFormLayout>
#include <QLabel>

namespace cercles::ui {

/// Takes a form, a translated label with its mnemonic ("Decision &scope:"), a layout holding the fields and
/// the field the mnemonic focuses; adds the row and returns its label. QFormLayout::addRow(QString, QLayout*)
/// gives the label no buddy, and a label without a buddy shows its "&" as text ("Duré&e du mandat :").
inline QLabel* addLayoutRow(QFormLayout* form, const QString& text, QLayout* fields, QWidget* buddy)
{
    auto* label = new QLabel(text, form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, fields);
    return label;
}

} // namespace cercles::ui
