// The one object the consent page's isolated world can reach over QWebChannel.
#pragma once

#include "consentresult.h"

#include <QLoggingCategory>
#include <QObject>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcConsent)

namespace bva::ui {

class ConsentBridge final : public QObject
{
    Q_OBJECT
public:
    // `siteOrigin` is the marketplace site; `currentUrl` reports where the page is right now.
    ConsentBridge(Platform flavour, const QUrl &siteOrigin, std::function<QUrl()> currentUrl,
                  QObject *parent = nullptr);

    // Called from JavaScript with JSON.stringify(event.data) and the path the posting document was
    // created at (its location may have moved since by history.pushState). Everything is checked here.
    Q_INVOKABLE void receive(const QString &json, const QString &documentPath);
    // The consent page is loaded again (start over): a new grant may follow.
    void reset() { m_done = false; }
    // The marketplace's consent page (CONTRACT.md 1): the only page whose grant counts.
    static QString consentPath();
    static bool isConsentPage(const QUrl &url);

signals:
    void consentReceived(const bva::ui::ConsentResult &result);
    // A message of this marketplace's consent protocol that failed validation; `why` names the field
    // (never the token). The window says so: the page meant to answer and BVA could not use it.
    void messageRejected(const QString &why);
    // Anything else the page posted to itself (not JSON, another protocol's type): not for BVA.
    void messageIgnored(const QString &why);
    // A grant from a document created elsewhere that has since moved its address to the consent page
    // (history.pushState): ignored, and the window loads the consent page itself so a real one may answer.
    void consentPageNeeded();

private:
    Platform m_flavour;
    QUrl m_origin;
    std::function<QUrl()> m_currentUrl;
    bool m_done = false;
};

bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace bva::ui
