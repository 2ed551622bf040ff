#pragma once

#include "judgmentresult.h"

#include <QString>
#include <QStringList>

namespace cercles {

/// The grades of a majority-judgment vote (processes.md section 4). Grades are numbered like the tallies:
/// index 0 is the WORST grade, size() - 1 the best.
class GradeScale
{
public:
    static constexpr int minGrades = 3;
    static constexpr int maxGrades = 10;

    /// Returns the default French scale of processes.md section 4, 7 grades, best to worst: Excellent,
    /// Très bien, Bien, Assez bien, Passable, Insuffisant, À rejeter. Names are translated when read
    /// (English source text, context "GradeScale"), so a French user sees the French names.
    static GradeScale frenchDefault();

    /// Takes the names of a scale the vote defines, BEST grade first (the order people read them in);
    /// returns the scale. Errors: "scale" when there are fewer than 3 or more than 10 names, or a name is
    /// blank or repeated. Custom names are shown as written, never translated.
    static JudgmentResult<GradeScale> custom(const QStringList& namesBestFirst);

    /// Returns the number of grades (3 to 10).
    int size() const { return int(m_names.size()); }

    /// Returns true for the default scale (its names follow the UI language).
    bool isDefault() const { return m_default; }

    /// Takes a grade index (0 = worst); returns its name in the UI language, or an empty string when the
    /// index is out of range.
    QString name(int grade) const;

    /// Returns every name, best grade first (display order).
    QStringList namesBestFirst() const;

private:
    GradeScale(QStringList namesWorstFirst, bool isDefault);

    QStringList m_names; ///< worst first; for the default scale, the untranslated source text
    bool m_default = false;
};

} // namespace cercles
