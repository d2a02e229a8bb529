#include "integrationcard.h"

#include "charts/elided.h"
#include "syncinterval.h"
#include "theme/format.h"
#include "theme/theme.h"
#include "util/storedtext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

QString marketName(Platform p)
{
    return p == Platform::Lazada ? u"Lazada"_s : p == Platform::Shopee ? u"Shopee"_s : platformName(p);
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

IntegrationCard::IntegrationCard(Platform platform, QWidget *parent)
    : QFrame(parent)
    , m_platform(platform)
{
    setObjectName(u"card"_s);
    setProperty("platform", platformSlug(platform));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(20, 18, 20, 18);
    v->setSpacing(10);

    auto *head = new QHBoxLayout;
    m_logo = new QLabel(this);
    m_logo->setPixmap(QIcon(u":/bva/icons/"_s + platformSlug(platform) + u".svg"_s).pixmap(40, 40));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new ElidedLabel(this); // a 200-character shop name widened the whole page
    m_title->setObjectName(u"h2"_s);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"muted"_s);
    m_detail->setWordWrap(true);
    // The shop's name and the marketplace's last error are its own words: shown as text.
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    titles->addWidget(m_title);
    titles->addWidget(m_detail);
    m_state = new QLabel(this);
    m_state->setObjectName(u"pill"_s);
    head->addWidget(m_logo);
    head->addSpacing(6);
    head->addLayout(titles, 1);
    head->addWidget(m_state, 0, Qt::AlignTop);
    v->addLayout(head);

    m_progress = new QProgressBar(this);
    v->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(this);
    m_connect->setObjectName(u"primary"_s);
    m_sync = new QPushButton(this);
    m_test = new QPushButton(this);
    m_disconnect = new QPushButton(this);
    m_disconnect->setObjectName(u"danger"_s);
    m_deliveries = new QPushButton(this);
    m_deliveries->setObjectName(u"openDeliveries"_s);
    m_connect->setIcon(Theme::icon(u"plug"_s, Qt::white));
    m_sync->setIcon(Theme::icon(u"sync"_s));
    m_test->setIcon(Theme::icon(u"check"_s));
    for (auto *b : {m_connect, m_sync, m_test, m_deliveries})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_disconnect);
    v->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    v->addWidget(m_message);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    m_webhookLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
    m_webhook = new QLineEdit(this);
    m_webhook->setObjectName(u"deliveryUrl"_s);
    m_webhook->setReadOnly(true);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"signingSecret"_s);
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_copyWebhook = new QToolButton(this);
    m_copyWebhook->setObjectName(u"copyUrl"_s);
    m_copySecret = new QToolButton(this);
    m_showSecret = new QToolButton(this);
    m_showSecret->setCheckable(true);
    m_copyWebhook->setIcon(Theme::icon(u"copy"_s));
    m_copySecret->setIcon(Theme::icon(u"copy"_s));
    grid->addWidget(m_webhookLabel, 0, 0);
    grid->addWidget(m_webhook, 0, 1);
    grid->addWidget(m_copyWebhook, 0, 2);
    grid->addWidget(m_secretLabel, 1, 0);
    grid->addWidget(m_secret, 1, 1);
    grid->addWidget(m_copySecret, 1, 2);
    grid->addWidget(m_showSecret, 1, 3);
    m_signingLabel = new QLabel(this);
    m_signing = new QComboBox(this);
    m_signing->setObjectName(u"webhookSigning"_s);
    for (WebhookSigning mode : {WebhookSigning::Auto, WebhookSigning::Signed, WebhookSigning::Bearer})
        m_signing->addItem(QString(), int(mode));
    m_signingStatus = new QLabel(this);
    m_signingStatus->setObjectName(u"muted"_s);
    m_signingStatus->setWordWrap(true);
    m_signingStatus->setTextFormat(Qt::PlainText);
    grid->addWidget(m_signingLabel, 2, 0);
    grid->addWidget(m_signing, 2, 1, 1, 3);
    grid->addWidget(m_signingStatus, 3, 1, 1, 3);
    // Re-sync: how often (admins choose), pause and resume.
    m_scheduleLabel = new QLabel(this);
    m_interval = new QComboBox(this);
    m_interval->setObjectName(u"syncInterval"_s);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(u"pauseSync"_s);
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(u"muted"_s);
    m_schedule->setWordWrap(true);
    m_schedule->setTextFormat(Qt::PlainText);
    auto *scheduleRow = new QHBoxLayout;
    // The grid's spacing: at the style's 0 the pause button's border ran into the interval box's.
    scheduleRow->setSpacing(8);
    scheduleRow->addWidget(m_interval, 1);
    scheduleRow->addWidget(m_pause);
    grid->addWidget(m_scheduleLabel, 4, 0);
    grid->addLayout(scheduleRow, 4, 1, 1, 3);
    grid->addWidget(m_schedule, 5, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);
    m_help = new QLabel(this);
    m_help->setObjectName(u"muted"_s);
    m_help->setWordWrap(true);
    v->addWidget(m_help);

    connect(m_connect, &QPushButton::clicked, this, [this] { emit connectRequested(m_platform); });
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (m_view.integration)
            emit syncRequested(m_view.integration->id);
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_view.integration)
            emit testRequested(m_view.integration->id);
    });
    connect(m_deliveries, &QPushButton::clicked, this, [this] {
        if (m_view.integration)
            emit deliveriesRequested(m_view.integration->id);
    });
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (m_view.integration)
            emit disconnectRequested(m_view.integration->id);
    });
    connect(m_copyWebhook, &QToolButton::clicked, this, [this] {
        if (!m_copyText.isEmpty())
            QApplication::clipboard()->setText(m_copyText);
    });
    connect(m_copySecret, &QToolButton::clicked, this, [this] {
        if (m_view.integration)
            emit secretRequested(m_view.integration->id, true);
    });
    connect(m_signing, &QComboBox::activated, this, [this](int index) {
        const auto mode = WebhookSigning(m_signing->itemData(index).toInt());
        if (m_view.integration && mode != m_view.integration->webhookSigning)
            emit webhookSigningChosen(m_view.integration->id, mode);
    });
    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        const int seconds = m_interval->itemData(index).toInt();
        if (m_view.integration && seconds != m_view.integration->syncIntervalSeconds)
            emit syncIntervalChosen(m_view.integration->id, seconds);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_view.integration)
            emit syncPauseChosen(m_view.integration->id, !m_view.integration->syncPaused());
    });
    connect(m_showSecret, &QToolButton::clicked, this, [this](bool on) {
        // Shown only when asked for (and the asking is audited); hidden again, it is forgotten.
        if (on && m_view.integration) {
            emit secretRequested(m_view.integration->id, false);
            return;
        }
        m_view.webhookSecret.clear();
        refresh();
    });
    m_view.platform = platform;
    refresh();
}

