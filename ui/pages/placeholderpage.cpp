#include "placeholderpage.h"

#include "theme/theme.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

PlaceholderPage::PlaceholderPage(const QString &iconName, std::function<QString()> what,
                                 std::function<QString()> why, QWidget *parent)
    : QWidget(parent)
    , m_what(std::move(what))
    , m_why(std::move(why))
    , m_iconName(iconName)
{
    setObjectName(u"placeholderPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(1);
    auto *card = new QFrame(this);
    card->setObjectName(u"card"_s);
    card->setMaximumWidth(560);
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(32, 28, 32, 28);
    l->setSpacing(10);
    m_icon = new QLabel(card);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(card);
    m_title->setObjectName(u"h2"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(card);
    m_text->setObjectName(u"muted"_s);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    l->addWidget(m_icon);
    l->addWidget(m_title);
    l->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_icon->setPixmap(Theme::pixmap(m_iconName, 48, Theme::muted()));
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_icon->setPixmap(Theme::pixmap(m_iconName, 48, Theme::muted()));
    m_title->setText(m_what());
    m_text->setText(m_why());
}

} // namespace bva::ui
