#pragma once

#include "domain/result.h"

#include <QString>

namespace cercles {

/// The family every exported document uses: DejaVu Sans, a free font (Debian package fonts-dejavu-core)
/// that covers French and English typography (accents, « », ’) and that PDF writers may embed.
QString exportFontFamily();

/// Registers DejaVu Sans (regular, bold, oblique, bold oblique) with the application's font database,
/// once per process; needs a QGuiApplication. Looks in $CERCLES_FONT_DIR, then the system's
/// fonts/truetype/dejavu folders (/usr/share/fonts/truetype/dejavu on Debian). Returns an error naming the
/// missing file and the package to install when a face cannot be found or read.
Result<void> ensureExportFonts();

} // namespace cercles
