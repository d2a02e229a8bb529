#include "daterangepopup.h"

#include "util/clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {
constexpr qint64 kMaxDays = 3660; // the same limit as the REST API's from/to
}

DateRangePopup::DateRangePopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_error(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setObjectName(u"dateRangePopup"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        connect(edit, &QDateEdit::dateChanged, this, &DateRangePopup::validate);
    }
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    outer->addLayout(form);
    m_error->setObjectName(u"dateRangeError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);
    auto *buttons = new QHBoxLayout();
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_apply);
    m_apply->setDefault(true);
    outer->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!range().isValid())
            return;
        m_applied = true;
        emit applied(range());
        hide();
    });
}

void DateRangePopup::setRange(const DateRange &range)
{
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    validate();
}

DateRange DateRangePopup::range() const
{
    const DateRange r{m_from->date(), m_to->date()};
    return accepts(r) ? r : DateRange{};
}

bool DateRangePopup::accepts(const DateRange &range)
{
    return range.isValid() && range.days() <= kMaxDays;
}

void DateRangePopup::popupBelow(QWidget *anchor, const DateRange &range)
{
    const QDate today = Clock::today(QTimeZone::systemTimeZone());
    setRange(range.isValid() ? range : DateRange{today.addDays(-29), today});
    m_applied = false;
    adjustSize();
    move(anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height())));
    show();
    m_from->setFocus();
}

void DateRangePopup::validate()
{
    const QDate from = m_from->date(), to = m_to->date();
    QString why;
    if (from > to)
        why = tr("The start must be on or before the end.");
    else if (from.daysTo(to) + 1 > kMaxDays)
        why = tr("Choose at most ten years.");
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_apply->setEnabled(why.isEmpty());
}

void DateRangePopup::hideEvent(QHideEvent *event)
{
    // Closed without Apply (Cancel, Escape or a click outside): the caller restores its preset.
    if (!m_applied)
        emit cancelled();
    m_applied = true;
    QFrame::hideEvent(event);
}

} // namespace bva::ui
