#include "mandateexpiry.h"

#include <algorithm>

namespace cercles {

MandateExpiries mandateExpiries(const Organisation& org, QDate day, int days, CircleId circle)
{
    MandateExpiries result;
    for (const Mandate& mandate : org.mandates) {
        if (circle.isValid()) {
            const Role* role = org.role(mandate.role);
            if (!role || role->circle != circle)
                continue;
        }
        if (mandate.end < day)
            result.ended << mandate;
        else if (mandate.endsWithin(day, days))
            result.endingSoon << mandate;
    }
    std::stable_sort(result.endingSoon.begin(), result.endingSoon.end(),
                     [](const Mandate& a, const Mandate& b) { return a.end < b.end; });
    std::stable_sort(result.ended.begin(), result.ended.end(),
                     [](const Mandate& a, const Mandate& b) { return a.end > b.end; });
    return result;
}

} // namespace cercles