void IntegrationCard::setView(const IntegrationCardState &view)
{
    m_view = view;
    refresh();
}

QString IntegrationCard::scheduleText(const IntegrationCardState &view)
{
    if (!view.integration)
        return {};
    const Integration &i = *view.integration;
    const bool real = isRealShop(view);
    if (i.syncPaused())
        return (real
                    ? tr("Syncing paused since %1: nothing is fetched from %2, not even after its pushes, until "
                         "syncing is resumed.")
                    : tr("Syncing paused since %1. Webhooks from %2 still update BVA; nothing is fetched from "
                         "%2 until syncing is resumed."))
            .arg(Format::shopDateTime(i.syncPausedAt, view.shopTimeZone), marketName(view.platform));
    return (
        real ? tr("BVA fetches this shop's products and orders every %1, and sooner when %2 pushes a change.")
                   .arg(SyncInterval::text(i.syncIntervalSeconds), marketName(view.platform))
             : tr("BVA fetches this shop's products and orders every %1 to catch anything the webhooks "
                  "missed.")
                   .arg(SyncInterval::text(i.syncIntervalSeconds)));
}

QString IntegrationCard::stateText(const IntegrationCardState &view)
{
    if (!view.integration || view.integration->state == IntegrationState::Disconnected)
        return tr("Not connected");
    if (view.integration->syncPaused() && view.integration->state != IntegrationState::Expired)
        return tr("Paused");
    switch (view.integration->state) {
    case IntegrationState::Pending:
        return tr("Connecting");
    case IntegrationState::Syncing:
        return tr("Syncing");
    case IntegrationState::Connected:
        return tr("Connected");
    case IntegrationState::Expired:
        return tr("Reconnect needed");
    case IntegrationState::Error:
        return tr("Error");
    case IntegrationState::Disconnected:
        break;
    }
    return tr("Not connected");
}

