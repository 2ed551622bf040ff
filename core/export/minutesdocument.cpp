#include "minutesdocument.h"

#include "exportlabels.h"
#include "textcomposer.h"

#include <QTextDocument>

namespace cercles {

namespace {

QString joined(const QStringList& names, const ExportLabels& t)
{
    return names.isEmpty() ? t("nobody") : names.join(QStringLiteral(", "));
}

QString versionNote(const MinutesSnapshot::Objection& o, const ExportLabels& t)
{
    QStringList parts;
    parts << t.integrationMethod(o.method);
    if (o.newReviewDate.isValid())
        parts << t("new review date %1").arg(t.date(o.newReviewDate));
    if (o.resultingVersion > 0)
        parts << t("new version %1").arg(o.resultingVersion);
    return parts.join(QStringLiteral(", "));
}

void writeDecision(TextComposer& out, const MinutesSnapshot::Decision& d, const ExportLabels& t)
{
    const bool adopted = d.outcome == QLatin1String("adopted");
    QString outcome = t.outcome(d.outcome);
    if (d.outcomeDate.isValid())
        outcome += QLatin1Char(' ') + t("on %1").arg(t.date(d.outcomeDate));
    if (!d.referredTo.isEmpty())
        outcome += QStringLiteral(" (") + d.referredTo + QLatin1Char(')');
    out.labelled(t("Outcome"), outcome, 1);
    out.paragraph(adopted ? t("Exact text of the decision (version %1)").arg(d.version)
                          : t("Text of the proposal (version %1)").arg(d.version),
                  TextComposer::Style::Bold, 1);
    out.quote(d.text);
    out.labelled(t("Person concerned"), d.personConcerned, 1);
    out.labelled(t("Driver"), d.driver, 1);
    out.labelled(t("Scope item"), d.scopeItem, 1);
    out.labelled(t("Responsible"), d.responsible, 1);
    out.labelled(t("Review date"), t.date(d.reviewDate), 1);
    out.labelled(t("Indicators"), d.indicators.join(QStringLiteral("; ")), 1);

    if (!d.objections.isEmpty()) {
        out.paragraph(t("Objections"), TextComposer::Style::Bold, 1);
        for (const MinutesSnapshot::Objection& o : d.objections) {
            QString head =
                t("Objection by %1 (round %2, version %3)").arg(o.person).arg(o.round).arg(o.version);
            if (o.givenAfterMeeting)
                head += QStringLiteral(", ") + t("given after the meeting");
            out.labelled(head, o.reason, 2, false);
            if (o.integrated) {
                out.labelled(t("Integrated: %1").arg(versionNote(o, t)), o.integrationText, 3, false);
            } else {
                out.paragraph(t("Not integrated yet"), TextComposer::Style::Italic, 3);
            }
        }
    }
    if (!d.consents.isEmpty()) {
        out.paragraph(t("Consented"), TextComposer::Style::Bold, 1);
        for (const MinutesSnapshot::Consent& c : d.consents) {
            QString who = c.person;
            if (c.givenAfterMeeting)
                who += QStringLiteral(" (") + t("given after the meeting") + QStringLiteral(", ") +
                       t.date(c.date) + QLatin1Char(')');
            if (c.concern.isEmpty())
                out.paragraph(who, TextComposer::Style::Normal, 2);
            else
                out.labelled(who + QStringLiteral(", ") + t("with a concern"), c.concern, 2, false);
        }
    }
    if (!d.excluded.isEmpty()) {
        out.paragraph(t("Not consenting"), TextComposer::Style::Bold, 1);
        for (const MinutesSnapshot::Exclusion& e : d.excluded)
            out.paragraph(e.person + QStringLiteral(" — ") + t.exclusionReason(e.reason),
                          TextComposer::Style::Normal, 2);
    }
    if (!d.pending.isEmpty())
        out.labelled(t("Awaited consents"), d.pending.join(QStringLiteral(", ")), 1);
}

} // namespace

MinutesDocument::MinutesDocument(MinutesSnapshot snapshot, const QString& language)
    : m_snapshot(std::move(snapshot)),
      m_language(ExportLabels(language.isEmpty() ? m_snapshot.language : language).language())
{}

PageDecoration MinutesDocument::decoration() const
{
    const ExportLabels t(m_language);
    const MinutesSnapshot& s = m_snapshot;
    PageDecoration d;
    d.headerLeft = s.organisation + QStringLiteral(" — ") + s.circle;
    d.headerRight = t("Minutes") + QStringLiteral(" — ") + t.date(s.date);
    d.footerLeft =
        s.approvedOn ? t("Approved on %1").arg(t.date(*s.approvedOn)) : t("Draft: not approved yet");
    d.pageNumber = t("page %1 / %2");
    return d;
}

std::unique_ptr<QTextDocument> MinutesDocument::build() const
{
    const ExportLabels t(m_language);
    const MinutesSnapshot& s = m_snapshot;
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, t("Minutes") + QStringLiteral(" — ") +
                                                                   s.circle + QStringLiteral(" — ") +
                                                                   t.date(s.date));
    TextComposer out(document.get());
    out.setLabelSeparator(t.separator());

    out.title(t("Minutes of the meeting of %1").arg(t.date(s.date)));
    out.subtitle(s.organisation + QStringLiteral(" — ") + s.circle);
    if (s.approvedOn) {
        out.paragraph(t("Approved on %1").arg(t.date(*s.approvedOn)), TextComposer::Style::Bold);
        if (s.changedSinceApproval)
            out.paragraph(t("The record changed after approval; these are the minutes as approved."),
                          TextComposer::Style::Italic);
    } else {
        out.paragraph(t("Draft: not approved yet"), TextComposer::Style::Bold);
    }

