// bench_record: recording one consent answer with the main window open on the file (every page, model and
// register listening), from ConsentService::record to the committed (fsynced) answer and the window's
// repaint, against a raw sqlite3 INSERT + COMMIT on a copy of the same file with the same journal and sync
// settings (journal_mode=DELETE, synchronous=FULL). The two alternate, so they share the machine's noise.
// The answers form one long consent round: its first and last quarters show whether the cost grows.
#include "benchsupport.h"
#include "mainwindow/mainwindow.h"
#include "services/document.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>

#include <sqlite3.h>

using namespace cercles;
using namespace cercles::bench;

namespace {

/// Takes the open document; returns a consent process in its consent round on a new meeting of the
/// circle with the most members, and the people present.
std::pair<ConsentProcessId, QList<PersonId>> openRound(Document& doc)
{
    const Organisation& org = doc.organisation().organisation();
    const QDate day(2026, 1, 15);
    CircleId circle = org.circles.constFirst().id;
    for (const Circle& c : org.circles) {
        if (org.membersOn(c.id, day).size() > org.membersOn(circle, day).size())
            circle = c.id;
    }
    Meeting m = doc.meetings().draftMeeting(circle, day, QTime(19, 0), "Europe/Paris");
    m.status = MeetingStatus::Open;
    const MeetingId meeting = *doc.meetings().createMeeting(m);
    const AgendaItemId item = *doc.meetings().addAgendaItem(AgendaItem{
        {}, meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Bench"), {}, {}, {}, {}, {}});
    const ConsentProcessId id = *doc.consent().startProcess(
        item, Proposal{QStringLiteral("Adopter la proposition."), {}, {}, {}, {}});
    const QList<PersonId> present = doc.meetings().meeting(meeting)->present();
    for (ConsentEventKind k :
         {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
          ConsentEventKind::ConsentRoundStarted})
        if (const Result<void> r = doc.consent().record(id, ConsentEvent::roundStart(k, {}, present)); !r) {
            out() << r.error() << '\n';
            std::exit(1);
        }
    return {id, present};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    qputenv("XDG_CONFIG_HOME", QDir::tempPath().toLocal8Bit() + "/cercles-bench-config");
    QTemporaryDir scratch;
    const QString source = organisationFile(QCoreApplication::arguments(), scratch);
    const int answers = 400;
    const QString file = scratch.filePath(QStringLiteral("recorded.cercles"));
    const QString anchorFile = scratch.filePath(QStringLiteral("anchor.cercles"));
    if (!QFile::copy(source, file) || !QFile::copy(source, anchorFile)) {
        out() << "cannot copy " << source << '\n';
        return 1;
    }

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openFile(file))
        return 1;
    if (window.isVerifying()) { // the whole-file check runs in its worker: measure after it
        QEventLoop loop;
        QObject::connect(&window, &ui::MainWindow::verified, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Every tab shown once, so every page is built and listening (pages are built when first shown).
    if (auto* tabs = window.findChild<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
        }
        tabs->setCurrentIndex(tabs->count() - 1); // the register in front, as the issue measured it
    }
    QApplication::processEvents();
    Document& doc = *window.document();
    const auto [id, present] = openRound(doc);

    sqlite3* raw = nullptr;
    sqlite3_open(anchorFile.toUtf8().constData(), &raw);
    sqlite3_exec(raw,
                 "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                 "CREATE TABLE bench_anchor (id INTEGER PRIMARY KEY, person INTEGER, text TEXT)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(raw, "INSERT INTO bench_anchor (person, text) VALUES (?, ?)", -1, &insert, nullptr);

    QList<double> ours, anchor;
    for (int i = 0; i < answers; ++i) {
        const PersonId person = present.at(i % present.size());
        const ConsentEvent e = i % 3 == 2
                                   ? ConsentEvent::objection({}, person, QStringLiteral("Raison %1").arg(i))
                                   : ConsentEvent::consent({}, person, QString());
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(insert, 1, person.value());
        sqlite3_bind_text(insert, 2, "Raison", -1, SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        anchor << double(timer.nsecsElapsed()) / 1e6;

        timer.start();
        const Result<void> r = doc.consent().record(id, e);
        QApplication::processEvents(); // the window's updates and repaint
        ours << double(timer.nsecsElapsed()) / 1e6;
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(raw);
    out() << "bench_record on " << source << ": " << answers << " answers in one round, main window open\n";
    report(QStringLiteral("record one answer, median (ms)"), median(ours), median(anchor),
           QStringLiteral("ms"), QStringLiteral("<= 1.3x"));
    report(QStringLiteral("record one answer, p95 (ms)"), quantile(ours, 0.95), quantile(anchor, 0.95),
           QStringLiteral("ms"), QStringLiteral("<= 1.3x"));
    report(QStringLiteral("record, last quarter vs first quarter of the round (median ms)"),
           median(ours.mid(3 * answers / 4)), median(ours.mid(0, answers / 4)), QStringLiteral("ms"),
           QStringLiteral("~1x: no growth with the round"));
    return 0;
}
