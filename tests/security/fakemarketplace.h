// A marketplace an attacker runs: it says yes to everything. GET /api/auth/me lists whatever shop
// ids it is told to (a victim's), the lists are empty (a sync from it would take every product as
// deleted). Counts the requests it gets, so a test can show BVA never asked it anything.
#pragma once

#include <QHttpServer>
#include <QStringList>
#include <QUrl>

namespace bva::test {

class FakeMarketplace final
{
public:
    explicit FakeMarketplace(QStringList claimedShopIds);

    bool listen();
    QUrl url() const;
    int requests() const { return m_requests; }

private:
    QHttpServer m_server;
    QStringList m_shops;
    quint16 m_port = 0;
    int m_requests = 0;
};

} // namespace bva::test
