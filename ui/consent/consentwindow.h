// The embedded consent flow: the marketplace's own /bva-integration-check page, then BVA's
// progress while the integration is created and the first sync runs.
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

public slots:
    void start();
    void showWorking(const QString &title, const QString &text);
    void setProgress(int done, int total, const QString &phase);
    void showFailure(const QString &title, const QString &text, bva::ui::ConsentWindow::Retry retry);
    void showDone(const QString &title, const QString &text);

signals:
    void granted(const bva::ui::ConsentResult &result);
    void refused(const bva::ui::ConsentResult &result); // denied, error, log-in required
    void retryRequested();
    void externalLinkRequested(const QUrl &url);
    void pageLoaded(bool ok);
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void installScripts();
    void onConsent(const ConsentResult &result);
    void onLoadFinished(bool ok);
    void showUnreachable();
    void retranslate();

    Platform m_platform;
    QUrl m_origin;
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
