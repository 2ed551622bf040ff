#pragma once

#include <QComboBox>

namespace cercles::ui {

/// Takes a combo box that lists user text (circles, people, meetings, scope items); sizes it for about
/// `characters` characters instead of its longest entry, so that a 10,000-character circle name never
/// widens a window off the screen (issue 9). The popup still shows every entry whole.
inline QComboBox* boundedCombo(QComboBox* combo, int characters = 24)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    return combo;
}

} // namespace cercles::ui
