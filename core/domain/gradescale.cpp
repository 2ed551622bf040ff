#include "gradescale.h"

#include <QCoreApplication>
#include <QSet>

namespace cercles {

namespace {
// Worst first, like the tallies. English source text; translations/cercles_fr.ts gives the French names of
// processes.md section 4 (À rejeter, Insuffisant, Passable, Assez bien, Bien, Très bien, Excellent).
constexpr const char* defaultGrades[] = {
    QT_TRANSLATE_NOOP("GradeScale", "Reject"),    QT_TRANSLATE_NOOP("GradeScale", "Insufficient"),
    QT_TRANSLATE_NOOP("GradeScale", "Passable"),  QT_TRANSLATE_NOOP("GradeScale", "Fair"),
    QT_TRANSLATE_NOOP("GradeScale", "Good"),      QT_TRANSLATE_NOOP("GradeScale", "Very good"),
    QT_TRANSLATE_NOOP("GradeScale", "Excellent"),
};
} // namespace

GradeScale::GradeScale(QStringList namesWorstFirst, bool isDefault)
    : m_names(std::move(namesWorstFirst)), m_default(isDefault)
{}

GradeScale GradeScale::frenchDefault()
{
    QStringList names;
    for (const char* source : defaultGrades)
        names.append(QString::fromLatin1(source));
    return GradeScale(names, true);
}

JudgmentResult<GradeScale> GradeScale::custom(const QStringList& namesBestFirst)
{
    if (namesBestFirst.size() < minGrades || namesBestFirst.size() > maxGrades) {
        return JudgmentError{QStringLiteral("scale"),
                             QCoreApplication::translate("GradeScale", "A scale has %1 to %2 grades, not %3.")
                                 .arg(minGrades)
                                 .arg(maxGrades)
                                 .arg(namesBestFirst.size())};
    }
    QSet<QString> seen;
    QStringList worstFirst;
    for (const QString& raw : namesBestFirst) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || seen.contains(name)) {
            return JudgmentError{
                QStringLiteral("scale"),
                QCoreApplication::translate("GradeScale", "Every grade needs its own, non-empty name.")};
        }
        seen.insert(name);
        worstFirst.prepend(name);
    }
    return GradeScale(worstFirst, false);
}

QString GradeScale::name(int grade) const
{
    if (grade < 0 || grade >= size())
        return QString();
    return m_default ? QCoreApplication::translate("GradeScale", defaultGrades[grade]) : m_names.at(grade);
}

QStringList GradeScale::namesBestFirst() const
{
    QStringList names;
    for (int grade = size() - 1; grade >= 0; --grade)
        names.append(name(grade));
    return names;
}

} // namespace cercles
