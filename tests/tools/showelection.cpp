// Not installed, not a test: shows the election panel, the vote panel or the mandates view on a demo file, at
// a chosen step, so that screenshots can be taken (a window under a virtual display, e.g. xvfb-run with
// ImageMagick's import). Usage: showelection
// election-change|election-consent|vote-ballot|vote-nextvoter|vote-result|mandates

#include "elections/electionpanel.h"
#include "elections/mandatesview.h"
#include "services/demodata.h"
#include "services/document.h"
#include "votes/votepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>

using namespace cercles;

namespace {
void must(const Result<void>& r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error()));
}

/// Records an election on `item` up to the change round (stopAt "change") or into the consent round.
void recordElection(Document& doc, AgendaItemId item, const QList<PersonId>& present, bool toConsent)
{
    ElectionService& s = doc.elections();
    const ElectionId id =
        s.start(item, {QStringLiteral("Facilitation"), QString(), QDate(2027, 1, 1), QDate(2027, 12, 31),
                       QString::fromUtf8("Patience, neutralité, disponible un soir par mois")})
            .value();
    const Organisation& org = doc.organisation().organisation();
    auto named = [&org](const char* name) { return org.personNamed(QString::fromUtf8(name))->id; };
    const PersonId etienne = named("Étienne Blanc"), hugo = named("Hugo Perrin"),
                   denise = named("Denise Faure");
    struct Turn
    {
        PersonId person;
        PersonId nominee;
        const char* why;
    };
    const QList<Turn> turns{
        {named("Chloé Garnier"), etienne, "Étienne anime déjà avec calme et tient les temps."},
        {denise, hugo, "Hugo apporterait un regard neuf."},
        {etienne, etienne, "Je me propose : j'aime ce rôle et je peux continuer."},
        {hugo, etienne, "Étienne connaît bien le rôle."},
        {named("Inès Bonnet"), etienne, "Étienne, pour la continuité."}};
    must(s.record(id, ElectionEvent::opening({}, present)));
    for (PersonId p : present) {
        for (const Turn& t : turns) {
            if (t.person == p)
                must(s.record(id, ElectionEvent::written({}, p, t.nominee)));
        }
    }
    must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::NominationRoundStarted, {})));
    for (PersonId p : present) {
        for (const Turn& t : turns) {
            if (t.person == p)
                must(s.record(id, ElectionEvent::explained({}, p, QString::fromUtf8(t.why))));
        }
    }
    must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::ChangeRoundStarted, {})));
    for (PersonId p : present) {
        if (p == denise)
            must(s.record(
                id, ElectionEvent::changed({}, p, etienne,
                                           QString::fromUtf8("Hugo préfère se consacrer au financement."))));
        else if (toConsent || p == present.constFirst())
            must(s.record(id, ElectionEvent::kept({}, p)));
        if (!toConsent && p == denise)
            return;
    }
    if (!toConsent)
        return;
    must(s.record(id,
                  ElectionEvent::proposal({}, etienne, QDate(2027, 1, 1), QDate(2027, 12, 31),
                                          QString::fromUtf8("Le plus nommé ; répond aux trois critères."))));
    const QList<PersonId> order = s.election(id)->awaited();
    must(s.record(id, ElectionEvent::consent({}, order.at(0))));
    must(s.record(
        id, ElectionEvent::consent({}, order.at(1), QString::fromUtf8("Pensons à former une relève."))));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("election-change");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.cercles"));
    must(createDemoFile(path));
    std::unique_ptr<Document> doc = std::move(Document::open(path)).value();
    const Organisation& org = doc->organisation().organisation();
    const CircleId council = org.circleNamed(QStringLiteral("Conseil de Coordination"))->id;
    Meeting m = doc->meetings().draftMeeting(council, QDate(2026, 12, 3), QTime(18, 30), "Europe/Paris");
    m.status = MeetingStatus::Open;
    const MeetingId meeting = doc->meetings().createMeeting(m).value();
    const QList<PersonId> present = doc->meetings().meeting(meeting)->present();

    QWidget* shown = nullptr;
    if (mode.startsWith(QLatin1String("election"))) {
        AgendaItem a{{}, meeting, AgendaItemKind::Election, QStringLiteral("Élection de la facilitation")};
        const AgendaItemId item = doc->meetings().addAgendaItem(a).value();
        recordElection(*doc, item, present, mode == QLatin1String("election-consent"));
        shown = new ui::ElectionPanel(*doc, item);
    } else if (mode.startsWith(QLatin1String("vote"))) {
        AgendaItem a{{},
                     meeting,
                     AgendaItemKind::MajorityJudgmentVote,
                     QString::fromUtf8("Lieu de l'université d'été")};
        const AgendaItemId item = doc->meetings().addAgendaItem(a).value();
        const VoteId id = doc->votes()
                              .createVote(item, {QString::fromUtf8("Lieu de l'université d'été 2027"),
                                                 {QStringLiteral("Lyon"), QStringLiteral("Grenoble"),
                                                  QStringLiteral("Clermont-Ferrand")},
                                                 {},
                                                 {}})
                              .value();
        const QList<QList<int>> ballots{{6, 4, 2}, {5, 5, 1}, {2, 5, 3}, {4, 3, 3}};
        for (int i = 0; i < ballots.size() && mode != QLatin1String("vote-ballot"); ++i)
            must(doc->votes().castBallot(id, present.at(i), ballots.at(i)));
        if (mode == QLatin1String("vote-result")) {
            must(doc->votes().setPaperTallies(
                id, {{1, 2, 3, 4, 5, 3, 2}, {2, 1, 2, 5, 4, 4, 2}, {3, 4, 5, 3, 2, 2, 1}}));
            (void)doc->votes().close(id).value();
        }
        auto* panel = new ui::VotePanel(*doc, item);
        if (mode == QLatin1String("vote-ballot")) {
            panel->gradeCombos().at(0)->setCurrentIndex(2);
            panel->gradeCombos().at(1)->setCurrentIndex(4);
        }
        if (mode == QLatin1String("vote-nextvoter")) {
            for (QComboBox* c : panel->gradeCombos())
                c->setCurrentIndex(3);
            panel->castButton()->click();
        }
        shown = panel;
    } else {
        shown = new ui::MandatesView(doc->organisation(), QDate(2026, 12, 1));
    }
    shown->setWindowTitle(QStringLiteral("Cercles \u2014 %1").arg(mode));
    shown->resize(1000, 700);
    shown->show();
    return app.exec();
}
