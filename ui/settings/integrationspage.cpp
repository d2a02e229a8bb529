#include "integrationspage.h"

#include "accounts/usersession.h"
#include "auth/shopaccess.h"
#include "consent/consentprofiles.h"
#include "consent/consentwindow.h"
#include "deliveriesdialog.h"
#include "domain/eventbus.h"
#include "integrationactions.h"
#include "models/displayformat.h"
#include "openconnect.h"
#include "platforms/marketplacesites.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "sync/connectticket.h"
#include "sync/integrationservice.h"
#include "theme/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

IntegrationsPage::IntegrationsPage(const UiServices &services, UserSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_profiles(new ConsentProfiles(services.consentStorageRoot, this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 16, 0, 0);
    l->setSpacing(16);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"muted"_s);
    m_intro->setWordWrap(true);
    l->addWidget(m_intro);
    for (Platform p : {Platform::Shopee, Platform::Lazada}) {
        Section section;
        // The marketplace's heading, shown once it has a shop: its name and "connect another".
        section.header = new QWidget(this);
        section.header->setObjectName(u"integrationSection"_s);
        section.header->setMaximumWidth(820);
        auto *hl = new QHBoxLayout(section.header);
        hl->setContentsMargins(0, 8, 0, 0);
        auto *logo = new QLabel(section.header);
        logo->setPixmap(QIcon(u":/bva/icons/"_s + platformSlug(p) + u".svg"_s).pixmap(24, 24));
        section.title = new QLabel(section.header);
        section.title->setObjectName(u"h2"_s);
        section.another = new QPushButton(section.header);
        section.another->setObjectName(u"connectAnother"_s);
        section.another->setIcon(Theme::icon(u"plug"_s));
        hl->addWidget(logo);
        hl->addWidget(section.title);
        hl->addStretch(1);
        hl->addWidget(section.another);
        l->addWidget(section.header);
        section.cardsLayout = new QVBoxLayout;
        section.cardsLayout->setSpacing(12);
        l->addLayout(section.cardsLayout);
        connect(section.another, &QPushButton::clicked, this, [this, p] { connectPlatform(p); });
        m_sections.insert(int(p), section);
        addCard(p);
        section.header->setVisible(false);
    }
    // Real shops, through the seller's own app on Shopee Open Platform or Lazada Open Platform.
    auto *open = new QWidget(this);
    open->setObjectName(u"openPlatforms"_s);
    open->setMaximumWidth(820);
    auto *ol = new QVBoxLayout(open);
    ol->setContentsMargins(0, 8, 0, 0);
    m_openTitle = new QLabel(open);
    m_openTitle->setObjectName(u"h2"_s);
    m_openHelp = new QLabel(open);
    m_openHelp->setObjectName(u"muted"_s);
    m_openHelp->setWordWrap(true);
    auto *row = new QHBoxLayout;
    for (ApiKind kind : {ApiKind::ShopeeOpen, ApiKind::LazadaOpen}) {
        auto *b = new QPushButton(open);
        b->setObjectName(u"connect-"_s + apiKindSlug(kind));
        b->setIcon(QIcon(u":/bva/icons/"_s + platformSlug(platformOfApi(kind)) + u".svg"_s));
        connect(b, &QPushButton::clicked, this, [this, kind] { connectOpenPlatform(kind); });
        row->addWidget(b);
        m_openButtons.insert(int(kind), b);
    }
    row->addStretch(1);
    m_openMessage = new QLabel(open);
    m_openMessage->setWordWrap(true);
    m_openMessage->setTextFormat(Qt::PlainText);
    m_openMessage->hide();
    ol->addWidget(m_openTitle);
    ol->addWidget(m_openHelp);
    ol->addLayout(row);
    ol->addWidget(m_openMessage);
    l->addWidget(open);
    l->addStretch(1);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(45000);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] {
        // Taken back before it was stored: the marketplace's late answer changes nothing.
        if (!m_ticket || !m_ticket->cancel())
            return;
        m_ticket.reset();
        if (m_consent) {
            const QString market =
                platformDisplayName(m_pendingGrant ? m_pendingGrant->platform : Platform::Other);
            m_consent->showFailure(
                tr("%1 did not answer in time").arg(market),
                tr("%1 did not confirm within %n second(s) that this account owns the shop. Nothing "
                   "was stored. Try again in a moment.",
                   nullptr, m_checkTimer.interval() / 1000)
                    .arg(market),
                ConsentWindow::Retry::Resend);
        }
    });

    if (EventBus *bus = services.bus) {
        connect(bus, &EventBus::syncProgress, this,
                [this](qint64 id, qint64, const QString &phase, int done, int total) {
                    updateCardOf(id, [&](IntegrationCardState &v) {
                        if (v.integration)
                            v.integration->state = IntegrationState::Syncing;
                        v.progressDone = done;
                        v.progressTotal = total;
                        v.progressPhase = IntegrationActions::phaseText(phase);
                    });
                    if (m_consent && id == m_connectingIntegration)
                        m_consent->setProgress(done, total, IntegrationActions::phaseText(phase));
                });
        connect(bus, &EventBus::syncFinished, this, [this](qint64 id, qint64, bool ok, const QString &error) {
            if (m_consent && id == m_connectingIntegration)
                onFirstSyncEnded(id, ok, error);
            // "Sync started." is over: say how it ended (a failure is in the card's details).
            if (IntegrationCard *c = cardOf(id); c && c->view().message == tr("Sync started."))
                updateCardOf(
                    id, [ok](IntegrationCardState &v) { v.message = ok ? tr("Sync finished.") : QString(); });
            reload();
        });
        connect(bus, &EventBus::integrationChanged, this, &IntegrationsPage::reload);
    }
    connect(session, &UserSession::userChanged, this, &IntegrationsPage::reload);
    connect(session, &UserSession::shopsChanged, this, &IntegrationsPage::reload);
    retranslate();
    reload();
}

