// The consent window's page: locked to one marketplace site; the bridge lives in an isolated world.
// In redirect mode (the real platforms, RFC 8252) it follows the platform's authorization pages and
// reports the navigation to BVA's loopback callback, which it lets load.
#pragma once

#include <QWebEnginePage>

namespace bva::ui {

class ConsentPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    ConsentPage(QWebEngineProfile *profile, const QUrl &siteOrigin, QObject *parent = nullptr);

    // From now on the page may also go to https pages (a platform's sign-in may span its own hosts)
    // and to `callback` (origin and path prefix), which is reported by callbackReached.
    void setRedirectCallback(const QUrl &callback) { m_callback = callback; }
    bool isCallback(const QUrl &url) const;

signals:
    // A main-frame navigation away from the site: shown in the system browser instead.
    void externalNavigationBlocked(const QUrl &url);
    void callbackReached(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_origin;
    QUrl m_callback;
};

} // namespace bva::ui
