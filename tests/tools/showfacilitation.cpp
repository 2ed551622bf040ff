// Not installed, not a test: shows the facilitation screen (or the presentation screen) on a demo meeting in
// the middle of a consent round, so that screenshots can be taken (a window under a virtual display, e.g.
// xvfb-run with ImageMagick's import). Usage: showfacilitation [facilitation|presentation|form|meetings]
// [FILE]  (FILE: a new demo file; default: a temporary one). Prints how long each record took, from the
// action to the saved response.

#include "facilitation/consentpanel.h"
#include "facilitation/facilitationwindow.h"
#include "facilitation/presentationwindow.h"
#include "meetings/meetingspage.h"
#include "services/demodata.h"
#include "services/document.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cercles;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("facilitation");
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("demo.cercles"));
    if (Result<void> r = createDemoFile(path); !r)
        qFatal("%s", qPrintable(r.error()));
    auto opened = Document::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Document& doc = **opened;
    const Organisation& org = doc.organisation().organisation();
    const CircleId council = org.circleNamed(QStringLiteral("Conseil de Coordination"))->id;
    Meeting m = doc.meetings().draftMeeting(council, QDate(2026, 12, 3), QTime(18, 30), "Europe/Paris");
    m.place = QStringLiteral("Maison des associations, salle 2");
    if (m.attendance.size() > 3)
        m.attendance.last().status = AttendanceStatus::Excused;
    const MeetingId meetingId = doc.meetings().createMeeting(m).value();
    for (auto [kind, title] : {std::pair{AgendaItemKind::Information, "Tour de météo"},
                               std::pair{AgendaItemKind::ConsentDecision, "Budget 2027"},
                               std::pair{AgendaItemKind::Discussion, "Fête de printemps"}}) {
        AgendaItem item;
        item.meeting = meetingId;
        item.kind = kind;
        item.title = QString::fromUtf8(title);
        (void)doc.meetings().addAgendaItem(item);
    }
    const AgendaItemId budget = doc.meetings().meeting(meetingId)->agenda[1].id;

    QUndoStack stack;
    if (mode == QLatin1String("meetings")) {
        auto* page = new ui::MeetingsPage(doc, stack);
        page->setCircle(council);
        page->resize(1200, 760);
        page->show();
        return app.exec();
    }
    auto* window = new ui::FacilitationWindow(doc, stack, meetingId);
    window->selectItem(budget);
    window->showMaximized();
    if (mode != QLatin1String("form")) {
        Proposal proposal;
        proposal.text =
            QStringLiteral("Adopter le budget 2027 tel que présenté par la trésorière : 48 000 € de "
                           "dépenses, dont 6 000 € pour "
                           "la formation des bénévoles, et une réserve de trois mois de fonctionnement.");
        proposal.driver = QStringLiteral("Le budget doit être voté avant le 31 décembre.");
        proposal.reviewDate = QDate(2027, 12, 31);
        proposal.scopeItem = org.circle(council)->scope.value(0).id;
        const ConsentProcessId id = doc.consent().startProcess(budget, proposal).value();
        window->selectItem(budget);
        ui::ConsentPanel* panel = window->consentPanel();
        QList<qint64> timings;
        // No window manager under xvfb: call the key handlers' actions directly, timing each record.
        auto step = [&](auto action) {
            (panel->*action)();
            timings << panel->lastRecordNanoseconds();
        };
        step(&ui::ConsentPanel::startClarifyingRound);
        panel->field()->setText(QStringLiteral("Quel est le montant de la réserve ?"));
        step(&ui::ConsentPanel::recordField);
        step(&ui::ConsentPanel::nextSpeaker);
        step(&ui::ConsentPanel::startReactionsRound);
        step(&ui::ConsentPanel::startConsentRound);
        step(&ui::ConsentPanel::recordConsent);
        panel->field()->setText(QStringLiteral("La formation est sous-dotée pour l'accueil des nouveaux."));
        step(&ui::ConsentPanel::recordObjection);
        panel->field()->setText(QStringLiteral("Suivre la trésorerie chaque trimestre"));
        step(&ui::ConsentPanel::recordConcern);
        std::sort(timings.begin(), timings.end());
        qInfo("records: %lld, action to saved response: min %.2f ms, median %.2f ms, max %.2f ms",
              qint64(timings.size()), timings.first() / 1e6, timings[timings.size() / 2] / 1e6,
              timings.last() / 1e6);
        Q_UNUSED(id);
        if (mode == QLatin1String("presentation")) {
            ui::PresentationWindow* screen = window->showPresentation();
            screen->showMaximized();
            screen->raise();
        }
    }
    return app.exec();
}
