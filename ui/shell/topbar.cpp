#include "topbar.h"

#include "charts/elided.h"
#include "daterangepopup.h"
#include "theme/theme.h"
#include "util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bva::ui {

TopBar::TopBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"topBar"_s);
    setAttribute(Qt::WA_StyledBackground, true);
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(24, 10, 16, 10);
    l->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    l->addWidget(m_title);
    l->addStretch(1);

    m_paletteHint = new QPushButton(this);
    m_paletteHint->setObjectName(u"paletteHint"_s);
    m_paletteHint->setMinimumWidth(200);
    m_paletteHint->setCursor(Qt::PointingHandCursor);
    l->addWidget(m_paletteHint);

    m_scope = new ElidingComboBox(this);
    m_scope->setObjectName(u"scopeFilter"_s);
    m_scope->setMinimumWidth(190);
    // As wide as 190 pixels allow, not as its longest shop name: a 200-character one pushed the bell
    // and the user menu out of a 1024-pixel window.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(16);
    l->addWidget(m_scope);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"datePreset"_s);
    for (const char16_t *key : {u"today", u"7d", u"30d", u"90d", u"1y", u"custom"})
        m_preset->addItem(QString(), QString::fromUtf16(key));
    m_preset->setCurrentIndex(2);
    l->addWidget(m_preset);
    m_rangePopup = new DateRangePopup(this);

    m_live = new QLabel(this);
    m_live->setObjectName(u"liveIndicator"_s);
    l->addWidget(m_live);

    m_bell = new QToolButton(this);
    m_bell->setObjectName(u"bell"_s);
    m_bell->setIconSize(QSize(20, 20));
    m_badge = new QLabel(m_bell);
    m_badge->setObjectName(u"badge"_s);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->move(18, 0);
    m_badge->hide();
    l->addWidget(m_bell);

    m_user = new QToolButton(this);
    m_user->setObjectName(u"userMenu"_s);
    m_user->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_user->setPopupMode(QToolButton::InstantPopup);
    m_user->setIconSize(QSize(20, 20));
    l->addWidget(m_user);

    m_tick = new QTimer(this);
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, this, &TopBar::updateCompact);
    m_tick->start();

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit scopeChanged(scopeKey());
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Choosing "Custom range…" opens the popup (activated); the scope changes on Apply.
        if (m_updating || index == customIndex())
            return;
        m_lastPresetIndex = index;
        emit scopeChanged(scopeKey());
    });
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index == customIndex())
            m_rangePopup->popupBelow(m_preset, m_custom);
    });
    connect(m_rangePopup, &DateRangePopup::applied, this, [this](const DateRange &range) {
        setCustomRange(range);
        emit scopeChanged(scopeKey());
    });
    connect(m_rangePopup, &DateRangePopup::cancelled, this, [this] {
        m_updating = true;
        m_preset->setCurrentIndex(m_lastPresetIndex);
        m_updating = false;
    });
    connect(m_paletteHint, &QPushButton::clicked, this, &TopBar::paletteRequested);
    connect(m_bell, &QToolButton::clicked, this, &TopBar::bellClicked);
    refreshIcons();
    retranslate();
}

void TopBar::setTitle(const QString &title)
{
    m_title->setText(title);
    updateCompact();
}

void TopBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCompact();
}

void TopBar::updateCompact()
{
    // Measured with every text in full: when that does not fit (a 1024-pixel window, longer
    // Filipino or Indonesian texts), the title goes (each page shows its own) and the search hint,
    // live indicator and user name keep only their icons, with the text as tooltip.
    applyCompact(false);
    layout()->invalidate();
    if (layout()->minimumSize().width() > width())
        applyCompact(true);
}

void TopBar::applyCompact(bool compact)
{
    m_compact = compact;
    m_title->setVisible(!compact);
    m_paletteHint->setText(compact ? QString() : m_paletteText);
    // Never less than its whole text: at a bare 200 pixels a longer language's hint lost its "Ctrl+K"
    // (Filipino beside "Restock Planner" at 1440) instead of the bar turning compact.
    m_paletteHint->setMinimumWidth(compact ? 0 : qMax(200, m_paletteHint->sizeHint().width()));
    m_user->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    refreshLive();
}

void TopBar::setShops(const QList<Shop> &shops)
{
    m_shops = shops;
    const QString keep = scopeKey();
    m_updating = true;
    m_scope->clear();
    m_scope->addItem(tr("All shops"), u"all"_s);
    bool shopee = false, lazada = false, bva = false;
    for (const Shop &s : shops) {
        shopee |= s.platform == Platform::Shopee;
        lazada |= s.platform == Platform::Lazada;
        bva |= s.platform == Platform::Other;
    }
    if (shopee || shops.isEmpty())
        m_scope->addItem(Theme::icon(u"shopee"_s), tr("All Shopee shops"), u"platform:SHOPEE"_s);
    if (lazada || shops.isEmpty())
        m_scope->addItem(Theme::icon(u"lazada"_s), tr("All Lazada shops"), u"platform:LAZADA"_s);
    if (bva)
        m_scope->addItem(Theme::icon(u"app"_s), tr("All BVA channels (own products, offline sales)"),
                         u"platform:OTHER"_s);
    const QHash<qint64, QString> labels = shopLabels(shops);
    for (const Shop &s : shops) {
        const QString icon = s.platform == Platform::Lazada  ? u"lazada"_s
                             : s.platform == Platform::Other ? u"app"_s
                                                             : u"shopee"_s;
        m_scope->addItem(Theme::icon(icon), labels.value(s.id), QString(u"shop:"_s + QString::number(s.id)));
    }
    const int idx = m_scope->findData(keep);
    m_scope->setCurrentIndex(idx >= 0 ? idx : 0);
    m_updating = false;
    if (scopeKey() != keep)
        emit scopeChanged(scopeKey());
}

