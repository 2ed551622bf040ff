#include "minutesdocument.h"

#include "domain/frenchgrammar.h"
#include "exportfonts.h"
#include "exportlabels.h"
#include "meritprofilepainter.h"
#include "textcomposer.h"

#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

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

/// Takes a circle's name and French article key; returns how a sentence of the document names it
/// (domain/frenchgrammar.h circleNamed).
QString circleNamed(const QString& name, const QString& article, const ExportLabels& t)
{
    return cercles::circleNamed(name, article, t.language());
}

/// Takes a label and what was said; writes one "person: text" line each under the label (nothing if none).
void writeSaid(TextComposer& out, const QString& label, const QList<MinutesSnapshot::Said>& list,
               const ExportLabels& t)
{
    QStringList lines;
    for (const MinutesSnapshot::Said& x : list)
        lines << x.person + t.separator() + x.text;
    out.labelled(label, lines.join(QLatin1Char('\n')), 1);
}

/// Where a proposal comes from when it continues an earlier one, and what was said there.
void writeContinuation(TextComposer& out, const MinutesSnapshot::Continuation& c, const ExportLabels& t)
{
    const QString from = c.how == QLatin1String("referred")
                             ? t.phrase("Referred by %1 (meeting of %2)",
                                        {circleNamed(c.circle, c.circleArticle, t), t.date(c.date)})
                             : t.phrase("Deferred at the meeting of %1, taken up again", {t.date(c.date)});
    out.paragraph(from, TextComposer::Style::Italic, 1);
    out.labelled(t("Reason given"), c.reason.trimmed(), 1);
    writeSaid(out, t("Questions then"), c.questions, t);
    writeSaid(out, t("Reactions then"), c.reactions, t);
}

