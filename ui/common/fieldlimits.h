#pragma once

namespace cercles::ui::limits {

// Maximum lengths of single-line text fields, in characters (issue 9: a 10,000-character circle name grew
// the main window off the screen). Long enough for any real name or reason, short enough to lay out.
inline constexpr int name = 200;    ///< a person, circle, role or scope item
inline constexpr int title = 300;   ///< an agenda item, a vote, a meeting place
inline constexpr int reason = 2000; ///< a question, reaction, concern, objection reason or driver
inline constexpr int search = 200;  ///< a search box

} // namespace cercles::ui::limits
