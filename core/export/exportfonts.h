#pragma once

#include "domain/result.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace cercles {

/// The family every exported document uses: DejaVu Sans, a free font (Debian package fonts-dejavu-core)
/// that covers French and English typography (accents, « », ’), Greek, Cyrillic, Hebrew and Arabic, and
/// that PDF writers may embed.
QString exportFontFamily();

/// The families exported text is set in, in order: DejaVu Sans, then the fallbacks for what it lacks, so
/// that user text in any script prints instead of empty boxes: WenQuanYi Micro Hei (fonts-wqy-microhei:
/// Chinese, Japanese and Korean in one 5 MB font of TrueType outlines, which the PDF writer subsets and
/// embeds) and Symbola (fonts-symbola: emoji and symbols as outlines; a colour-bitmap emoji font cannot be
/// embedded as text).
QStringList exportFontFamilies();

/// Takes a size in points and whether bold or italic; returns the font exported text is set in: the
/// families of exportFontFamilies() (so any script falls back to a font that has it), with no ligatures or
/// other shaping a Latin text does not need (a PDF's "fi" stays two letters for search and copy).
QFont exportFont(qreal pointSize, bool bold = false, bool italic = false);

/// Registers DejaVu Sans (regular, bold, oblique, bold oblique) and the fallback fonts with the
/// application's font database, once per process; needs a QGuiApplication. Looks in $CERCLES_FONT_DIR,
/// then the system's fonts/truetype/<package folder> (/usr/share/fonts/truetype/... on Debian). Returns an
/// error naming the missing file and the package to install when a face cannot be found or read.
Result<void> ensureExportFonts();

} // namespace cercles
