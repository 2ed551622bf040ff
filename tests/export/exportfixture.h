#pragma once
// Builds organisation files for the export tests through the services, as the app would.
#include "services/document.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace cercles::test {

inline QDateTime instant(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC).addSecs(60 * minute);
}

template <typename T> T check(Result<T> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return std::move(r).value();
}
inline void check(Result<void> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error()));
}

/// A circle of four people whose names carry markup, guillemets, apostrophes, accents and ligatures, and
/// one open meeting (Noémie absent). Decisions need all members (Noémie's consent is awaited).
struct SmallOrganisation
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("org.cercles"));
    std::unique_ptr<Document> doc;
    CircleId circle;
    QList<PersonId> people; // markup name, Zoë, Jérôme, Noémie
    MeetingId meeting;

    static QString markupName() { return QStringLiteral("<b>Ana</b> <img src=\"file:///etc/hostname\">"); }

    explicit SmallOrganisation(const QString& language = QStringLiteral("fr"))
    {
        doc = check(Document::create(path));
        doc->consent().setClock([] { return instant(0); });
        check(doc->organisation().setOrganisationName(QStringLiteral("Association « L’Étoile »")));
        Circle c;
        c.name = QStringLiteral("Cercle Œuvres & Cœur");
        c.decisionRule = ConsentRule{ConsentBasis::AllMembers, false};
        c.entryRule = c.decisionRule;
        c.exitRule = ConsentRule{ConsentBasis::AllMembers, true};
        c.scope = {ScopeItem{{}, QStringLiteral("budget de l’été")}};
        circle = check(doc->organisation().addCircle(c));
        for (const QString& name :
             {markupName(), QStringLiteral("Zoë d’Arcy"), QStringLiteral("Jérôme « Jo » Lefèvre"),
              QStringLiteral("Noémie Œillet")}) {
            const PersonId p = check(doc->organisation().addPerson(Person{{}, name, {}, {}, {}}));
            people << p;
            check(doc->organisation().addMembership(Membership{{}, p, circle, QDate(2025, 1, 1), {}}));
        }
        Meeting m = doc->meetings().draftMeeting(circle, QDate(2026, 11, 20), QTime(18, 0), "Europe/Paris");
        m.place = QStringLiteral("Salle « Le Fil », 3 rue de l’Église");
        m.facilitator = people[0];
        m.secretary = people[1];
        m.language = language;
        m.nextMeeting = QStringLiteral("18 décembre 2026, même lieu");
        for (Attendance& a : m.attendance) {
            if (a.person == people[3])
                a.status = AttendanceStatus::Absent;
        }
        m.status = MeetingStatus::Open;
        meeting = check(doc->meetings().createMeeting(m));
    }

    AgendaItemId addItem(AgendaItemKind kind, const QString& title, const QString& notes = {})
    {
        AgendaItem item;
        item.meeting = meeting;
        item.kind = kind;
        item.title = title;
        item.notes = notes;
        return check(doc->meetings().addAgendaItem(item));
    }

    /// A decision met by one objection (reason), integrated by modifying the text (finalText), then
    /// consented by those present (the first with `concern`); the absent member's consent stays awaited.
    ConsentProcessId decide(const QString& title, const QString& text, const QString& reason,
                            const QString& finalText, const QString& concern = {})
    {
        const AgendaItemId item = addItem(AgendaItemKind::ConsentDecision, title);
        ScopeItemId scope = doc->organisation().organisation().circle(circle)->scope.value(0).id;
        const ConsentProcessId id = check(doc->consent().startProcess(
            item, Proposal{text, QStringLiteral("Besoin d’agir"), people[1], QDate(2027, 6, 30), scope}));
        const QList<PersonId> present = people.mid(0, 3);
        auto record = [&](const ConsentEvent& e) { check(doc->consent().record(id, e)); };
        record(ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, instant(1), present));
        record(ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, instant(2), {}));
        record(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, instant(3), {}));
        record(ConsentEvent::objection(instant(4), people[2], reason));
        record(ConsentEvent::consent(instant(4), people[0]));
        record(ConsentEvent::consent(instant(4), people[1]));
        record(ConsentEvent::roundClose(instant(5)));
        record(
            ConsentEvent::integration(instant(6), people[2], IntegrationMethod::ModifyProposal, finalText));
        record(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, instant(7), {}));
        record(ConsentEvent::consent(instant(8), people[0], concern));
        record(ConsentEvent::consent(instant(8), people[1]));
        record(ConsentEvent::consent(instant(8), people[2]));
        record(ConsentEvent::roundClose(instant(9)));
        return id;
    }

    void close() { check(doc->meetings().setStatus(meeting, MeetingStatus::Closed)); }
};

/// Takes a text; returns it with white space folded to single spaces and none after a hyphen (a line may
/// break after "non-" in "non-élu·es"), so a PDF's text and the original compare equal.
inline QString folded(const QString& text)
{
    return text.simplified().replace(QLatin1String("- "), QLatin1String("-"));
}

/// Takes a program and its arguments; returns its standard output (fails the test when it cannot run).
inline QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Takes a PDF (and a page, 0: all); returns its text (pdftotext -raw), folded (see folded()).
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args{QStringLiteral("-raw")}; // content order: keeps a hyphen that ends a line
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return folded(run(QStringLiteral("pdftotext"), args));
}

/// Takes a PDF; returns the text of each page (pdftotext separates pages with form feeds), folded.
inline QStringList pdfPages(const QString& pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString& page : pages)
        page = folded(page);
    return pages;
}

/// Takes a PDF; returns the font rows of pdffonts (after its two header lines).
inline QStringList pdfFonts(const QString& pdf)
{
    return run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
}

} // namespace cercles::test