QString IntegrationCard::signingText(const IntegrationCardState &view)
{
    if (!view.integration)
        return {};
    const Integration &i = *view.integration;
    const QString market = marketName(view.platform);
    QString text;
    switch (i.webhookSigning) {
    case WebhookSigning::Auto:
        text = tr("Deliveries with the token alone are accepted until %1 sends its first signed one; from "
                  "then on "
                  "only signed deliveries are.")
                   .arg(market);
        break;
    case WebhookSigning::Signed:
        text = i.signedDeliveryAt.isValid()
                   ? tr("Only signed deliveries are accepted (last signed delivery %1).")
                         .arg(Format::shopDateTime(i.signedDeliveryAt, view.shopTimeZone))
                   : tr("Only signed deliveries are accepted.");
        break;
    case WebhookSigning::Bearer:
        text = tr("Deliveries with the token alone are accepted, signed or not: anyone who holds the "
                  "seller's token "
                  "(%1 hands it to buyers' browsers) can send updates.")
                   .arg(market);
        break;
    }
    if (i.unsignedRefused > 0 && i.unsignedRefusedAt.isValid())
        text += u' ' + tr("%n unsigned deliveries refused, the last %1.", nullptr, i.unsignedRefused)
                           .arg(Format::shopDateTime(i.unsignedRefusedAt, view.shopTimeZone));
    return text;
}