    out.heading(t("Meeting"));
    out.table({},
              {{t("Organisation"), s.organisation},
               {t("Circle"), s.circle},
               {t("Date"), t.date(s.date)},
               {t("Time"), t.time(s.time) + QStringLiteral(" (") + s.timeZone + QLatin1Char(')')},
               {t("Place"), s.place},
               {t("Facilitator"), s.facilitator},
               {t("Secretary"), s.secretary},
               {t("Status"), t.meetingStatus(s.meetingStatus)}},
              {28, 72}, true);

    out.heading(t("Attendance"));
    out.labelled(t("Present") + QStringLiteral(" (%1)").arg(s.present.size()), joined(s.present, t), 0,
                 false);
    out.labelled(t("Excused") + QStringLiteral(" (%1)").arg(s.excused.size()), joined(s.excused, t), 0,
                 false);
    out.labelled(t("Absent") + QStringLiteral(" (%1)").arg(s.absent.size()), joined(s.absent, t), 0, false);
    out.labelled(t("Guests") + QStringLiteral(" (%1)").arg(s.guests.size()), joined(s.guests, t), 0, false);

    out.heading(t("Agenda"));
    if (s.agenda.isEmpty())
        out.paragraph(t("(no agenda item)"), TextComposer::Style::Italic);
    for (const MinutesSnapshot::Item& item : s.agenda) {
        out.paragraph(QStringLiteral("%1. ").arg(item.number) + item.title + QStringLiteral(" — ") +
                          t.agendaKind(item.kind) + QStringLiteral(", ") + t.agendaState(item.state),
                      TextComposer::Style::Normal, 1);
    }

    if (!s.agenda.isEmpty())
        out.heading(t("Items"));
    for (const MinutesSnapshot::Item& item : s.agenda) {
        out.subheading(QStringLiteral("%1. ").arg(item.number) + item.title);
        out.paragraph(t.agendaKind(item.kind) + QStringLiteral(" — ") + t.agendaState(item.state),
                      TextComposer::Style::Italic, 1);
        if (!item.notes.trimmed().isEmpty())
            out.paragraph(item.notes, TextComposer::Style::Normal, 1);
        if (item.decision)
            writeDecision(out, *item.decision, t);
        else if (item.kind == QLatin1String("consent-decision") ||
                 item.kind == QLatin1String("membership-entry") ||
                 item.kind == QLatin1String("membership-exit"))
            out.paragraph(t("Consent process not started"), TextComposer::Style::Italic, 1);
    }

    if (!s.membershipChanges.isEmpty()) {
        out.heading(t("Membership entries and exits"));
        for (const MinutesSnapshot::MembershipChange& m : s.membershipChanges) {
            QString line = (m.entry ? t("Entry of %1") : t("Exit of %1")).arg(m.person) +
                           QStringLiteral(" — ") + t.outcome(m.outcome);
            if (m.date.isValid())
                line += QLatin1Char(' ') + t("on %1").arg(t.date(m.date));
            out.paragraph(line, TextComposer::Style::Normal, 1);
        }
    }

    if (!s.actions.isEmpty()) {
        out.heading(t("Actions"));
        QList<QStringList> rows;
        for (const MinutesSnapshot::Action& a : s.actions)
            rows << QStringList{a.person, a.text, t.shortDate(a.due),
                                a.itemNumber > 0 ? QString::number(a.itemNumber) : QString()};
        out.table({t("Who"), t("What"), t("By when"), t("Item")}, rows, {24, 52, 15, 9});
    }

    out.heading(t("Backlog"));
    if (s.backlog.isEmpty())
        out.paragraph(t("The backlog is empty."), TextComposer::Style::Italic, 1);
    for (const MinutesSnapshot::BacklogEntry& b : s.backlog) {
        QStringList notes{t.agendaKind(b.kind), t("since %1").arg(t.date(b.since))};
        if (b.fromThisMeeting)
            notes << t("deferred in this meeting");
        if (!b.referredBy.isEmpty())
            notes << t("referred by %1").arg(b.referredBy);
        out.paragraph(QStringLiteral("• ") + b.title + QStringLiteral(" (") +
                          notes.join(QStringLiteral(", ")) + QLatin1Char(')'),
                      TextComposer::Style::Normal, 1);
    }

    out.heading(t("Next meeting"));
    out.paragraph(s.nextMeeting.trimmed().isEmpty() ? t("Not set") : s.nextMeeting,
                  TextComposer::Style::Normal, 1);

    if (!s.amendments.isEmpty()) {
        out.heading(t("Amendments after approval"));
        for (const MinutesSnapshot::Amendment& a : s.amendments) {
            QString head = t("Amendment of %1").arg(t.date(a.date));
            if (!a.by.isEmpty())
                head += QLatin1Char(' ') + t("by %1").arg(a.by);
            out.labelled(head, a.text, 1, false);
        }
    }

    out.heading(t("Signatures"));
    out.table(
        {t("Facilitator"), t("Secretary")},
        {{s.facilitator, s.secretary}, {t("Signature") + t.separator(), t("Signature") + t.separator()}},
        {50, 50}, true, true, 60);
    return document;
}

} // namespace cercles
