#include "columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace bva::ui {

ColumnFit::ColumnFit(QTableView *view, int lastInSight, QList<Flexible> flexible, int floorWidth)
    : QObject(view)
    , m_viewport(view->viewport())
    , m_header(view->horizontalHeader())
    , m_lastInSight(lastInSight)
    , m_flexible(std::move(flexible))
    , m_floor(floorWidth)
{
    m_viewport->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical) { onSectionResized(logical); });
    fit();
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::onSectionResized(int logical)
{
    // Hiding or showing a column resizes it too; only a width the user drags counts.
    if (m_fitting || !m_header || m_header->isSectionHidden(logical))
        return;
    for (const Flexible &f : std::as_const(m_flexible))
        if (f.column == logical)
            m_userSized = true;
}

void ColumnFit::fit()
{
    if (m_userSized || !m_header || !m_viewport)
        return;
    QHeaderView *header = m_header;
    const int lastVisual = header->visualIndex(m_lastInSight);
    if (lastVisual < 0)
        return;
    int fixedWidth = 0;
    int preferredTotal = 0;
    m_fitting = true;
    for (int visual = 0; visual <= lastVisual; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const auto flexible = std::find_if(m_flexible.cbegin(), m_flexible.cend(),
                                           [logical](const Flexible &f) { return f.column == logical; });
        if (flexible == m_flexible.cend()) {
            // Its heading whole: in Filipino "Kalagayan ng stock" read "Kalagayan n" at the default width.
            if (const int whole = header->sectionSizeHint(logical); header->sectionSize(logical) < whole)
                header->resizeSection(logical, whole);
            fixedWidth += header->sectionSize(logical);
        } else {
            preferredTotal += flexible->preferredWidth;
        }
    }
    if (preferredTotal <= 0) {
        m_fitting = false;
        return;
    }
    const int room = m_viewport->width() - fixedWidth;
    for (const Flexible &f : std::as_const(m_flexible)) {
        if (header->isSectionHidden(f.column))
            continue;
        const int share = room >= preferredTotal
                              ? f.preferredWidth
                              : int(qint64(f.preferredWidth) * std::max(room, 0) / preferredTotal);
        header->resizeSection(f.column, std::max(share, std::min(m_floor, f.preferredWidth)));
    }
    m_fitting = false;
}

} // namespace bva::ui
