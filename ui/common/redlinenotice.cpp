#include "redlinenotice.h"

#include "domain/eligibility.h"
#include "services/organisationservice.h"

#include <QDate>

namespace cercles::ui {

RedLineNotice::RedLineNotice(OrganisationService& service, QWidget* parent)
    : QLabel(parent), m_service(service)
{
    setObjectName(QStringLiteral("redLineNotice"));
    setTextFormat(Qt::PlainText); // names are user text
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfe, 0xe2, 0xe2));
    colours.setColor(QPalette::WindowText, QColor(0x7f, 0x1d, 0x1d));
    setPalette(colours);
    setMargin(6);
    connect(&m_service, &OrganisationService::changed, this, &RedLineNotice::refresh);
    refresh();
}

void RedLineNotice::setCircle(CircleId circle)
{
    m_circle = circle;
    m_oneCircle = true;
    refresh();
}

void RedLineNotice::refresh()
{
    const Organisation& org = m_service.organisation();
    QStringList lines;
    for (const RedLineViolation& v : redLineViolations(org, QDate::currentDate())) {
        if (!m_oneCircle || v.circle == m_circle)
            lines << describeViolation(org, v);
    }
    m_count = int(lines.size());
    if (lines.isEmpty()) {
        clear();
        hide();
        return;
    }
    setText(tr("Red line broken:", nullptr, m_count) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    show();
}

} // namespace cercles::ui
