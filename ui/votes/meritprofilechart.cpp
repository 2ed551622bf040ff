#include "meritprofilechart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace cercles::ui {

MeritProfileChart::MeritProfileChart(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Merit profiles"));
}

void MeritProfileChart::setData(std::optional<MeritProfileData> data)
{
    m_data = std::move(data);
    updateGeometry();
    update();
}

QSize MeritProfileChart::sizeHint() const
{
    return {640, heightForWidth(640)};
}

int MeritProfileChart::heightForWidth(int width) const
{
    // Labels wrap whole, never elided: a narrower chart may need taller rows.
    const MeritProfileData empty;
    const MeritProfileLayout layout =
        meritProfileLayout(m_data ? *m_data : empty, QFontMetricsF(font(), this), width - 4);
    return int(std::ceil(layout.height)) + 5;
}

QSize MeritProfileChart::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void MeritProfileChart::paintEvent(QPaintEvent*)
{
    if (!m_data)
        return;
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    paintMeritProfiles(painter, QRectF(rect()).adjusted(2, 2, -2, -2), *m_data);
}

} // namespace cercles::ui