void IntegrationCard::refresh()
{
    const auto &i = m_view.integration;
    const bool connected = i && i->state != IntegrationState::Disconnected;
    const IntegrationState state = connected ? i->state : IntegrationState::Disconnected;
    // A connected card is one shop (a marketplace may have several); an empty one is the marketplace.
    m_title->setFullText(!connected                  ? marketName(m_platform)
                         : m_view.shopName.isEmpty() ? tr("Shop %1").arg(i->shopId)
                                                     : m_view.shopName);
    m_state->setText(stateText(m_view));
    const char *pill = "off";
    switch (state) {
    case IntegrationState::Connected:
        pill = "ok";
        break;
    case IntegrationState::Pending:
    case IntegrationState::Syncing:
        pill = "busy";
        break;
    case IntegrationState::Expired:
        pill = "warn";
        break;
    case IntegrationState::Error:
        pill = "bad";
        break;
    case IntegrationState::Disconnected:
        pill = "off";
        break;
    }
    if (connected && i->syncPaused() && state != IntegrationState::Expired)
        pill = "warn";
    m_state->setProperty("state", QString::fromLatin1(pill));
    repolish(m_state);

    QString detail;
    if (!connected) {
        detail = tr("Connect your %1 seller account through %1's own consent page at %2.")
                     .arg(marketName(m_platform), m_view.siteUrl.toString());
    } else {
        detail = isRealShop(m_view) ? tr("%1 (Open Platform)").arg(marketName(m_platform))
                                    : marketName(m_platform);
        if (!m_view.shopCurrency.isEmpty())
            detail += u" · "_s + tr("sells in %1").arg(m_view.shopCurrency);
        if (i->lastSyncAt.isValid())
            detail +=
                u" · "_s + tr("last synced %1").arg(Format::shopDateTime(i->lastSyncAt, m_view.shopTimeZone));
        else
            detail += u" · "_s + tr("not synced yet");
        const QString lastError = StoredText::shown(i->lastError);
        if (state == IntegrationState::Expired)
            detail += u"\n"_s + (lastError.isEmpty() ? QString() : QString(lastError + u"\n"_s)) +
                      tr("%1 no longer accepts BVA's access, so syncing this shop has stopped; webhooks are "
                         "still received. Reconnect grants access again: the shop and all its data are kept.")
                          .arg(marketName(m_platform));
        else if (state == IntegrationState::Error && !lastError.isEmpty())
            detail += u"\n"_s + lastError + u"\n"_s +
                      tr("BVA keeps the products and orders it already has and tries again at the next "
                         "scheduled sync; press Sync now to try at once.");
    }
    m_detail->setText(detail);

    const bool syncing = state == IntegrationState::Syncing ||
                         (m_view.busy && m_view.progressTotal >= 0 && state == IntegrationState::Pending);
    m_progress->setVisible(syncing);
    if (m_view.progressTotal > 0) {
        m_progress->setRange(0, m_view.progressTotal);
        m_progress->setValue(qMin(m_view.progressDone, m_view.progressTotal));
        m_progress->setFormat(tr("%1: %2 of %3")
                                  .arg(m_view.progressPhase, Format::number(m_view.progressDone),
                                       Format::number(m_view.progressTotal)));
    } else {
        m_progress->setRange(0, 0);
    }

    m_connect->setText(state == IntegrationState::Expired || state == IntegrationState::Error
                           ? tr("Reconnect")
                           : tr("Connect"));
    // The one thing to do on a shop that lost its access.
    m_connect->setObjectName(state == IntegrationState::Expired ? u"primary"_s : QString());
    repolish(m_connect);
    m_sync->setText(tr("Sync now"));
    m_test->setText(tr("Test"));
    m_disconnect->setText(tr("Disconnect"));
    // What the user's role allows is all the card offers (AccessPolicy, as the service checks it).
    const bool canReconnect = !connected || m_view.may(ShopAction::Reconnect);
    m_connect->setVisible(
        (!connected || state == IntegrationState::Expired || state == IntegrationState::Error) &&
        canReconnect);
    m_sync->setVisible(connected && m_view.may(ShopAction::SyncNow));
    m_test->setVisible(connected && m_view.may(ShopAction::SyncNow));
    m_disconnect->setVisible(connected && m_view.may(ShopAction::Disconnect));
    m_deliveries->setText(isRealShop(m_view) ? tr("Push deliveries…") : tr("Webhook deliveries…"));
    m_deliveries->setToolTip(tr("What the marketplace sent: each delivery, what became of it, and replay "
                                "of failed ones."));
    m_deliveries->setVisible(connected && m_view.may(ShopAction::InspectDeliveries));
    for (auto *b : {m_connect, m_sync, m_test, m_disconnect})
        b->setEnabled(!m_view.busy && !syncing);
    const bool paused = connected && i->syncPaused();
    if (paused)
        m_sync->setEnabled(false);
    m_sync->setToolTip(paused ? tr("Syncing is paused. Resume it to sync.") : QString());

    m_message->setVisible(!m_view.message.isEmpty());
    m_message->setText(m_view.message);
    m_message->setObjectName(m_view.messageIsError ? u"error"_s : u"muted"_s);
    repolish(m_message);

    // A real shop's pushes come from the platform, signed with the seller's app key (Settings →
    // Platform apps): its URL is the push URL and there is no per-shop secret to show or paste.
    const bool real = isRealShop(m_view);
    const QString &url = real ? m_view.pushUrl : m_view.webhookUrl;
    m_copyText = url;
    m_webhookLabel->setText(real ? tr("Push URL") : tr("Webhook URL"));
    m_webhook->setText(url.isEmpty()
                           ? (real ? tr("(BVA's server is not running)") : tr("(webhook server not running)"))
                           : url);
    m_copyWebhook->setEnabled(!url.isEmpty());
    m_secretLabel->setText(tr("Signing secret"));
    const bool shown = !real && !m_view.webhookSecret.isEmpty();
    if (shown)
        m_secret->setText(m_view.webhookSecret);
    else if (real)
        m_secret->clear();
    else
        m_secret->setText(m_view.hasWebhookSecret ? tr("(hidden: press the eye to show it)")
                                                  : tr("(created when the shop is connected)"));
    m_secret->setEchoMode(QLineEdit::Normal);
    m_showSecret->setChecked(shown);
    // An eye, as the hidden secret's text says (an eye crossed out once it is shown).
    m_showSecret->setIcon(Theme::icon(shown ? u"eye-off"_s : u"eye"_s));
    m_copySecret->setEnabled(!real && m_view.hasWebhookSecret && !m_view.busy);
    m_showSecret->setEnabled(!real && m_view.hasWebhookSecret && !m_view.busy);
    const bool seesSecret = !real && (!connected || m_view.may(ShopAction::SeeSecrets));
    for (QWidget *w : {static_cast<QWidget *>(m_secretLabel), static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_copySecret), static_cast<QWidget *>(m_showSecret)})
        w->setVisible(seesSecret);
    m_signingLabel->setText(tr("Deliveries"));
    m_signing->setItemText(0, tr("Signed once %1 signs (recommended)").arg(marketName(m_platform)));
    m_signing->setItemText(1, tr("Signed only"));
    m_signing->setItemText(2, tr("Token alone or signed"));
    // The signing modes are the clone webhooks' (a token or a Standard Webhooks signature); a platform's
    // push is always checked against the app's key.
    for (QWidget *w : {static_cast<QWidget *>(m_signingLabel), static_cast<QWidget *>(m_signing),
                       static_cast<QWidget *>(m_signingStatus)})
        w->setVisible(connected && !real);
    if (connected)
        m_signing->setCurrentIndex(m_signing->findData(int(i->webhookSigning)));
    const bool mayChooseSigning = m_view.may(ShopAction::ChangeSigning);
    m_signing->setEnabled(connected && mayChooseSigning && !m_view.busy);
    m_signing->setToolTip(mayChooseSigning ? QString() : tr("Only the shop's admin can change this."));
    m_signingStatus->setText(signingText(m_view));
    refreshSchedule(connected);
    m_copyWebhook->setToolTip(real ? tr("Copy the push URL") : tr("Copy the webhook URL"));
    m_copySecret->setToolTip(tr("Copy the signing secret"));
    m_showSecret->setToolTip(tr("Show or hide the secret"));
    if (connected && !m_view.may(ShopAction::SeeSecrets))
        m_help->setText(
            m_view.may(ShopAction::SyncNow)
                ? (real ? tr("You can sync and test this shop. Its admins manage the connection.")
                        : tr("You can sync and test this shop. Its admins manage the connection and its "
                             "secret."))
                : tr("You can see this shop's figures. Its admins manage the connection."));
    else if (real)
        m_help->setText(
            (m_platform == Platform::Lazada
                 ? tr("Pushes are set up in Lazada's App Console, not in BVA: enter this push URL under Push "
                      "and subscribe to Trade order.")
                 : tr("Pushes are set up in Shopee's app console, not in BVA: enter this push URL under "
                      "Push Mechanism and turn on Order status update.")) +
            u' ' +
            tr("%1 signs each push with your platform app's key (Settings → Platform apps), so this shop "
               "has no signing secret of its own. The platform needs an https address reachable from the "
               "internet; without pushes BVA still syncs on its schedule.")
                .arg(marketName(m_platform)));
    else
        m_help->setText(tr("Paste these into %1's webhook settings so new orders and stock changes reach BVA "
                           "right away.")
                            .arg(marketName(m_platform)));
}

