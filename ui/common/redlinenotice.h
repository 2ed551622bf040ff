#pragma once

#include "domain/ids.h"

#include <QLabel>

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// A warning that stays shown while members break a red line of their circle (processes.md section 2: "a
/// member who comes to fall under one is reported as a violation"): one line per violation, saying who,
/// which circle and which red line. Follows the organisation's changes; hidden when there is none.
class RedLineNotice : public QLabel
{
    Q_OBJECT
public:
    /// Takes the service whose organisation it watches and the parent (a notice is never a window).
    RedLineNotice(OrganisationService& service, QWidget* parent);

    /// Takes a circle; from then on shows only that circle's violations (none for an invalid id). Without
    /// a call, it shows every circle's.
    void setCircle(CircleId circle);
    /// Returns how many violations are shown.
    int count() const { return m_count; }

private:
    void refresh();

    OrganisationService& m_service;
    CircleId m_circle;
    bool m_oneCircle = false;
    int m_count = 0;
};

} // namespace cercles::ui
