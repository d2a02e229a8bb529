#include "integrationspage.h"

#include "accounts/usersession.h"
#include "auth/shopaccess.h"
#include "consent/consentprofiles.h"
#include "consent/consentwindow.h"
#include "domain/eventbus.h"
#include "integrationactions.h"
#include "models/displayformat.h"
#include "platforms/marketplacesites.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "sync/integrationservice.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
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
        auto *c = new IntegrationCard(p, this);
        c->setMaximumWidth(820);
        IntegrationCardState v = c->view();
        v.siteUrl = siteUrl(p);
        c->setView(v);
        m_cards.insert(int(p), c);
        l->addWidget(c);
        connect(c, &IntegrationCard::connectRequested, this, &IntegrationsPage::connectPlatform);
        connect(c, &IntegrationCard::syncRequested, this, &IntegrationsPage::syncNow);
        connect(c, &IntegrationCard::testRequested, this, &IntegrationsPage::test);
        connect(c, &IntegrationCard::disconnectRequested, this, &IntegrationsPage::disconnectIntegration);
        connect(c, &IntegrationCard::secretRequested, this, &IntegrationsPage::showSecret);
        connect(c, &IntegrationCard::webhookSigningChosen, this, &IntegrationsPage::chooseWebhookSigning);
        connect(c, &IntegrationCard::syncIntervalChosen, this,
                [this](qint64 id, int seconds) { changeSyncSettings(id, seconds, std::nullopt); });
        connect(c, &IntegrationCard::syncPauseChosen, this,
                [this](qint64 id, bool paused) { changeSyncSettings(id, std::nullopt, paused); });
    }
    l->addStretch(1);

    if (EventBus *bus = services.bus) {
        connect(bus, &EventBus::syncProgress, this,
                [this](qint64 id, qint64, const QString &phase, int done, int total) {
                    if (IntegrationCard *c = cardOf(id)) {
                        updateCard(c->platform(), [&](IntegrationCardState &v) {
                            if (v.integration)
                                v.integration->state = IntegrationState::Syncing;
                            v.progressDone = done;
                            v.progressTotal = total;
                            v.progressPhase = IntegrationActions::phaseText(phase);
                        });
                    }
                    if (m_consent && id == m_connectingIntegration)
                        m_consent->setProgress(done, total, IntegrationActions::phaseText(phase));
                });
        connect(bus, &EventBus::syncFinished, this, [this](qint64 id, qint64, bool ok, const QString &error) {
            if (m_consent && id == m_connectingIntegration) {
                m_connectingIntegration = 0;
                if (ok) {
                    m_consent->close();
                    m_session->reloadShops();
                    emit connected(id);
                } else {
                    m_consent->showFailure(tr("The first sync did not finish"),
                                           tr("The shop is connected, but the first sync failed: %1. "
                                              "Use Sync now on the Integrations page to try again.")
                                               .arg(error),
                                           false);
                }
            }
            // "Sync started." is over: say how it ended (a failure is in the card's details).
            if (IntegrationCard *c = cardOf(id); c && c->view().message == tr("Sync started."))
                updateCard(c->platform(), [ok](IntegrationCardState &v) {
                    v.message = ok ? tr("Sync finished.") : QString();
                });
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

IntegrationCard *IntegrationsPage::cardOf(qint64 integrationId) const
{
    for (IntegrationCard *c : m_cards)
        if (c->view().integration && c->view().integration->id == integrationId)
            return c;
    return nullptr;
}

void IntegrationsPage::updateCard(Platform platform,
                                  const std::function<void(IntegrationCardState &)> &change)
{
    IntegrationCard *c = m_cards.value(int(platform));
    if (!c)
        return;
    IntegrationCardState v = c->view();
    change(v);
    c->setView(v);
}

void IntegrationsPage::reload()
{
    const qint64 userId = m_session->user().id;
    const QString webhookUrl = m_services.webhookBaseUrl ? m_services.webhookBaseUrl().toString() : QString();
    const int generation = ++m_generation;
    if (userId == 0 || !m_services.db)
        return;
    Database *db = m_services.db;
    IntegrationService *service = m_services.integrations;
    struct Loaded
    {
        QList<Integration> integrations;
        QSet<qint64> withSecret;
        QHash<qint64, QString> shopNames;
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
                        out.shopNames.insert(v.integration.id, v.shop.name);
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
            for (IntegrationCard *c : std::as_const(m_cards)) {
                IntegrationCardState v = c->view();
                v.siteUrl = siteUrl(c->platform());
                v.webhookUrl = webhookUrl.isEmpty() ? QString() : webhookUrl + u"/api/webhooks"_s;
                // A secret an admin chose to show stays shown across reloads of the same integration.
                const std::optional<Integration> before = v.integration;
                const QString shown = v.webhookSecret;
                v.integration.reset();
                v.shopName.clear();
                v.webhookSecret.clear();
                v.hasWebhookSecret = false;
                v.role.reset();
                for (const Integration &i : std::as_const(loaded.integrations)) {
                    if (i.platform != c->platform() || i.state == IntegrationState::Disconnected)
                        continue;
                    v.integration = i;
                    v.role = loaded.roles.contains(i.shopId)
                                 ? std::optional<ShopRole>(loaded.roles.value(i.shopId))
                                 : std::nullopt;
                    v.hasWebhookSecret = loaded.withSecret.contains(i.id);
                    if (before && before->id == i.id && v.may(ShopAction::SeeSecrets))
                        v.webhookSecret = shown;
                    v.shopName = loaded.shopNames.value(i.id);
                    if (const Shop *s = m_session->shop(i.shopId); s && v.shopName.isEmpty())
                        v.shopName = s->name;
                    if (loaded.progress.contains(i.id)) {
                        const SyncProgress &p = loaded.progress[i.id];
                        v.integration->state = IntegrationState::Syncing;
                        v.progressDone = p.done;
                        v.progressTotal = p.total;
                        v.progressPhase = IntegrationActions::phaseText(p.phase);
                    }
                    break;
                }
                if (!v.integration || v.integration->state != IntegrationState::Syncing) {
                    v.progressDone = v.progressTotal = 0;
                    v.progressPhase.clear();
                }
                c->setView(v);
            }
        });
}

void IntegrationsPage::connectPlatform(Platform platform)
{
    if (m_consent) {
        m_consent->raise();
        m_consent->activateWindow();
        return;
    }
    auto *w = new ConsentWindow(platform, siteUrl(platform), m_profiles->profile(platform), nullptr);
    w->setAttribute(Qt::WA_DeleteOnClose);
    m_consent = w;
    connect(w, &ConsentWindow::granted, this, &IntegrationsPage::onGranted);
    connect(w, &ConsentWindow::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(w, &ConsentWindow::retryRequested, this, [this, w] {
        if (m_pendingGrant.has_value())
            onGranted(*m_pendingGrant);
        Q_UNUSED(w)
    });
    w->show();
    w->start();
}

void IntegrationsPage::onGranted(const ConsentResult &result)
{
    m_pendingGrant = result;
    IntegrationActions::connectShop(
        m_services, m_session->user().id, result, siteUrl(result.platform), this, [this](Result<qint64> r) {
            if (!r.ok()) {
                if (m_consent)
                    m_consent->showFailure(tr("Not connected"), IntegrationActions::errorText(r.error()),
                                           true);
                return;
            }
            m_pendingGrant.reset();
            m_connectingIntegration = r.value();
            if (m_consent)
                m_consent->setProgress(0, 0, tr("Starting the first sync"));
            m_session->reloadShops();
            reload();
        });
}

void IntegrationsPage::syncNow(qint64 integrationId)
{
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    updateCard(c->platform(), [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::syncNow(
        m_services, m_session->actor(), integrationId, this, [this, c](Result<void> r) {
            updateCard(c->platform(), [&](IntegrationCardState &v) {
                v.busy = false;
                v.message = r.ok() ? tr("Sync started.") : IntegrationActions::errorText(r.error());
                v.messageIsError = !r.ok();
            });
            reload();
        });
}

void IntegrationsPage::test(qint64 integrationId)
{
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    updateCard(c->platform(), [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::test(m_services, m_session->actor(), integrationId, this, [this, c](Result<void> r) {
        updateCard(c->platform(), [&](IntegrationCardState &v) {
            v.busy = false;
            v.message = r.ok() ? tr("The marketplace answered and the token still works.")
                               : IntegrationActions::errorText(r.error());
            v.messageIsError = !r.ok();
        });
        reload();
    });
}

void IntegrationsPage::disconnectIntegration(qint64 integrationId)
{
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Disconnect"));
    box.setText(
        tr("Disconnect %1? BVA stops syncing and forgets the access token and webhook secret.")
            .arg(c->view().shopName.isEmpty() ? platformDisplayName(c->platform()) : c->view().shopName));
    box.setInformativeText(tr("Keep this shop's products, orders and reports in BVA, or delete them?"));
    QPushButton *keep = box.addButton(tr("Keep the data"), QMessageBox::AcceptRole);
    QPushButton *del = box.addButton(tr("Delete the data"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != keep && box.clickedButton() != del)
        return;
    const bool keepData = box.clickedButton() == keep;
    updateCard(c->platform(), [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::disconnect(
        m_services, m_session->actor(), integrationId, keepData, this, [this, c](Result<void> r) {
            updateCard(c->platform(), [&](IntegrationCardState &v) {
                v.busy = false;
                v.message = r.ok() ? tr("Disconnected.") : IntegrationActions::errorText(r.error());
                v.messageIsError = !r.ok();
            });
            m_session->reloadShops();
            reload();
        });
}

void IntegrationsPage::chooseWebhookSigning(qint64 integrationId, WebhookSigning mode)
{
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    if (mode == WebhookSigning::Bearer) {
        const auto answer = QMessageBox::warning(
            this, tr("Accept deliveries without a signature?"),
            tr("%1 hands the seller's token to buyers' browsers. With this choice anyone holding it can send BVA "
               "orders and stock changes for this shop. Choose it only if %1 cannot sign its deliveries.")
                .arg(platformDisplayName(c->platform())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            reload();
            return;
        }
    }
    updateCard(c->platform(), [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::setWebhookSigning(
        m_services, m_session->actor(), integrationId, mode, this, [this, c](Result<void> r) {
            updateCard(c->platform(), [&](IntegrationCardState &v) {
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
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    updateCard(c->platform(), [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::changeSyncSettings(m_services, m_session->actor(), integrationId, intervalSeconds,
                                           paused, this, [this, c](Result<QString> r) {
                                               updateCard(c->platform(), [&](IntegrationCardState &v) {
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
    IntegrationCard *c = cardOf(integrationId);
    if (!c)
        return;
    updateCard(c->platform(), [](IntegrationCardState &v) {
        v.busy = true;
        v.message.clear();
    });
    IntegrationActions::webhookSecret(
        m_services, m_session->actor(), integrationId, copy, this, [this, c, copy](Result<QByteArray> r) {
            updateCard(c->platform(), [&](IntegrationCardState &v) {
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

void IntegrationsPage::retranslate()
{
    m_intro->setText(
        tr("Connect each marketplace shop once through the marketplace's own page. BVA only reads "
           "your products and orders; it never changes your shop."));
}

} // namespace bva::ui
