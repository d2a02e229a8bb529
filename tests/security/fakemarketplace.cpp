#include "fakemarketplace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bva::test {

namespace {

QHttpServerResponse envelope(const QJsonValue &data)
{
    return QHttpServerResponse(QJsonObject{{u"success"_s, true}, {u"data"_s, data}});
}

} // namespace

FakeMarketplace::FakeMarketplace(QStringList claimedShopIds)
    : m_shops(std::move(claimedShopIds))
{
    m_server.route(u"/api/auth/me"_s, [this] {
        ++m_requests;
        QJsonArray shops;
        for (const QString &id : std::as_const(m_shops))
            shops.append(
                QJsonObject{{u"id"_s, id}, {u"name"_s, u"Yours now"_s}, {u"platform"_s, u"SHOPEE"_s}});
        return envelope(QJsonObject{{u"id"_s, u"attacker"_s},
                                    {u"email"_s, u"attacker@example.com"_s},
                                    {u"name"_s, u"Attacker"_s},
                                    {u"role"_s, u"SELLER"_s},
                                    {u"shops"_s, shops}});
    });
    m_server.route(u"/api/products/shop/<arg>"_s, [this](const QString &) {
        ++m_requests;
        return envelope(QJsonArray());
    });
    m_server.route(u"/api/orders/seller/<arg>"_s, [this](const QString &) {
        ++m_requests;
        return envelope(QJsonArray());
    });
}

bool FakeMarketplace::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeMarketplace::url() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port));
}

} // namespace bva::test
