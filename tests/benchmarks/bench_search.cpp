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

/// The anchor: every rowid the full-text index matches, stepped to the end.
double ftsAlone(sqlite3* db, const QString& typed, int* rows)
{
    const QByteArray match = RegisterRepository::searchQuery(typed).toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT rowid FROM consent_register_search WHERE consent_register_search MATCH ?",
                       -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
    *rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ++*rows;
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

    QList<double> keystrokes, anchors;
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
                const double anchor = ftsAlone(raw, typed, &rows);
                if (pass > 0) { // the first pass warms the caches
                    keystrokes << ms;
                    anchors << anchor;
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
    return 0;
}