void writeDecision(TextComposer& out, const MinutesSnapshot::Decision& d, QDate meetingDate,
                   const ExportLabels& t)
{
    const bool adopted = d.outcome == QLatin1String("adopted");
    // A referral names where it went: "renvoyée à l’Assemblée Populaire" (minutes frozen before format 3
    // have no article: the circle follows in brackets).
    const bool namedReferral = !d.referredTo.isEmpty() && d.referredToArticle.has_value();
    QString outcome = namedReferral
                          ? t.phrase("referred to %1", {circleNamed(d.referredTo, *d.referredToArticle, t)})
                          : t.outcome(d.outcome);
    if (d.outcomeDate.isValid())
        outcome += QLatin1Char(' ') + t("on %1").arg(t.date(d.outcomeDate));
    // Both dates when the last consent came after the meeting (issue 9).
    if (d.decidedAfterMeeting)
        outcome +=
            QLatin1Char(' ') + t("with a consent given after the meeting of %1").arg(t.date(meetingDate));
    if (!d.referredTo.isEmpty() && !namedReferral)
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
        out.keepWithNext(); // a heading never ends a page
        for (const MinutesSnapshot::Objection& o : d.objections) {
            QString head = t.phrase("Objection by %1 (round %2, version %3)",
                                    {o.person, QString::number(o.round), QString::number(o.version)});
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
        out.keepWithNext(); // a heading never ends a page
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
    if (!d.changedAnswers.isEmpty()) {
        // "a d’abord objecté : « … », puis a consenti" (issue 9): every answer stays in the record.
        out.paragraph(t("Changed answers"), TextComposer::Style::Bold, 1);
        out.keepWithNext(); // a heading never ends a page
        for (const MinutesSnapshot::ChangedAnswer& c : d.changedAnswers) {
            QStringList parts;
            for (qsizetype i = 0; i < c.kinds.size(); ++i) {
                const QString text = c.texts.value(i);
                const QString answer =
                    c.kinds[i] == QLatin1String("objection") ? t("objected: “%1”").arg(text)
                    : c.kinds[i] == QLatin1String("concern") ? t("consented with a concern: “%1”").arg(text)
                                                             : t("consented");
                parts << (i == 0 ? t("first %1").arg(answer) : t("then %1").arg(answer));
            }
            out.paragraph(
                t("%1, round %2: %3").arg(c.person).arg(c.round).arg(parts.join(QStringLiteral(", "))),
                TextComposer::Style::Normal, 2);
        }
    }
    // The person concerned has no consent right; members away under a "members present" rule had one but
    // were not counted: they are not listed as "not consenting".
    for (const bool concerned : {true, false}) {
        QStringList lines;
        for (const MinutesSnapshot::Exclusion& e : d.excluded)
            if ((e.reason == QLatin1String("person-concerned")) == concerned)
                lines << e.person + QStringLiteral(" — ") + t.exclusionReason(e.reason);
        if (lines.isEmpty())
            continue;
        out.paragraph(concerned ? t("Not consenting") : t("Not counted"), TextComposer::Style::Bold, 1);
        out.keepWithNext(); // a heading never ends a page
        for (const QString& line : lines)
            out.paragraph(line, TextComposer::Style::Normal, 2);
    }
    if (!d.pending.isEmpty())
        out.labelled(t("Awaited consents"), d.pending.join(QStringLiteral(", ")), 1);
    if (d.versions.isEmpty())
        return;
    // Every version with its rounds' answers and the objections raised on it and how each was
    // integrated, ending with the version that stands (issue 9).
    out.paragraph(t("History of the proposal"), TextComposer::Style::Bold, 1);
    out.keepWithNext(); // a heading never ends a page
    for (const MinutesSnapshot::Version& v : d.versions) {
        const bool last = &v == &d.versions.constLast();
        out.paragraph(last && adopted ? t("Version %1, adopted").arg(v.number)
                                      : t("Version %1").arg(v.number),
                      TextComposer::Style::Bold, 2);
        out.keepWithNext();
        out.quote(v.text);
        for (const MinutesSnapshot::RoundCount& r : v.rounds) {
            out.paragraph(t("Consent round %1: %2 consent(s), %3 with a concern, %4 objection(s)")
                              .arg(r.round)
                              .arg(r.consents)
                              .arg(r.concerns)
                              .arg(r.objections),
                          TextComposer::Style::Normal, 2);
            for (const MinutesSnapshot::Objection& o : d.objections) {
                if (o.round != r.round)
                    continue;
                out.labelled(t.phrase("Objection by %1", {o.person}), o.reason, 3, false);
                if (o.integrated)
                    out.labelled(t("Integrated: %1").arg(versionNote(o, t)), o.integrationText, 3, false);
            }
        }
    }
}

/// A bold label introducing what follows, kept on its page.
void label(TextComposer& out, const QString& text)
{
    out.paragraph(text, TextComposer::Style::Bold, 1);
    out.keepWithNext();
}

QString term(QDate start, QDate end, const ExportLabels& t)
{
    return t("from %1 to %2").arg(t.date(start), t.date(end));
}

void writeTurns(TextComposer& out, const QList<MinutesSnapshot::NominationTurn>& turns, bool changeRound,
                const ExportLabels& t)
{
    for (const MinutesSnapshot::NominationTurn& turn : turns) {
        const QString head = !changeRound   ? t("%1 names %2").arg(turn.person, turn.nominee)
                             : turn.changed ? t("%1 changes to %2").arg(turn.person, turn.nominee)
                                            : t("%1 keeps %2").arg(turn.person, turn.nominee);
        if (turn.reason.trimmed().isEmpty())
            out.paragraph(head, TextComposer::Style::Normal, 2);
        else
            out.labelled(head, turn.reason, 2, false);
    }
}

void writeElection(TextComposer& out, const MinutesSnapshot::ElectionRecord& e, const ExportLabels& t)
{
    out.labelled(t("Role"), e.role, 1);
    out.labelled(t("Term"), term(e.termStart, e.termEnd, t), 1);
    out.labelled(t("Qualifications"), e.qualifications, 1);
    label(out, t("Nomination round"));
    if (e.nominations.isEmpty())
        out.paragraph(t("No nomination recorded"), TextComposer::Style::Italic, 2);
    writeTurns(out, e.nominations, false, t);
    if (!e.changes.isEmpty()) {
        label(out, t("Change round"));
        writeTurns(out, e.changes, true, t);
    }
    // Proposals, rounds and integrations in the order they happened: a round follows its proposal and
    // the integrations answering it follow the round.
    for (const MinutesSnapshot::ElectionProposal& p : e.proposals) {
        label(out, t("Proposal %1").arg(p.number));
        out.paragraph(t("%1 as %2, %3").arg(p.nominee, p.role, term(p.start, p.end, t)),
                      TextComposer::Style::Normal, 2);
        out.labelled(t("Reasons"), p.reasons, 2);
        for (const MinutesSnapshot::ElectionRound& r : e.rounds) {
            if (r.proposal != p.number)
                continue;
            label(out, t("Consent round %1").arg(r.number));
            for (const MinutesSnapshot::ElectionAnswer& a : r.answers) {
                QString head = a.person;
                if (a.nominee)
                    head += QStringLiteral(" (") + t("nominee") + QLatin1Char(')');
                head += QStringLiteral(" — ") + (a.objection        ? t("objection")
                                                 : a.text.isEmpty() ? t("consent")
                                                                    : t("consent with a concern"));
                if (a.text.trimmed().isEmpty())
                    out.paragraph(head, TextComposer::Style::Normal, 2);
                else
                    out.labelled(head, a.text, 2, false);
            }
            for (const MinutesSnapshot::ElectionIntegration& i : e.integrations) {
                if (i.round != r.number)
                    continue;
                const QString head =
                    i.kind == QLatin1String("role-changed")
                        ? t("Objection integrated: role changed to %1").arg(i.role)
                        : t("Objection integrated: term changed, %1").arg(term(i.start, i.end, t));
                out.labelled(head, i.text, 2, false);
            }
        }
    }
    if (!e.elected.isEmpty()) {
        out.labelled(
            t("Mandate"),
            t("%1 holds the role %2 %3").arg(e.elected, e.mandateRole, term(e.mandateStart, e.mandateEnd, t)),
            1, false);
    } else {
        out.labelled(t("Mandate"), t("none yet (%1)").arg(t.electionPhase(e.phase)), 1, false);
    }
}

/// The vote's grade names in the document's language, best first.
QStringList gradeNames(const MinutesSnapshot::VoteRecord& v, const ExportLabels& t)
{
    return v.grades.isEmpty() ? t.defaultGrades() : v.grades;
}

QString gradeName(const QStringList& bestFirst, int grade)
{
    return bestFirst.value(bestFirst.size() - 1 - grade);
}

QString explanation(const MinutesSnapshot::VoteExplanation& x, const QStringList& options,
                    const QStringList& grades, const ExportLabels& t)
{
    const QString ahead = options.value(x.ahead);
    const QString next = options.value(x.next);
    if (x.decision == QLatin1String("majority-grade"))
        return t("%1 is ahead of %2: its majority grade \"%3\" is better than \"%4\".")
            .arg(ahead, next, gradeName(grades, x.grade), gradeName(grades, x.behindGrade));
    if (x.decision == QLatin1String("adhesion"))
        return t("%1 is ahead of %2: same majority grade, but %1 has more judgments above \"%3\" (%4 against "
                 "%5); the adhesion group decided.")
            .arg(ahead, next, gradeName(grades, x.grade), QString::number(x.aheadCount),
                 QString::number(x.behindCount));
    if (x.decision == QLatin1String("contestation"))
        return t("%1 is ahead of %2: same majority grade, but %2 has more judgments below \"%3\" (%4 against "
                 "%5); the contestation group decided.")
            .arg(ahead, next, gradeName(grades, x.grade), QString::number(x.behindCount),
                 QString::number(x.aheadCount));
    return t("%1 and %2 are tied: their merit profiles are identical.").arg(ahead, next);
}

/// Paints the merit profiles into an image the document holds as a resource; returns its name and size
/// (1/96 inch), or an empty name when the result cannot be drawn.
struct Chart
{
    QString name;
    QSizeF size;
};

Chart addMeritChart(QTextDocument& document, const MinutesSnapshot::VoteRecord& v, int itemNumber,
                    const ExportLabels& t)
{
    JudgmentResult<GradeScale> scale = GradeScale::custom(gradeNames(v, t));
    if (!scale || v.order.isEmpty())
        return {};
    MeritProfileData data{{}, v.options, scale.value()};
    data.result.profiles = v.profiles;
    data.result.judgmentsPerOption = 0;
    for (qint64 n : v.profiles.value(0))
        data.result.judgmentsPerOption += n;
    data.result.majorityGrades = v.majorityGrades;
    data.result.ranks = v.ranks;
    data.result.order = v.order;

    constexpr qreal width = 600; // 1/96 inch: the text width of an A4 page with its margins
    constexpr qreal scaleUp = 4; // image pixels per 1/96 inch, sharp once printed
    QFont font;
    font.setFamilies(exportFontFamilies());
    font.setPixelSize(int(12 * scaleUp));
    QImage probe(1, 1, QImage::Format_RGB32); // the metrics of the image the chart is painted on
    const qreal height =
        meritProfileLayout(data, QFontMetricsF(font, &probe), width * scaleUp).height / scaleUp;
    QImage image(QSize(int(width * scaleUp), int(height * scaleUp)), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(font);
        painter.setPen(Qt::black);
        paintMeritProfiles(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), data);
    }
    // A generated name in a scheme of our own: nothing is ever loaded from a file or the network.
    const QString name = QStringLiteral("cercles-chart://merit-profile/%1").arg(itemNumber);
    document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    return {name, QSizeF(width, height)};
}