IntegrationsPage::~IntegrationsPage()
{
    cancelPendingConnect();
    delete m_consent; // before the profiles
}

ConsentWindow *IntegrationsPage::consentWindow() const
{
    return m_consent.data();
}

QUrl IntegrationsPage::siteUrl(Platform platform) const
{
    // The sites the integration service links and syncs through (configuration), so the consent page
    // shown is always the site the ownership proof is asked of.
    return m_services.integrations ? QUrl(m_services.integrations->sites().site(platform)) : QUrl();
}

IntegrationCard *IntegrationsPage::card(Platform platform) const
{
    return m_sections.value(int(platform)).cards.value(0);
}

QList<IntegrationCard *> IntegrationsPage::cards(Platform platform) const
{
    return m_sections.value(int(platform)).cards;
}

QPushButton *IntegrationsPage::connectAnotherButton(Platform platform) const
{
    return m_sections.value(int(platform)).another;
}

IntegrationCard *IntegrationsPage::cardOf(qint64 integrationId) const
{
    for (const Section &s : m_sections) {
        for (IntegrationCard *c : s.cards) {
            if (c->view().integration && c->view().integration->id == integrationId)
                return c;
        }
    }
    return nullptr;
}

IntegrationCard *IntegrationsPage::addCard(Platform p)
{
    Section &section = m_sections[int(p)];
    auto *c = new IntegrationCard(p, this);
    c->setMaximumWidth(820);
    IntegrationCardState v = c->view();
    v.siteUrl = siteUrl(p);
    c->setView(v);
    section.cards.append(c);
    section.cardsLayout->addWidget(c);
    // A card with a shop reconnects that shop (a real platform's through its authorization page); the
    // empty card connects a first one.
    connect(c, &IntegrationCard::connectRequested, this, [this, c](Platform platform) {
        if (const auto &i = c->view().integration; i && i->apiKind != ApiKind::Clone)
            connectOpenPlatform(i->apiKind);
        else
            startConsent(platform, c->view().shopExternalId);
    });
    connect(c, &IntegrationCard::syncRequested, this, &IntegrationsPage::syncNow);
    connect(c, &IntegrationCard::testRequested, this, &IntegrationsPage::test);
    connect(c, &IntegrationCard::disconnectRequested, this, &IntegrationsPage::disconnectIntegration);
    connect(c, &IntegrationCard::secretRequested, this, &IntegrationsPage::showSecret);
    connect(c, &IntegrationCard::deliveriesRequested, this, &IntegrationsPage::showDeliveries);
    connect(c, &IntegrationCard::webhookSigningChosen, this, &IntegrationsPage::chooseWebhookSigning);
    connect(c, &IntegrationCard::syncIntervalChosen, this,
            [this](qint64 id, int seconds) { changeSyncSettings(id, seconds, std::nullopt); });
    connect(c, &IntegrationCard::syncPauseChosen, this,
            [this](qint64 id, bool paused) { changeSyncSettings(id, std::nullopt, paused); });
    return c;
}

