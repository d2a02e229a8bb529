#include "consentpage.h"

#include "consentbridge.h"

using namespace Qt::StringLiterals;

namespace bva::ui {

ConsentPage::ConsentPage(QWebEngineProfile *profile, const QUrl &siteOrigin, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_origin(siteOrigin)
{}

bool ConsentPage::isCallback(const QUrl &url) const
{
    return m_callback.isValid() && sameOrigin(url, m_callback) && url.path().startsWith(m_callback.path());
}

bool ConsentPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (!isMainFrame) {
        // Frames cannot move the window and the listener ignores their messages (origin check).
        return url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"about"_s ||
               url.scheme() == u"data"_s;
    }
    if (isCallback(url)) {
        emit callbackReached(url);
        return true;
    }
    if (sameOrigin(url, m_origin) || (m_callback.isValid() && url.scheme() == u"https"_s))
        return true;
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"mailto"_s)
        emit externalNavigationBlocked(url);
    return false;
}

QWebEnginePage *ConsentPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr; // no pop-ups from the consent page
}

} // namespace bva::ui
