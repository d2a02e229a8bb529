#include "consentbridge.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsent, "bva.consent")

using namespace Qt::StringLiterals;

namespace bva::ui {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme() == b.scheme() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

QString ConsentBridge::consentPath()
{
    return u"/bva-integration-check"_s;
}

bool ConsentBridge::isConsentPage(const QUrl &url)
{
    const QString path = url.path();
    return path == consentPath() || path == consentPath() + u'/';
}

ConsentBridge::ConsentBridge(Platform flavour, const QUrl &siteOrigin, std::function<QUrl()> currentUrl,
                             QObject *parent)
    : QObject(parent)
    , m_flavour(flavour)
    , m_origin(siteOrigin)
    , m_currentUrl(std::move(currentUrl))
{}

void ConsentBridge::receive(const QString &json, const QString &documentPath)
{
    if (m_done)
        return; // one grant per consent window
    if (json.size() > 16384) {
        emit messageIgnored(u"message too large"_s);
        return;
    }
    // Defence in depth: the page must still be on the marketplace site.
    if (m_currentUrl && !sameOrigin(m_currentUrl(), m_origin)) {
        qCWarning(lcConsent) << "message ignored: page is not on the marketplace site";
        emit messageIgnored(u"page is not on the marketplace site"_s);
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        emit messageIgnored(u"not a JSON object"_s);
        return;
    }
    // Pages post other things to themselves too (frameworks, analytics): only this marketplace's
    // consent messages concern BVA.
    const QString type = doc.object().value(u"type"_s).toString();
    if (!type.startsWith(ConsentResult::typePrefix(m_flavour) + u"_AUTH_"_s)) {
        qCDebug(lcConsent) << "message ignored: not a consent message";
        emit messageIgnored(u"not a consent message"_s);
        return;
    }
    QString why;
    const auto result = ConsentResult::fromMessage(m_flavour, doc.object(), &why);
    if (!result) {
        qCInfo(lcConsent) << "consent message rejected:" << why;
        emit messageRejected(why);
        return;
    }
    // A grant only from the consent page itself: any other page of the site the window reached (a
    // product page, a seller's shop page) may carry someone else's script, and a grant from there
    // would link a shop the seller never chose. Refusals from elsewhere store nothing; they pass.
    if (result->kind == ConsentResult::Kind::Granted && m_currentUrl && !isConsentPage(m_currentUrl())) {
        qCWarning(lcConsent) << "grant ignored: not posted by the consent page";
        emit messageIgnored(u"not the consent page"_s);
        return;
    }
    // The address alone can be moved by any script of the site (history.pushState) without loading the
    // consent page: the document must have been created there.
    if (result->kind == ConsentResult::Kind::Granted && !isConsentPage(QUrl(documentPath))) {
        qCWarning(lcConsent) << "grant ignored: the document was not created on the consent page";
        emit messageIgnored(u"not the consent page"_s);
        emit consentPageNeeded();
        return;
    }
    if (result->kind == ConsentResult::Kind::Granted)
        m_done = true; // a grant is final; "log in first" and errors may be followed by a grant
    emit consentReceived(*result);
}

} // namespace bva::ui
