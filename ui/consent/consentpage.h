// The consent window's page: locked to one marketplace site; the bridge lives in an isolated world.
#pragma once

#include <QWebEnginePage>

namespace bva::ui {

class ConsentPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    ConsentPage(QWebEngineProfile *profile, const QUrl &siteOrigin, QObject *parent = nullptr);

signals:
    // A main-frame navigation away from the site: shown in the system browser instead.
    void externalNavigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_origin;
};

} // namespace bva::ui
