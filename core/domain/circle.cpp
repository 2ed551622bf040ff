#include "circle.h"

#include <QCoreApplication>

namespace cercles {

namespace {
struct CadenceEntry
{
    MeetingCadence cadence;
    const char* key;
};
constexpr CadenceEntry cadenceEntries[] = {{MeetingCadence::AsDecided, "as-decided"},
                                           {MeetingCadence::Weekly, "weekly"},
                                           {MeetingCadence::Monthly, "monthly"},
                                           {MeetingCadence::Quarterly, "quarterly"},
                                           {MeetingCadence::Yearly, "yearly"}};
} // namespace

QString cadenceKey(MeetingCadence cadence)
{
    for (const auto& entry : cadenceEntries) {
        if (entry.cadence == cadence)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("as-decided");
}

MeetingCadence cadenceFromKey(const QString& key)
{
    for (const auto& entry : cadenceEntries) {
        if (key == QLatin1String(entry.key))
            return entry.cadence;
    }
    return MeetingCadence::AsDecided;
}

QString cadenceName(MeetingCadence cadence)
{
    switch (cadence) {
    case MeetingCadence::AsDecided:
        return QCoreApplication::translate("MeetingCadence", "as it decides");
    case MeetingCadence::Weekly:
        return QCoreApplication::translate("MeetingCadence", "weekly");
    case MeetingCadence::Monthly:
        return QCoreApplication::translate("MeetingCadence", "monthly");
    case MeetingCadence::Quarterly:
        return QCoreApplication::translate("MeetingCadence", "quarterly");
    case MeetingCadence::Yearly:
        return QCoreApplication::translate("MeetingCadence", "yearly");
    }
    return {};
}

QString circleNoun(const Circle& circle, const QString& language)
{
    return language == QLatin1String("en") ? circle.name : withArticle(circle.article, circle.name);
}

} // namespace cercles
