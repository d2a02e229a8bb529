#include "openconnect.h"

#include "consent/consentprofiles.h"
#include "consent/consentwindow.h"
#include "integrationactions.h"
#include "shell/uiservices.h"
#include "sync/openauthorizations.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

namespace bva::ui {

OpenConnect::OpenConnect(const UiServices &services, const Actor &actor, ApiKind kind,
                         ConsentProfiles *profiles, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_actor(actor)
    , m_kind(kind)
    , m_profiles(profiles)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(400);
    connect(&m_poll, &QTimer::timeout, this, &OpenConnect::poll);
}

void OpenConnect::setPolling(int intervalMs, int limitMs)
{
    m_poll.setInterval(intervalMs);
    m_pollLimitMs = limitMs;
}

QString OpenConnect::title(ApiKind kind)
{
    return kind == ApiKind::ShopeeOpen ? tr("Shopee (Open Platform)") : tr("Lazada (Open Platform)");
}

void OpenConnect::start()
{
    m_failed = false;
    m_callbackSeen = false;
    m_state.clear();
    m_starting = true;
    if (m_window)
        m_window->showWorking(tr("Opening %1").arg(title(m_kind)),
                              tr("Asking BVA's server for a new authorization link…"), false);
    IntegrationActions::startAuthorization(m_services, m_actor, m_kind, this,
                                           [this](Result<AuthorizationStart> r) { onStarted(r); });
}

void OpenConnect::onStarted(const Result<AuthorizationStart> &started)
{
    m_starting = false;
    if (m_done) {
        // The window was closed while this authorization was being made: give it up now.
        if (started)
            cancelThenFinish(started->state);
        else
            finishLater();
        return;
    }
    if (!started) {
        // Not set up, or its secret is gone from the vault: the seller enters the app first.
        if (started.error().kind == Error::Kind::NotFound) {
            if (m_window)
                m_window->close();
            m_done = true;
            emit notConfigured(m_kind, started.error().message);
            finishLater();
            return;
        }
        if (m_window) {
            fail(tr("Not connected"), IntegrationActions::errorText(started.error()));
            return;
        }
        m_done = true;
        emit failed(IntegrationActions::errorText(started.error()));
        finishLater();
        return;
    }
    m_state = started->state;
    if (!m_window) {
        const Platform platform = platformOfApi(m_kind);
        auto *w = new ConsentWindow(platform, started->authorizeUrl, m_profiles->profile(platform), nullptr);
        w->setAttribute(Qt::WA_DeleteOnClose);
        m_window = w;
        connect(w, &ConsentWindow::callbackReached, this, &OpenConnect::onCallback);
        connect(w, &ConsentWindow::externalLinkRequested, this,
                [](const QUrl &url) { QDesktopServices::openUrl(url); });
        connect(w, &ConsentWindow::retryRequested, this, [this] {
            if (m_failed)
                start();
        });
        connect(w, &ConsentWindow::closed, this, &OpenConnect::onWindowClosed);
        emit windowOpened(w);
        w->show();
    }
    m_window->startRedirect(started->authorizeUrl, QUrl(started->redirectUri));
}

void OpenConnect::onCallback()
{
    if (m_done || m_callbackSeen)
        return;
    m_callbackSeen = true;
    // The code is being exchanged by BVA's server now: closing the window no longer takes it back.
    m_window->showWorking(tr("Connecting your %1 shop").arg(platformDisplayName(platformOfApi(m_kind))),
                          tr("%1 sent you back to BVA. BVA is checking the authorization and reading the "
                             "shop you chose…")
                              .arg(title(m_kind)),
                          false);
    m_pollDeadline.setRemainingTime(m_pollLimitMs);
    poll();
}

void OpenConnect::poll()
{
    if (m_done)
        return;
    IntegrationActions::authorizationStatus(m_services, m_actor, m_state, this,
                                            [this](Result<AuthorizationStatus> r) { onStatus(r); });
}

void OpenConnect::onStatus(const Result<AuthorizationStatus> &status)
{
    if (m_done || !m_window)
        return;
    if (!status) {
        fail(tr("Not connected"), IntegrationActions::errorText(status.error()));
        return;
    }
    const QString &outcome = status->outcome;
    if (outcome == u"connected" && status->integrationId > 0) {
        m_done = true;
        emit connected(status->integrationId);
        finishLater();
        return;
    }
    if (outcome == u"failed") {
        fail(tr("Not connected"), status->reason.isEmpty()
                                      ? tr("%1 did not connect the shop.").arg(title(m_kind))
                                      : status->reason);
        return;
    }
    if (outcome == u"cancelled") {
        fail(tr("Not connected"), tr("This authorization was cancelled."));
        return;
    }
    if (outcome == u"expired") {
        fail(tr("The authorization expired"),
             tr("The link to %1 lasts ten minutes and was not used in time.").arg(title(m_kind)));
        return;
    }
    if (m_pollDeadline.hasExpired()) {
        fail(tr("No answer yet"),
             tr("%1 sent you back to BVA, but BVA has not finished connecting the shop. If it does, the "
                "shop appears on the Integrations page.")
                 .arg(title(m_kind)),
             false);
        return;
    }
    m_poll.start();
}

void OpenConnect::fail(const QString &title, const QString &text, bool nothingChanged)
{
    m_failed = true;
    m_poll.stop();
    if (m_window)
        m_window->showFailure(
            title,
            nothingChanged ? text + u"\n\n"_s + tr("Nothing was changed. Try again to start over.") : text,
            ConsentWindow::Retry::Resend);
}

void OpenConnect::onWindowClosed()
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    if (m_starting) {
        // Nothing to open any more; the authorization being made is cancelled once its answer comes.
        emit cancelled();
        return;
    }
    if (m_callbackSeen || m_failed || m_state.isEmpty()) {
        finishLater();
        return;
    }
    // Before the platform sent the seller back: the authorization is given up at once rather than left
    // pending until it expires, so a redirect arriving later (another tab, a late page) connects nothing.
    IntegrationActions::cancelAuthorization(
        m_services, m_actor, m_state, this, [this](const Result<AuthorizationStatus> &r) {
            if (!r && r.error().kind == Error::Kind::Conflict)
                emit closedWhileConnecting(r.error().message);
            else if (r && r->outcome == u"connected" && r->integrationId > 0)
                emit connected(r->integrationId);
            else
                emit cancelled(); // cancelled, expired, or not found: either way nothing was connected
            finishLater();
        });
}

void OpenConnect::cancelThenFinish(const QString &state)
{
    IntegrationActions::cancelAuthorization(m_services, m_actor, state, this,
                                            [this](const Result<AuthorizationStatus> &) { finishLater(); });
}

void OpenConnect::finishLater()
{
    emit finished();
    deleteLater();
}

} // namespace bva::ui
