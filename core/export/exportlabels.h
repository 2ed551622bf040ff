#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

namespace cercles {

/// The fixed words of exported documents in the document's own language (the meeting's language, French
/// or English), independent of the application's UI language: a French secretary may export English
/// minutes. English is the source text; French comes from a small table in exportlabels.cpp.
class ExportLabels
{
public:
    /// Takes "fr" or "en" (anything else: French, the organisation's usual language).
    explicit ExportLabels(const QString& language);

    QString language() const { return m_language; }
    /// Takes an English label from the table; returns it in the document's language (English text when
    /// the table lacks it).
    QString operator()(const char* english) const;
    /// Takes an English sentence from the table with markers %1, %2... and their values; returns it in the
    /// document's language with the values in place, French words before them agreeing ("Sortie d’Inès",
    /// "du Conseil de Coordination"): see fillPhrase().
    QString phrase(const char* english, const QStringList& values) const;

    /// Takes a local date; returns it written out, e.g. "1er décembre 2026", "20 novembre 2026" /
    /// "20 November 2026".
    QString date(QDate date) const;
    /// Takes a local date; returns it short: "20/11/2026" / "2026-11-20".
    QString shortDate(QDate date) const;
    /// Takes a local time; returns "18 h", "18 h 30" / "6:00 PM", "6:30 PM".
    QString time(QTime time) const;
    /// Returns what goes between a label and its value: " : " in French, ": " in English.
    QString separator() const;

    /// Labels of stored keys (consent phase, agenda kind and state, integration method, exclusion reason,
    /// meeting status, process kind, rule basis). Unknown keys are returned as they are.
    QString outcome(const QString& phaseKey) const;
    QString agendaKind(const QString& key) const;
    QString agendaState(const QString& key) const;
    QString integrationMethod(const QString& key) const;
    QString exclusionReason(const QString& key) const;
    QString meetingStatus(const QString& key) const;
    /// Election phase key ("nomination-round", "elected", ...) -> its name.
    QString electionPhase(const QString& key) const;
    /// Fill rule key ("none", "static", "median", "normalize") -> a sentence; for "static" it holds %1,
    /// the grade given to missing judgments.
    QString fillRule(const QString& key) const;
    /// Returns the default majority-judgment scale (processes.md section 4), best grade first.
    QStringList defaultGrades() const;

private:
    QString m_language;
    QLocale m_locale;
};

} // namespace cercles