QString TopBar::scopeKey() const
{
    const QString k = m_scope->currentData().toString();
    return k.isEmpty() ? u"all"_s : k;
}

void TopBar::setScopeKey(const QString &key)
{
    const int idx = m_scope->findData(key);
    if (idx >= 0)
        m_scope->setCurrentIndex(idx);
}

QString TopBar::presetKey() const
{
    return m_preset->currentData().toString();
}

void TopBar::setPresetKey(const QString &key)
{
    const int idx = m_preset->findData(key);
    if (idx < 0 || (idx == customIndex() && !m_custom.isValid()))
        return;
    m_preset->setCurrentIndex(idx);
    if (idx == customIndex())
        emit scopeChanged(scopeKey());
}

void TopBar::setCustomRange(const DateRange &range)
{
    if (!range.isValid())
        return;
    m_custom = range;
    updateCustomText();
    m_updating = true;
    m_preset->setCurrentIndex(customIndex());
    m_updating = false;
    m_lastPresetIndex = customIndex();
}

int TopBar::customIndex() const
{
    return m_preset->findData(u"custom"_s);
}

void TopBar::updateCustomText()
{
    const QLocale locale;
    m_preset->setItemText(customIndex(),
                          m_custom.isValid()
                              ? tr("%1 – %2").arg(locale.toString(m_custom.from, QLocale::ShortFormat),
                                                  locale.toString(m_custom.to, QLocale::ShortFormat))
                              : tr("Custom range…"));
}

void TopBar::setServerUp(bool up, const QString &address)
{
    m_serverUp = up;
    m_address = address;
    updateCompact();
}

void TopBar::setLastEvent(const QDateTime &at)
{
    m_lastEvent = at;
    updateCompact();
}

void TopBar::setUnreadCount(qint64 count)
{
    m_badge->setVisible(count > 0);
    m_badge->setText(count > 99 ? u"99+"_s : QString::number(count));
    m_badge->adjustSize();
    m_bell->setToolTip(count > 0 ? tr("%n unread notification(s)", nullptr, int(count))
                                 : tr("No unread notifications"));
}

void TopBar::setUserName(const QString &name)
{
    m_user->setText(name);
    m_user->setToolTip(name);
    updateCompact();
}

void TopBar::refreshLive()
{
    const QColor dot = m_serverUp ? Theme::success() : Theme::danger();
    QString text;
    if (!m_serverUp) {
        text = tr("Offline");
    } else if (!m_lastEvent.isValid()) {
        text = tr("Live · waiting for events");
    } else {
        const qint64 secs = m_lastEvent.secsTo(Clock::nowUtc());
        if (secs < 60)
            text = tr("Live · last event just now");
        else if (secs < 3600)
            text = tr("Live · last event %n min ago", nullptr, int(secs / 60));
        else
            text = tr("Live · last event %1")
                       .arg(QLocale().toString(m_lastEvent.toLocalTime(), QLocale::ShortFormat));
    }
    const QString dotHtml = u"<span style='color:%1'>●</span>"_s.arg(dot.name());
    m_live->setText(m_compact ? dotHtml : dotHtml + u' ' + text.toHtmlEscaped());
    const QString detail =
        m_serverUp ? tr("Webhook server listening on %1").arg(m_address)
                   : tr("The webhook server is not running: marketplaces cannot send live updates.");
    m_live->setToolTip(m_compact ? text + u'\n' + detail : detail);
}

void TopBar::refreshIcons()
{
    m_bell->setIcon(Theme::icon(u"bell"_s));
    m_user->setIcon(Theme::icon(u"user"_s));
    m_paletteHint->setIcon(Theme::icon(u"search"_s, Theme::muted()));
}

void TopBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        refreshIcons();
        refreshLive();
    }
    QWidget::changeEvent(event);
}

void TopBar::retranslate()
{
    m_paletteText = tr("Search or jump to…  Ctrl+K");
    m_paletteHint->setToolTip(m_paletteText);
    m_scope->setHint(tr("Show figures for all shops, one marketplace or one shop"));
    const QString presets[] = {tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                               tr("Last 12 months")};
    for (int i = 0; i < m_preset->count() && i < 5; ++i)
        m_preset->setItemText(i, presets[i]);
    updateCustomText();
    m_preset->setToolTip(tr("The days every page shows"));
    setShops(m_shops);
    updateCompact();
}

} // namespace bva::ui