void writeVote(TextComposer& out, QTextDocument& document, const MinutesSnapshot::VoteRecord& v,
               int itemNumber, const ExportLabels& t)
{
    const QStringList grades = gradeNames(v, t);
    out.labelled(t("Vote"), v.title, 1);
    out.labelled(t("Options"), v.options.join(QStringLiteral(", ")), 1);
    out.labelled(t("Scale (best first)"), grades.join(QStringLiteral(", ")), 1);
    QString fill = t.fillRule(v.fillRule);
    if (v.fillRule == QLatin1String("static"))
        fill = fill.arg(gradeName(grades, v.fillGrade));
    out.labelled(t("Missing judgments"), fill, 1);
    out.labelled(t("Ballots cast"), QString::number(v.ballots), 1, false);
    // A result shown then set aside by a reopening stays in the minutes, before the one that stands.
    for (const MinutesSnapshot::VoteEarlierResult& e : v.earlier) {
        label(out, t("Result shown at %1, set aside").arg(e.shownAt.toString(QStringLiteral("HH:mm"))));
        QList<QStringList> rows;
        for (int option : e.order)
            rows << QStringList{QString::number(e.ranks.value(option)), v.options.value(option),
                                gradeName(grades, e.majorityGrades.value(option))};
        out.table({t("Rank"), t("Option"), t("Majority grade")}, rows, {12, 53, 35}, true);
        out.labelled(t("Reopened at %1, reason").arg(e.reopenedAt.toString(QStringLiteral("HH:mm"))),
                     e.reason, 1);
    }
    if (!v.closed) {
        out.paragraph(t("The vote is not closed: its result is shown once the facilitator closes it."),
                      TextComposer::Style::Italic, 1);
        return;
    }
    label(out, v.earlier.isEmpty() ? t("Ranking") : t("Final ranking"));
    QList<QStringList> rows;
    for (int option : v.order)
        rows << QStringList{QString::number(v.ranks.value(option)), v.options.value(option),
                            gradeName(grades, v.majorityGrades.value(option))};
    out.table({t("Rank"), t("Option"), t("Majority grade")}, rows, {12, 53, 35}, true);
    const Chart chart = addMeritChart(document, v, itemNumber, t);
    if (!chart.name.isEmpty()) {
        label(out, t("Merit profiles"));
        out.image(chart.name, chart.size.width(), chart.size.height());
    }
    if (!v.explanations.isEmpty()) {
        label(out, t("Why this order"));
        for (const MinutesSnapshot::VoteExplanation& x : v.explanations)
            out.paragraph(explanation(x, v.options, grades, t), TextComposer::Style::Normal, 2);
    }
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
    if (s.approvedOn && !s.chainHead.isEmpty())
        d.footerAbove = t("Record head: %1").arg(QString::fromLatin1(s.chainHead.toHex()));
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
        if (item.continued)
            writeContinuation(out, *item.continued, t);
        out.labelled(t("Content"), item.content.trimmed(), 1);
        out.labelled(t("Notes"), item.notes.trimmed(), 1);
        if (item.followUp) {
            QString line = t.phrase("Taken up by %1 at the meeting of %2",
                                    {circleNamed(item.followUp->circle, item.followUp->circleArticle, t),
                                     t.date(item.followUp->date)});
            line += t.separator() + t.outcome(item.followUp->outcome);
            out.paragraph(line, TextComposer::Style::Italic, 1);
        }
        if (item.decision) {
            writeDecision(out, *item.decision, s.date, t);
            out.labelled(t("Reason given"), item.decision->outcomeReason.trimmed(), 1);
            writeSaid(out, t("Questions asked"), item.decision->questions, t);
            writeSaid(out, t("Reactions given"), item.decision->reactions, t);
        } else if (item.kind == QLatin1String("consent-decision") ||
                   item.kind == QLatin1String("membership-entry") ||
                   item.kind == QLatin1String("membership-exit"))
            out.paragraph(t("Consent process not started"), TextComposer::Style::Italic, 1);
        if (item.election)
            writeElection(out, *item.election, t);
        else if (item.kind == QLatin1String("election"))
            out.paragraph(t("Election not started"), TextComposer::Style::Italic, 1);
        if (item.vote)
            writeVote(out, *document, *item.vote, item.number, t);
        else if (item.kind == QLatin1String("majority-judgment"))
            out.paragraph(t("No vote created"), TextComposer::Style::Italic, 1);
    }

    if (!s.membershipChanges.isEmpty()) {
        out.heading(t("Membership entries and exits"));
        for (const MinutesSnapshot::MembershipChange& m : s.membershipChanges) {
            QString line = t.phrase(m.entry ? "Entry of %1" : "Exit of %1", {m.person}) +
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
            notes << t.phrase("referred by %1", {circleNamed(b.referredBy, b.referredByArticle, t)});
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
