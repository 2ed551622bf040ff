#include "registerexport.h"

#include "csvwriter.h"
#include "domain/frenchgrammar.h"
#include "exportlabels.h"
#include "pagedtablepainter.h"
#include "textcomposer.h"

namespace cercles {

namespace {
QString kindLabel(ConsentProcessKind kind, const ExportLabels& t)
{
    switch (kind) {
    case ConsentProcessKind::Decision:
        return t.agendaKind(QStringLiteral("consent-decision"));
    case ConsentProcessKind::MembershipEntry:
        return t.agendaKind(QStringLiteral("membership-entry"));
    case ConsentProcessKind::MembershipExit:
        return t.agendaKind(QStringLiteral("membership-exit"));
    }
    return {};
}
} // namespace

RegisterDocument::RegisterDocument(QList<DecisionEntry> entries, QString organisation,
                                   QString filterDescription, QDate today, const QString& language)
    : m_entries(std::move(entries)), m_organisation(std::move(organisation)),
      m_filter(std::move(filterDescription)), m_today(today), m_language(ExportLabels(language).language())
{}

QByteArray RegisterDocument::csv() const
{
    const ExportLabels t(m_language);
    QList<QStringList> rows;
    rows << QStringList{t("Date"),
                        t("Circle"),
                        t("Decision"),
                        t("Status"),
                        t("Item"),
                        t("Text"),
                        t("Scope item"),
                        t("Responsible"),
                        t("Review date"),
                        t("review date passed"),
                        t("Person concerned"),
                        t("Meeting"),
                        t("Record head"),
                        t("Referred by"),
                        t("Referred to"),
                        t("Status in that circle")};
    for (const DecisionEntry& e : m_entries) {
        rows << QStringList{e.date.toString(Qt::ISODate),
                            e.circleName,
                            kindLabel(e.kind, t),
                            t.outcome(phaseKey(e.status)),
                            e.title,
                            e.text,
                            e.scopeItemText,
                            e.responsibleName,
                            e.reviewDate.toString(Qt::ISODate),
                            e.reviewDue ? QStringLiteral("1") : QStringLiteral("0"),
                            e.personConcernedName,
                            QString::number(e.meeting.value()),
                            e.approvalHead,
                            e.referredByName,
                            e.continuedInName.isEmpty() ? e.referredToName : e.continuedInName,
                            e.continuedStatus ? t.outcome(phaseKey(*e.continuedStatus)) : QString()};
    }
    return toCsv(rows);
}

PageDecoration RegisterDocument::decoration() const
{
    const ExportLabels t(m_language);
    PageDecoration d;
    d.headerLeft = m_organisation + QStringLiteral(" — ") + t("Decision register");
    d.headerRight = m_filter;
    d.footerLeft = t("Exported on %1").arg(t.date(m_today));
    // Laid out once (a decade is long): "page N" on every page, "page N, the last" on the last one.
    d.pageNumber = t("page %1");
    d.lastPageNumber = t("page %1 (last page)");
    return d;
}

QString RegisterDocument::title() const
{
    const ExportLabels t(m_language);
    return t("Decision register") + QStringLiteral(" — ") + m_organisation;
}

namespace {

/// Takes an entry and the labels of the document's language; returns its row of the register's table.
QStringList registerRow(const DecisionEntry& e, const ExportLabels& t)
{
    QString decision = e.title;
    if (!e.text.isEmpty() && e.text != e.title)
        decision += QStringLiteral("\n") + e.text;
    if (!e.scopeItemText.isEmpty())
        decision += QStringLiteral("\n") + t("Scope item") + t.separator() + e.scopeItemText;
    if (!e.personConcernedName.isEmpty())
        decision += QStringLiteral("\n") + t("Person concerned") + t.separator() + e.personConcernedName;
    // Issue 10: a referral links both ways, as on the register tab.
    const QString language = t.language();
    if (!e.referredByName.isEmpty())
        decision +=
            QStringLiteral("\n") +
            t.phrase("Referred by %1", {circleNamed(e.referredByName, e.referredByArticle, language)});
    if (!e.continuedInName.isEmpty() || e.status == ConsentPhase::ReferredToParent) {
        const QString to = e.continuedInName.isEmpty()
                               ? circleNamed(e.referredToName, e.referredToArticle, language)
                               : circleNamed(e.continuedInName, e.continuedInArticle, language);
        decision += QStringLiteral("\n") + t.phrase("Referred to %1", {to}) + t.separator() +
                    (e.continuedStatus ? t.outcome(phaseKey(*e.continuedStatus)) : t("not taken up yet"));
    }
    if (!e.approvalHead.isEmpty())
        decision += QStringLiteral("\n") + t("Record head: %1").arg(e.approvalHead);
    QString review = t.shortDate(e.reviewDate);
    if (e.reviewDue)
        review += QStringLiteral("\n") + t("review date passed");
    return {t.shortDate(e.date), e.circleName, t.outcome(phaseKey(e.status)), decision,
            e.responsibleName,   review};
}

} // namespace

Result<int> RegisterDocument::paint(PagedTablePainter& painter, const EntrySource& next) const
{
    const ExportLabels t(m_language);
    // The title block, in the sizes and spaces (points) of the other exports' (TextComposer).
    if (Result<void> begun = painter.begin(); !begun)
        return Error{begun.error()};
    const struct
    {
        QString text;
        TableTextStyle style;
        qreal spaceBelow;
    } title[] = {{t("Decision register"), {17, true, false}, 1.5},
                 {m_organisation, {12, false, false}, 4.5},
                 {m_filter.isEmpty() ? t("All circles") : m_filter, {10, false, true}, 2.25},
                 {t("Exported on %1").arg(t.date(m_today)), {8.5, false, false}, 2.25}};
    for (const auto& line : title) {
        if (Result<void> drawn = painter.paragraph(line.text, line.style, line.spaceBelow); !drawn)
            return Error{drawn.error()};
    }
    painter.space(3);
    const QStringList headings{t("Date"),     t("Circle"),      t("Status"),
                               t("Decision"), t("Responsible"), t("Review")};
    painter.startTable(
        headings, TextComposer::headerFitting(headings, {12, 16, 12, 36, 12, 12}, TextComposer::Style::Small),
        {8.5, false, false});
    int painted = 0;
    bool more = true;
    for (bool first = true; more; first = false) {
        QList<DecisionEntry> entries;
        if (next) {
            Result<QList<DecisionEntry>> read = next();
            if (!read)
                return Error{read.error()};
            entries = std::move(read).value();
            more = !entries.isEmpty();
        } else {
            entries = first ? m_entries : QList<DecisionEntry>();
            more = first;
        }
        for (const DecisionEntry& e : std::as_const(entries)) {
            if (Result<void> row = painter.addRow(registerRow(e, t)); !row)
                return Error{row.error()};
            ++painted;
        }
    }
    if (painted == 0) {
        if (Result<void> drawn = painter.paragraph(t("No decision matches."), {10, false, true}); !drawn)
            return Error{drawn.error()};
    }
    return painted;
}

QString describeRegisterFilter(const RegisterFilter& filter, const QString& circleName,
                               const QString& language)
{
    const ExportLabels t(language);
    QStringList parts;
    parts << (filter.circle.isValid() ? circleName : t("All circles"));
    if (filter.from.isValid())
        parts << t("From %1").arg(t.shortDate(filter.from));
    if (filter.to.isValid())
        parts << t("until %1").arg(t.shortDate(filter.to));
    if (!filter.statuses.isEmpty()) {
        QStringList statuses;
        for (ConsentPhase phase : filter.statuses)
            statuses << t.outcome(phaseKey(phase));
        parts << statuses.join(QStringLiteral(" / "));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace cercles