void IntegrationsPage::updateCardOf(qint64 integrationId,
                                    const std::function<void(IntegrationCardState &)> &change)
{
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    IntegrationCardState v = c->view();
    change(v);
    c->setView(v);
}

void IntegrationsPage::reload()
{
    const qint64 userId = m_session->user().id;
    const QString webhookUrl = m_services.webhookBaseUrl
                                   ? m_services.webhookBaseUrl().toString(QUrl::StripTrailingSlash)
                                   : QString();
    const int generation = ++m_generation;
    if (userId == 0 || !m_services.db)
        return;
    Database *db = m_services.db;
    IntegrationService *service = m_services.integrations;
    struct Loaded
    {
        QList<Integration> integrations;
        QSet<qint64> withSecret;
        QHash<qint64, Shop> shops; // by integration
        QHash<qint64, SyncProgress> progress;
        QHash<qint64, ShopRole> roles; // by shop
    };
    runAsync(
        this,
        [db, service, userId] {
            Loaded out;
            if (auto shops = ShopAccess(*db, userId).shops(); shops.ok()) {
                for (const AccessibleShop &s : std::as_const(shops.value()))
                    out.roles.insert(s.shop.id, s.role);
            }
            if (service) {
                auto views = service->viewsOfUser(userId);
                if (views.ok()) {
                    // The secret itself stays in the vault until an admin asks to see or copy it.
                    for (const bva::IntegrationView &v : std::as_const(views.value())) {
                        out.integrations.append(v.integration);
                        out.shops.insert(v.integration.id, v.shop);
                        if (v.progress.running)
                            out.progress.insert(v.integration.id, v.progress);
                        if (v.hasWebhookSecret)
                            out.withSecret.insert(v.integration.id);
                    }
                }
            }
            return out;
        },
        [this, generation, webhookUrl](Loaded loaded) {
            if (generation != m_generation)
                return;
            // What each card showed, by integration: a message or a shown secret follows its shop.
            QHash<qint64, IntegrationCardState> before;
            for (const Section &s : std::as_const(m_sections)) {
                for (IntegrationCard *c : s.cards) {
                    if (c->view().integration)
                        before.insert(c->view().integration->id, c->view());
                }
            }
            m_connectedShops.clear();
            for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
                const Platform platform = Platform(it.key());
                Section &section = it.value();
                QList<Integration> shown;
                for (const Integration &i : std::as_const(loaded.integrations)) {
                    if (i.platform == platform && i.state != IntegrationState::Disconnected)
                        shown.append(i);
                }
                // The order people connected them in; a new shop comes last.
                std::sort(shown.begin(), shown.end(),
                          [](const Integration &a, const Integration &b) { return a.id < b.id; });
                while (section.cards.size() < std::max<qsizetype>(1, shown.size()))
                    addCard(platform);
                while (section.cards.size() > std::max<qsizetype>(1, shown.size())) {
                    IntegrationCard *gone = section.cards.takeLast();
                    gone->hide();
                    gone->deleteLater();
                }
                for (qsizetype n = 0; n < section.cards.size(); ++n) {
                    IntegrationCard *c = section.cards.at(n);
                    IntegrationCardState v;
                    v.platform = platform;
                    v.siteUrl = siteUrl(platform);
                    v.webhookUrl = webhookUrl.isEmpty() ? QString() : webhookUrl + u"/api/webhooks"_s;
                    if (n < shown.size()) {
                        const Integration &i = shown.at(n);
                        const IntegrationCardState old = before.value(i.id);
                        v.busy = old.busy;
                        v.message = old.message;
                        v.messageIsError = old.messageIsError;
                        v.integration = i;
                        // A real shop's pushes go to its platform's push URL (signed with the app's key).
                        if (i.apiKind != ApiKind::Clone && !webhookUrl.isEmpty())
                            v.pushUrl = webhookUrl + u"/api/push/"_s + apiKindSlug(i.apiKind);
                        v.role = loaded.roles.contains(i.shopId)
                                     ? std::optional<ShopRole>(loaded.roles.value(i.shopId))
                                     : std::nullopt;
                        v.hasWebhookSecret = loaded.withSecret.contains(i.id);
                        // A secret an admin chose to show stays shown across reloads of the same integration.
                        if (v.may(ShopAction::SeeSecrets))
                            v.webhookSecret = old.webhookSecret;
                        const Shop shop = loaded.shops.value(i.id);
                        v.shopName = shop.name;
                        v.shopExternalId = shop.externalId;
                        v.shopCurrency = shop.currency;
                        v.shopTimeZone = shop.timezone;
                        if (const Shop *s = m_session->shop(i.shopId); s && v.shopName.isEmpty()) {
                            v.shopName = s->name;
                            v.shopCurrency = s->currency;
                            v.shopTimeZone = s->timezone;
                        }
                        if (!shop.externalId.isEmpty() && i.state != IntegrationState::Expired &&
                            i.state != IntegrationState::Error)
                            m_connectedShops[int(platform)].insert(shop.externalId);
                        if (loaded.progress.contains(i.id)) {
                            const SyncProgress &p = loaded.progress[i.id];
                            v.integration->state = IntegrationState::Syncing;
                            v.progressDone = p.done;
                            v.progressTotal = p.total;
                            v.progressPhase = IntegrationActions::phaseText(p.phase);
                        }
                    } else {
                        v.message = m_lastWord.value(int(platform));
                    }
                    c->setView(v);
                }
                section.header->setVisible(!shown.isEmpty());
                retranslateSection(platform);
            }
            emit reloaded();
        });
}

