#include "tokenservice.h"

#include "clock.h"
#include "jwttoken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva::clone {

TokenService::TokenService(CloneStore &store, qint64 ttlSecs)
    : m_store(store)
    , m_ttlSecs(ttlSecs)
{}

QByteArray TokenService::issue(const Seller &seller, qint64 ttlSecs) const
{
    QJsonArray shopIds;
    for (const Shop *shop : m_store.shopsOf(seller))
        shopIds.append(shop->id);
    const qint64 now = Clock::nowSecs();
    const qint64 iat = ttlSecs <= 0 ? now + ttlSecs - 3600 : now;
    const QJsonObject claims{
        {u"sub"_s, seller.id},      {u"userId"_s, seller.id},
        {u"email"_s, seller.email}, {u"role"_s, u"SELLER"_s},
        {u"shopIds"_s, shopIds},    {u"iss"_s, QString(u"bva-clone-"_s + flavorName(m_store.flavor()))},
        {u"iat"_s, double(iat)},    {u"exp"_s, double(ttlSecs <= 0 ? now + ttlSecs - 1 : now + ttlSecs)}};
    return Jwt::sign(claims, m_store.jwtSecret());
}

QByteArray TokenService::stableToken(const Seller &seller)
{
    const QByteArray current = m_store.sellerToken(seller.id);
    // Renewed only when less than a day is left, so BVA's stored token keeps matching.
    if (!current.isEmpty() &&
        Jwt::verify(current, m_store.jwtSecret(), Clock::nowSecs() + std::min<qint64>(86400, m_ttlSecs / 2)))
        return current;
    const QByteArray fresh = issue(seller, m_ttlSecs);
    m_store.setSellerToken(seller.id, fresh);
    m_store.markChanged();
    return fresh;
}

const Seller *TokenService::authenticate(const QByteArray &header, Failure *failure) const
{
    const QByteArray h = header.trimmed();
    if (!h.toLower().startsWith("bearer ")) {
        *failure = Failure::Missing;
        return nullptr;
    }
    Jwt::Error error = Jwt::Error::None;
    const auto claims = Jwt::verify(h.mid(7).trimmed(), m_store.jwtSecret(), Clock::nowSecs(), &error);
    if (!claims) {
        *failure = error == Jwt::Error::Expired ? Failure::Expired : Failure::Invalid;
        return nullptr;
    }
    const Seller *seller = m_store.sellerById(claims->value(u"sub"_s).toString());
    *failure = seller ? Failure::None : Failure::UnknownSeller;
    return seller;
}

QString TokenService::failureText(Failure f)
{
    switch (f) {
    case Failure::None:
        return {};
    case Failure::Missing:
        return QCoreApplication::translate("bva::clone::TokenService", "No token provided");
    case Failure::Invalid:
        return QCoreApplication::translate("bva::clone::TokenService", "Invalid token");
    case Failure::Expired:
        return QCoreApplication::translate("bva::clone::TokenService", "Token expired");
    case Failure::UnknownSeller:
        return QCoreApplication::translate("bva::clone::TokenService", "User not found");
    }
    return {};
}

} // namespace bva::clone
