// The platforms' seller authorization pages (login, then consent with a shop to pick) and the
// one-time authorization codes they hand to the app's redirect URL.
#pragma once

#include "clonestore.h"
#include "httpserver.h"
#include "openplatform.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace bva::clone {

class OpenAuth final
{
    Q_DECLARE_TR_FUNCTIONS(bva::clone::OpenAuth)
public:
    OpenAuth(const CloneStore &store, const OpenPlatformConfig &config);

    struct Flow
    {
        QUrl redirect;           // already checked against the registered one
        QString state;           // Lazada: handed back as given
        bool withShopId = false; // Shopee: the redirect carries shop_id
        QString actionTarget;    // path and query the forms post to
    };
    // GET shows the login page; POST steps through login and consent and ends in a redirect.
    HttpResponse handle(const HttpRequest &request, const Flow &flow);
    static HttpResponse errorPage(int status, const QString &title, const QString &text);

    struct Code
    {
        QString sellerId;
        QString shopId;
    };
    // One use, within ten minutes.
    std::optional<Code> redeem(const QString &code);

private:
    struct Ticket
    {
        QString sellerId;
        qint64 expiresSecs = 0;
    };
    struct Issued
    {
        Code code;
        qint64 expiresSecs = 0;
    };
    HttpResponse loginPage(const Flow &flow, const QString &problem) const;
    HttpResponse consentPage(const Flow &flow, const Seller &seller, const QString &ticket) const;
    HttpResponse redirectTo(const Flow &flow, const QList<QPair<QString, QString>> &items) const;
    QString platformName() const;

    const CloneStore &m_store;
    const OpenPlatformConfig &m_config;
    QHash<QString, Ticket> m_tickets;
    QHash<QString, Issued> m_codes;
};

// application/x-www-form-urlencoded ('+' is a space).
QUrlQuery formBody(const QByteArray &body);
// The request with its query read the same way, as the platforms' servers read it.
HttpRequest withFormQuery(const HttpRequest &request);

} // namespace bva::clone