void IntegrationsPage::connectPlatform(Platform platform)
{
    startConsent(platform);
}

void IntegrationsPage::startConsent(Platform platform, const QString &reconnectShop)
{
    if (m_consent) {
        m_consent->raise();
        m_consent->activateWindow();
        return;
    }
    auto *w = new ConsentWindow(platform, siteUrl(platform), m_profiles->profile(platform), nullptr);
    w->setAttribute(Qt::WA_DeleteOnClose);
    m_consent = w;
    m_reconnecting = !reconnectShop.isEmpty();
    m_reconnectShop = reconnectShop;
    m_lastWord.clear();
    m_pendingGrant.reset();
    m_retrySyncOf = 0;
    connect(w, &ConsentWindow::granted, this, &IntegrationsPage::onGranted);
    connect(w, &ConsentWindow::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(w, &ConsentWindow::retryRequested, this, &IntegrationsPage::onRetry);
    connect(w, &ConsentWindow::closed, this, &IntegrationsPage::onConsentClosed);
    w->show();
    w->start();
}

void IntegrationsPage::onGranted(const ConsentResult &result)
{
    m_pendingGrant = result;
    m_retrySyncOf = 0;
    // "Connect another shop" that names a shop already connected here: say so instead of connecting it again.
    if (!m_reconnecting && m_connectedShops.value(int(result.platform)).contains(result.shopId)) {
        if (m_consent) {
            const QString market = platformDisplayName(result.platform);
            m_consent->showFailure(
                tr("Already connected"),
                tr("“%1” is already connected to BVA. To add another shop, try again and choose it on "
                   "%2's page; for a shop of another %2 account, log out there first and sign in "
                   "with that account.")
                    .arg(result.shopName, market),
                ConsentWindow::Retry::StartOver);
        }
        return;
    }
    // Reconnecting a shop renews that shop's access, never links another one in its place.
    if (m_reconnecting && result.shopId != m_reconnectShop) {
        if (m_consent)
            m_consent->showFailure(tr("Another shop"),
                                   tr("Access was granted to “%1”, but this card is for another shop. Try "
                                      "again and choose the card's shop on %2's page.")
                                       .arg(result.shopName, platformDisplayName(result.platform)),
                                   ConsentWindow::Retry::StartOver);
        return;
    }
    cancelPendingConnect();
    m_ticket = std::make_shared<ConnectTicket>();
    m_checkTimer.start();
    const std::shared_ptr<ConnectTicket> ticket = m_ticket;
    IntegrationActions::connectShop(
        m_services, m_session->user().id, result, siteUrl(result.platform), ticket, this,
        [this, ticket](Result<qint64> r) {
            if (ticket != m_ticket)
                return; // taken back (window closed, timed out) or replaced by a newer grant
            m_ticket.reset();
            m_checkTimer.stop();
            onConnectAnswered(r);
        });
}

void IntegrationsPage::onConnectAnswered(const Result<qint64> &r)
{
    if (!r.ok()) {
        if (m_consent) {
            // A site that is down or slow may answer next time; a refusal needs another grant.
            const Error::Kind kind = r.error().kind;
            const bool transient = kind == Error::Kind::Network || kind == Error::Kind::Remote ||
                                   kind == Error::Kind::Busy || kind == Error::Kind::Throttled ||
                                   kind == Error::Kind::Storage || kind == Error::Kind::Internal;
            m_consent->showFailure(
                tr("Not connected"),
                IntegrationActions::errorText(r.error()) + u"\n\n"_s + tr("Nothing was stored."),
                transient ? ConsentWindow::Retry::Resend : ConsentWindow::Retry::StartOver);
        }
        return;
    }
    m_pendingGrant.reset();
    m_connectingIntegration = r.value();
    if (m_consent)
        m_consent->setProgress(0, 0, tr("Starting the first sync"));
    m_session->reloadShops();
    reload();
}

void IntegrationsPage::onFirstSyncEnded(qint64 id, bool ok, const QString &error)
{
    m_connectingIntegration = 0;
    if (ok) {
        if (m_consent)
            m_consent->close();
        m_session->reloadShops();
        emit connected(id);
        return;
    }
    m_retrySyncOf = id;
    if (m_consent)
        m_consent->showFailure(tr("The first sync did not finish"),
                               tr("The shop is connected, but the first sync failed: %1. Try again now, "
                                  "or later with Sync now on the Integrations page.")
                                   .arg(error),
                               ConsentWindow::Retry::Resend);
}

void IntegrationsPage::connectOpenPlatform(ApiKind kind)
{
    if (m_consent) {
        m_consent->raise();
        m_consent->activateWindow();
        return;
    }
    if (m_open || !m_openButtons.contains(int(kind)))
        return; // already starting
    setOpenMessage({}, false);
    m_lastWord.clear();
    m_retrySyncOf = 0;
    auto *flow = new OpenConnect(m_services, m_session->actor(), kind, m_profiles, this);
    m_open = flow;
    connect(flow, &OpenConnect::windowOpened, this, [this](ConsentWindow *w) {
        m_consent = w;
        m_reconnecting = false;
        m_pendingGrant.reset();
        connect(w, &ConsentWindow::retryRequested, this, &IntegrationsPage::onRetry);
        connect(w, &ConsentWindow::closed, this, &IntegrationsPage::onConsentClosed);
    });
    connect(flow, &OpenConnect::notConfigured, this, [this](ApiKind k, const QString &why) {
        setOpenMessage(tr("To connect a shop through %1, first enter your app in Settings → Platform apps.")
                           .arg(OpenConnect::title(k)),
                       true);
        emit platformAppsRequested(k, why);
    });
    connect(flow, &OpenConnect::failed, this, [this](const QString &why) { setOpenMessage(why, true); });
    connect(flow, &OpenConnect::cancelled, this, [this, kind] {
        setOpenMessage(tr("Not connected: the window was closed before %1 sent you back to BVA, so BVA "
                          "cancelled the authorization. Nothing was changed.")
                           .arg(OpenConnect::title(kind)),
                       false);
    });
    connect(flow, &OpenConnect::closedWhileConnecting, this, [this](const QString &why) {
        setOpenMessage(why, false);
        m_session->reloadShops();
        reload();
    });
    connect(flow, &OpenConnect::connected, this, &IntegrationsPage::onOpenConnected);
    flow->start();
}

void IntegrationsPage::onOpenConnected(qint64 integrationId)
{
    m_connectingIntegration = integrationId;
    if (m_consent)
        m_consent->setProgress(0, 0, tr("Starting the first sync"));
    setOpenMessage(tr("Shop connected. Its first sync is reading its products and orders."), false);
    m_session->reloadShops();
    reload();
    // The first sync may have ended before the outcome was read: then it is said now.
    IntegrationService *service = m_services.integrations;
    if (!service)
        return;
    runAsync(
        this, [service, integrationId] { return service->recentRuns(integrationId, 1); },
        [this, integrationId](Result<QList<SyncRun>> runs) {
            if (m_connectingIntegration != integrationId || !m_consent || !runs || runs->isEmpty() ||
                runs->first().state == u"running")
                return;
            onFirstSyncEnded(integrationId, runs->first().state == u"succeeded", runs->first().error);
        });
}

void IntegrationsPage::setOpenMessage(const QString &text, bool error)
{
    m_openMessage->setObjectName(error ? u"error"_s : u"muted"_s);
    m_openMessage->setText(text);
    m_openMessage->setVisible(!text.isEmpty());
    m_openMessage->style()->unpolish(m_openMessage);
    m_openMessage->style()->polish(m_openMessage);
}

QString IntegrationsPage::openMessage() const
{
    return m_openMessage->text();
}

void IntegrationsPage::onRetry()
{
    if (m_retrySyncOf) {
        const qint64 id = std::exchange(m_retrySyncOf, 0);
        m_connectingIntegration = id;
        if (m_consent)
            m_consent->setProgress(0, 0, tr("Starting the first sync"));
        IntegrationActions::syncNow(m_services, m_session->actor(), id, this, [this, id](Result<void> r) {
            if (!r.ok() && m_consent && m_connectingIntegration == id) {
                m_connectingIntegration = 0;
                m_retrySyncOf = id;
                m_consent->showFailure(tr("The first sync did not start"),
                                       IntegrationActions::errorText(r.error()),
                                       ConsentWindow::Retry::Resend);
            }
        });
        return;
    }
    if (m_pendingGrant) {
        if (m_consent)
            m_consent->showWorking(tr("Connecting %1").arg(m_pendingGrant->shopName),
                                   tr("Checking with %1 that this account owns the shop…")
                                       .arg(platformDisplayName(m_pendingGrant->platform)));
        onGranted(*m_pendingGrant);
    }
}

void IntegrationsPage::onConsentClosed()
{
    // Closed before the shop was connected: the check still running stores nothing. Closed during the
    // first sync: the shop is connected and the sync goes on (its card shows it).
    cancelPendingConnect();
    m_pendingGrant.reset();
    m_connectingIntegration = 0;
    m_retrySyncOf = 0;
}

void IntegrationsPage::cancelPendingConnect()
{
    m_checkTimer.stop();
    // Already committed (the answer is on its way): the shop is connected, its answer still reloads.
    if (m_ticket && m_ticket->cancel())
        m_ticket.reset();
}

void IntegrationsPage::syncNow(qint64 integrationId)
{
    if (!cardOf(integrationId))
        return;
    updateCardOf(integrationId, [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::syncNow(
        m_services, m_session->actor(), integrationId, this, [this, integrationId](Result<void> r) {
            updateCardOf(integrationId, [&](IntegrationCardState &v) {
                v.busy = false;
                v.message = r.ok() ? tr("Sync started.") : IntegrationActions::errorText(r.error());
                v.messageIsError = !r.ok();
            });
            reload();
        });
}

void IntegrationsPage::test(qint64 integrationId)
{
    if (!cardOf(integrationId))
        return;
    updateCardOf(integrationId, [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::test(
        m_services, m_session->actor(), integrationId, this, [this, integrationId](Result<void> r) {
            updateCardOf(integrationId, [&](IntegrationCardState &v) {
                v.busy = false;
                v.message = r.ok() ? tr("The marketplace answered and the token still works.")
                                   : IntegrationActions::errorText(r.error());
                v.messageIsError = !r.ok();
            });
            reload();
        });
}

void IntegrationsPage::showDeliveries(qint64 integrationId)
{
    const IntegrationCard *c = cardOf(integrationId);
    if (!c || !m_services.deliveries)
        return;
    const QList<DeliveriesDialog *> open = findChildren<DeliveriesDialog *>();
    for (DeliveriesDialog *d : open) {
        if (d->integrationId() == integrationId) {
            d->raise();
            d->activateWindow();
            return;
        }
    }
    const QString name =
        c->view().shopName.isEmpty() ? platformDisplayName(c->platform()) : c->view().shopName;
    auto *dialog = new DeliveriesDialog(m_services.deliveries, m_session->actor(), integrationId, name,
                                        c->view().shopTimeZone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void IntegrationsPage::disconnectIntegration(qint64 integrationId)
{
    const IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    // The card may be rebuilt while the question is open: keep what is needed from it now.
    const Platform platform = c->platform();
    const QString name = c->view().shopName.isEmpty() ? platformDisplayName(platform) : c->view().shopName;
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Disconnect"));
    box.setTextFormat(Qt::PlainText); // the shop's name is the marketplace's
    box.setText(
        tr("Disconnect %1? BVA stops syncing and forgets the access token and webhook secret.").arg(name));
    box.setInformativeText(tr("Keep this shop's products, orders and reports in BVA, or delete them?"));
    QPushButton *keep = box.addButton(tr("Keep the data"), QMessageBox::AcceptRole);
    QPushButton *del = box.addButton(tr("Delete the data"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != keep && box.clickedButton() != del)
        return;
    const bool keepData = box.clickedButton() == keep;
    updateCardOf(integrationId, [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::disconnect(
        m_services, m_session->actor(), integrationId, keepData, this,
        [this, integrationId, platform, name](Result<void> r) {
            updateCardOf(integrationId, [&](IntegrationCardState &v) {
                v.busy = false;
                v.message = r.ok() ? tr("Disconnected.") : IntegrationActions::errorText(r.error());
                v.messageIsError = !r.ok();
            });
            // Its card goes away with the shop: the marketplace's first card says what happened.
            if (r.ok())
                m_lastWord.insert(int(platform), tr("%1 was disconnected.").arg(name));
            m_session->reloadShops();
            reload();
        });
}

void IntegrationsPage::chooseWebhookSigning(qint64 integrationId, WebhookSigning mode)
{
    const IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    const Platform platform = c->platform();
    if (mode == WebhookSigning::Bearer) {
        const auto answer = QMessageBox::warning(
            this, tr("Accept deliveries without a signature?"),
            tr("%1 hands the seller's token to buyers' browsers. With this choice anyone holding it can send "
               "BVA "
               "orders and stock changes for this shop. Choose it only if %1 cannot sign its deliveries.")
                .arg(platformDisplayName(platform)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            reload();
            return;
        }
    }
    updateCardOf(integrationId, [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::setWebhookSigning(
        m_services, m_session->actor(), integrationId, mode, this, [this, integrationId](Result<void> r) {
            updateCardOf(integrationId, [&](IntegrationCardState &v) {
                v.busy = false;
                v.message = r.ok() ? QString() : IntegrationActions::errorText(r.error());
                v.messageIsError = !r.ok();
            });
            reload();
        });
}

void IntegrationsPage::changeSyncSettings(qint64 integrationId, std::optional<int> intervalSeconds,
                                          std::optional<bool> paused)
{
    if (!cardOf(integrationId))
        return;
    updateCardOf(integrationId, [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::changeSyncSettings(m_services, m_session->actor(), integrationId, intervalSeconds,
                                           paused, this, [this, integrationId](Result<QString> r) {
                                               updateCardOf(integrationId, [&](IntegrationCardState &v) {
                                                   v.busy = false;
                                                   v.message =
                                                       r.ok() ? *r : IntegrationActions::errorText(r.error());
                                                   v.messageIsError = !r.ok();
                                               });
                                               reload();
                                           });
}

void IntegrationsPage::showSecret(qint64 integrationId, bool copy)
{
    if (!cardOf(integrationId))
        return;
    updateCardOf(integrationId, [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::webhookSecret(
        m_services, m_session->actor(), integrationId, copy, this,
        [this, integrationId, copy](Result<QByteArray> r) {
            updateCardOf(integrationId, [&](IntegrationCardState &v) {
                v.busy = false;
                v.messageIsError = !r.ok();
                if (!r.ok()) {
                    v.message = IntegrationActions::errorText(r.error());
                    return;
                }
                if (copy) {
                    QApplication::clipboard()->setText(QString::fromUtf8(r.value()));
                    v.message =
                        tr("Signing secret copied. Paste it into the marketplace's webhook settings.");
                } else {
                    v.webhookSecret = QString::fromUtf8(r.value());
                    v.message.clear();
                }
            });
        });
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IntegrationsPage::retranslateSection(Platform platform)
{
    const Section &section = m_sections[int(platform)];
    const QString market = platformDisplayName(platform);
    section.title->setText(market);
    section.another->setText(tr("Connect another %1 shop").arg(market));
    section.another->setToolTip(
        tr("Sign in on %1's page and choose the shop to connect. A %1 account with several "
           "shops lets you pick one each time.")
            .arg(market));
}

void IntegrationsPage::retranslate()
{
    m_openTitle->setText(tr("Real Shopee and Lazada shops"));
    m_openHelp->setText(tr("Connect a shop on the real Shopee or Lazada through your own app on the "
                           "platform's open platform (enter it once in Settings → Platform apps). You "
                           "sign in and pick the shop on the platform's own page."));
    m_openButtons.value(int(ApiKind::ShopeeOpen))->setText(tr("Connect a Shopee shop (Open Platform)"));
    m_openButtons.value(int(ApiKind::LazadaOpen))->setText(tr("Connect a Lazada shop (Open Platform)"));
    m_intro->setText(
        tr("Connect each marketplace shop once through the marketplace's own page. BVA only reads "
           "your products and orders; it never changes your shop. You can connect several shops of "
           "the same marketplace."));
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        retranslateSection(Platform(it.key()));
}

} // namespace bva::ui
