// The embedded consent flow: the marketplace's own /bva-integration-check page, then BVA's
// progress while the integration is created and the first sync runs. For the real platforms the same
// window runs the redirect flow (RFC 8252): the platform's authorization page, where the seller signs in
// and picks a shop, then the redirect to BVA's loopback callback, which it reports and lets load.
#pragma once

#include "consentresult.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace bva::ui {

class ConsentBridge;
class ConsentPage;

class ConsentWindow final : public QWidget
{
    Q_OBJECT
public:
    // What the Retry button under a failure does: load the marketplace's page again (a refusal, a
    // page that failed or timed out), or ask for the same step again (retryRequested: the ownership
    // check after a grant).
    enum class Retry { None, StartOver, Resend };

    ConsentWindow(Platform platform, const QUrl &siteUrl, QWebEngineProfile *profile,
                  QWidget *parent = nullptr);
    ~ConsentWindow() override;

    static QUrl originOf(const QUrl &url);
    QUrl consentUrl() const;
    ConsentPage *page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }
    // How long the marketplace's page may take to load before the window says it is not answering.
    void setLoadTimeout(int ms) { m_loadTimer.setInterval(ms); }

    // Redirect mode: loads `authorizeUrl` (its origin is the window's site) and reports the navigation
    // to `callbackUrl` (BVA's own loopback address; origin and path prefix) with callbackReached.
    void startRedirect(const QUrl &authorizeUrl, const QUrl &callbackUrl);
    bool isRedirectFlow() const { return m_authorizeUrl.isValid(); }

public slots:
    void start();
    // `cancellable`: closing the window now takes the connection back (Cancel), or lets it go on (Close).
    void showWorking(const QString &title, const QString &text, bool cancellable = true);
    void setProgress(int done, int total, const QString &phase);
    void showFailure(const QString &title, const QString &text, bva::ui::ConsentWindow::Retry retry);
    void showDone(const QString &title, const QString &text);

signals:
    void granted(const bva::ui::ConsentResult &result);
    void refused(const bva::ui::ConsentResult &result); // denied, error, log-in required
    void retryRequested();
    void externalLinkRequested(const QUrl &url);
    void pageLoaded(bool ok);
    void callbackReached(const QUrl &url); // redirect mode: the platform sent the seller back to BVA
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The marketplace's page is what the window shows (not BVA's status page).
    bool pageShown() const;
    void installScripts();
    void onConsent(const ConsentResult &result);
    void onLoadFinished(bool ok);
    void showUnreachable();
    void retranslate();

    Platform m_platform;
    QUrl m_origin;
    QUrl m_authorizeUrl; // redirect mode only
    QWebEngineView *m_view = nullptr;
    ConsentPage *m_page = nullptr;
    QWebChannel *m_channel = nullptr;
    ConsentBridge *m_bridge = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_statusTitle = nullptr;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
    QTimer m_loadTimer;
    Retry m_retryAction = Retry::None;
    bool m_loading = false;
    bool m_closeCancels = false;
};

} // namespace bva::ui
