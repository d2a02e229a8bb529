#include "dashboardtile.h"

#include "charts/charttheme.h"
#include "models/displayformat.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

DashboardTile::DashboardTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(unknownText(), this))
    , m_delta(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"card"_s);
    setMinimumWidth(150);
    setMinimumHeight(150); // room for a two-line note (margin, unknown-cost revenue)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(2);
    m_caption->setObjectName(u"tileCaption"_s);
    m_value->setObjectName(u"tileValue"_s);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    m_delta->setFont(small);
    m_note->setWordWrap(true);
    // "+12.3% vs previous period" and longer Filipino captions are wider than a tile in a 1024-pixel window.
    m_delta->setWordWrap(true);
    m_caption->setWordWrap(true);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, colors::muted());
    m_caption->setPalette(muted);
    m_note->setPalette(muted);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_delta);
    layout->addWidget(m_note);
    layout->addStretch();
}

void DashboardTile::setFigure(const QString &value, std::optional<double> deltaPercent, const QString &note,
                              bool higherIsBetter)
{
    m_value->setText(value);
    QPalette p = m_delta->palette();
    if (deltaPercent && *deltaPercent != 0.0) {
        const bool good = (*deltaPercent > 0) == higherIsBetter;
        p.setColor(QPalette::WindowText, good ? colors::positive() : colors::negative());
        m_delta->setText(tr("%1 vs previous period").arg(formatDelta(deltaPercent)));
    } else {
        p.setColor(QPalette::WindowText, colors::muted());
        m_delta->setText(deltaPercent ? tr("No change vs previous period")
                                      : tr("No previous period to compare"));
    }
    m_delta->setPalette(p);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString DashboardTile::value() const
{
    return m_value->text();
}

QString DashboardTile::delta() const
{
    return m_delta->text();
}

QString DashboardTile::note() const
{
    return m_note->text();
}

} // namespace bva::ui
