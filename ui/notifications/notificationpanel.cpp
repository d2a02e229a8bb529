#include "notificationpanel.h"

#include "notificationcenter.h"
#include "notificationmodel.h"
#include "theme/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

class NotificationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 3 + 18};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const bool read = index.data(NotificationModel::ReadRole).toBool();
        if (option.state & QStyle::State_MouseOver)
            p->fillRect(r, option.palette.color(QPalette::AlternateBase));
        const QString kind = index.data(NotificationModel::KindRole).toString();
        QColor dot = Theme::accent();
        if (kind == u"low_stock"_s || kind == u"expired"_s)
            dot = Theme::warning();
        else if (kind == u"sync_failed"_s || kind == u"critical_risk"_s)
            dot = Theme::danger();
        else if (kind == u"new_order"_s)
            dot = Theme::success();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(read ? option.palette.color(QPalette::Mid) : dot);
        p->drawEllipse(QPointF(r.left() + 8, r.top() + option.fontMetrics.height() / 2.0 + 4), 4, 4);
        QFont bold = option.font;
        bold.setBold(!read);
        p->setFont(bold);
        p->setPen(option.palette.color(QPalette::Text));
        const QRect text = r.adjusted(22, 2, -4, 0);
        const QString when = QLocale().toString(
            index.data(NotificationModel::CreatedRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
        p->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                    option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                  text.width() - 120));
        p->setFont(option.font);
        p->setPen(Theme::muted());
        p->drawText(text, Qt::AlignRight | Qt::AlignTop, when);
        p->setPen(option.palette.color(QPalette::Text));
        const QRect body = text.adjusted(0, option.fontMetrics.height() + 4, 0, 0);
        p->drawText(body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    index.data(NotificationModel::BodyRole).toString());
        p->restore();
    }
};

} // namespace

NotificationPanel::NotificationPanel(NotificationCenter *center, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_center(center)
{
    setObjectName(u"notificationPanel"_s);
    setAttribute(Qt::WA_StyledBackground, true);
    resize(400, 460);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(12, 12, 12, 12);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"h3"_s);
    m_markAll = new QPushButton(this);
    m_markAll->setObjectName(u"link"_s);
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_markAll);
    l->addLayout(head);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"muted"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    l->addWidget(m_empty);
    m_list = new QListView(this);
    m_list->setModel(center->model());
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    l->addWidget(m_list, 1);
    connect(m_markAll, &QPushButton::clicked, center, &NotificationCenter::markAllRead);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &idx) {
        m_center->markRead(idx.data(NotificationModel::IdRole).toLongLong());
    });
    connect(center->model(), &QAbstractItemModel::modelReset, this, &NotificationPanel::updateEmpty);
    retranslate();
    updateEmpty();
}

void NotificationPanel::popupBelow(QWidget *anchor)
{
    const QPoint p = anchor->mapToGlobal(QPoint(anchor->width(), anchor->height() + 6));
    move(p.x() - width(), p.y());
    m_center->reload();
    show();
}

void NotificationPanel::updateEmpty()
{
    const bool empty = m_center->model()->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

void NotificationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NotificationPanel::retranslate()
{
    m_title->setText(tr("Notifications"));
    m_markAll->setText(tr("Mark all as read"));
    m_empty->setText(
        tr("Nothing new. New orders, low stock, sync problems and expired connections show up here."));
}

} // namespace bva::ui
