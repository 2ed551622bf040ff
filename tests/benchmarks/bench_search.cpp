// bench_search: one keystroke in the decision register's search, from the changed text to the rows shown
// (the query, the model's first page and a synchronous repaint of the table; the 150 ms typing delay is
// not counted), against the FTS5 query alone on the same file through the sqlite3 C API.
#include "benchsupport.h"
#include "register/registermodel.h"
#include "register/registerpage.h"
#include "services/document.h"
#include "storage/registerrepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>

#include <sqlite3.h>

using namespace cercles;
using namespace cercles::bench;

namespace {

/// The anchors: the FTS5 query alone, stepped to its last match, reading either the matched texts (as
/// the anchor did: "an FTS5 query on the same texts") or the rowids only.
double ftsAlone(sqlite3* db, const QString& typed, bool texts, int* rows)
{
    const QByteArray match = RegisterRepository::searchQuery(typed).toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(
        db,
        texts ? "SELECT rowid, title, proposal, text FROM consent_register_search WHERE "
                "consent_register_search MATCH ?"
              : "SELECT rowid FROM consent_register_search WHERE consent_register_search MATCH ?",
        -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
    *rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++*rows;
        for (int column = 1; texts && column < 4; ++column)
            sqlite3_column_text(statement, column); // the text as the app reads it, UTF-8
    }
    sqlite3_finalize(statement);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString file = organisationFile(QCoreApplication::arguments(), scratch);
    auto opened = Document::open(file, Database::Access::ReadOnly, Database::Check::Later);
    if (!opened) {
        out() << opened.error() << '\n';
        return 1;
    }
    Document& doc = *opened.value();
    ui::RegisterPage page(doc);
    page.resize(1200, 800);
    page.show();
    QApplication::processEvents();
    sqlite3* raw = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);

    QList<double> keystrokes, anchors, rowidAnchors;
    int lastRows = 0;
    for (int pass = 0; pass < 3; ++pass) {
        for (const char* word : {"atelier", "coeur", "partenariat", "budget", "mairie", "calendrier"}) {
            const QString full = QString::fromLatin1(word);
            for (int length = 1; length <= full.size(); ++length) {
                const QString typed = full.left(length);
                QElapsedTimer timer;
                timer.start();
                page.searchField()->setText(typed);
                page.searchNow();
                page.table()->viewport()->repaint();
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                int rows = 0;
                const double anchor = ftsAlone(raw, typed, true, &rows);
                const double rowidAnchor = ftsAlone(raw, typed, false, &rows);
                if (pass > 0) { // the first pass warms the caches
                    keystrokes << ms;
                    anchors << anchor;
                    rowidAnchors << rowidAnchor;
                }
                lastRows = page.model()->total();
            }
            page.searchField()->clear();
            page.searchNow();
        }
    }
    sqlite3_close(raw);
    out() << "bench_search on " << file << ": " << keystrokes.size() << " keystrokes (last: " << lastRows
          << " decisions found)\n";
    report(QStringLiteral("search keystroke to rows shown, median (ms)"), median(keystrokes), median(anchors),
           QStringLiteral("ms"), QStringLiteral("<= 5x and <= 16 ms"));
    report(QStringLiteral("search keystroke to rows shown, p95 (ms)"), quantile(keystrokes, 0.95),
           quantile(anchors, 0.95), QStringLiteral("ms"), QStringLiteral("<= 16 ms"));
    report(QStringLiteral("search keystroke, median (ms), anchor: the FTS5 query reading rowids only"),
           median(keystrokes), median(rowidAnchors), QStringLiteral("ms"), QStringLiteral("(for reference)"));
    return 0;
}