void IntegrationCard::refreshSchedule(bool connected)
{
    const auto &i = m_view.integration;
    m_scheduleLabel->setText(tr("Re-sync"));
    // The usual choices, plus the shop's own value when it is none of them (set through the API).
    QList<int> choices{60, 5 * 60, 15 * 60, 30 * 60, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600};
    const int current = connected ? i->syncIntervalSeconds : 0;
    if (current > 0 && !choices.contains(current)) {
        choices.append(current);
        std::sort(choices.begin(), choices.end());
    }
    m_interval->clear();
    for (int seconds : std::as_const(choices))
        m_interval->addItem(tr("Every %1").arg(SyncInterval::text(seconds)), seconds);
    m_interval->setCurrentIndex(m_interval->findData(current));
    const bool paused = connected && i->syncPaused();
    m_pause->setText(paused ? tr("Resume syncing") : tr("Pause syncing"));
    m_pause->setIcon(paused ? Theme::icon(u"sync"_s) : QIcon());
    const bool mayChange = m_view.may(ShopAction::ChangeSync);
    m_interval->setEnabled(connected && mayChange && !m_view.busy);
    m_pause->setEnabled(connected && mayChange && !m_view.busy);
    m_pause->setVisible(connected && mayChange);
    m_interval->setToolTip(mayChange ? QString() : tr("Only the shop's admin can change this."));
    m_schedule->setText(scheduleText(m_view));
    for (QWidget *w : {static_cast<QWidget *>(m_scheduleLabel), static_cast<QWidget *>(m_interval),
                       static_cast<QWidget *>(m_schedule)})
        w->setVisible(connected);
}

void IntegrationCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace bva::ui
