#include "meritprofilechart.h"

#include <QPainter>

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
    const int options = m_data ? int(m_data->options.size()) : 0;
    return {640, int(meritProfileHeight(options, fontMetrics().height())) + 1};
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
