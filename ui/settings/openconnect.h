// Connecting a real Shopee or Lazada shop (Open Platform) from the desktop, one attempt: starts the
// authorization of the account's own app, shows the platform's authorization page in the consent window
// (redirect mode), and once the platform sent the seller back to BVA's loopback callback (RFC 8252)
// follows the authorization until its outcome is known. The callback itself links the shop: nothing the
// page says is trusted. GUI thread; every service call goes through IntegrationActions, off the GUI thread.
#pragma once

#include "auth/actor.h"
#include "domain/platform.h"
#include "util/result.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bva {
struct AuthorizationStart;
struct AuthorizationStatus;
} // namespace bva

namespace bva::ui {

class ConsentProfiles;
class ConsentWindow;
struct UiServices;

class OpenConnect final : public QObject
{
    Q_OBJECT
public:
    OpenConnect(const UiServices &services, const Actor &actor, ApiKind kind, ConsentProfiles *profiles,
                QObject *parent = nullptr);

    ApiKind kind() const { return m_kind; }
    ConsentWindow *window() const { return m_window.data(); }
    // How often the outcome is asked for after the callback, and for how long at most.
    void setPolling(int intervalMs, int limitMs);
    static QString title(ApiKind kind); // "Shopee (Open Platform)"

public slots:
    void start();

signals:
    // The account has no app of this kind yet (or its secret is gone): Settings → Platform apps.
    void notConfigured(bva::ApiKind kind, const QString &why);
    // Could not start (no window was opened): what to tell the seller.
    void failed(const QString &why);
    void windowOpened(bva::ui::ConsentWindow *window);
    // The shop is linked to the account; its first sync runs.
    void connected(qint64 integrationId);
    // The seller closed the window before the platform sent them back: the authorization is cancelled
    // (its link can no longer connect a shop) and nothing changed.
    void cancelled();
    // The window was closed just as the platform sent the seller back: BVA's server is connecting the
    // shop (or not); the Integrations page shows the outcome.
    void closedWhileConnecting(const QString &why);
    void finished(); // the attempt is over either way (the object deletes itself later)

private:
    void onStarted(const Result<AuthorizationStart> &started);
    void onCallback();
    void poll();
    void onStatus(const Result<AuthorizationStatus> &status);
    void fail(const QString &title, const QString &text, bool nothingChanged = true);
    void onWindowClosed();
    void cancelThenFinish(const QString &state);
    void finishLater();

    const UiServices &m_services;
    Actor m_actor;
    ApiKind m_kind;
    ConsentProfiles *m_profiles;
    QPointer<ConsentWindow> m_window;
    QString m_state;
    bool m_callbackSeen = false;
    bool m_failed = false; // Try again starts a new authorization
    bool m_done = false;
    bool m_starting = false; // a new authorization is being asked for
    QTimer m_poll;
    int m_pollLimitMs = 90000;
    QDeadlineTimer m_pollDeadline;
};

} // namespace bva::ui
