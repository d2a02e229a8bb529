#include "refreshgrants.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

QByteArray randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hashOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray RefreshGrants::issue(const QString &family, qint64 nowSecs)
{
    const QByteArray token = "rt_" + randomText(32);
    m_tokens.insert(hashOf(token), Token{family, nowSecs + m_lifetimeSecs, false});
    return token;
}

QByteArray RefreshGrants::start(const QString &sellerId, qint64 nowSecs, QString *family)
{
    *family = QString::fromLatin1("fam_" + randomText(12));
    m_families.insert(*family, Family{sellerId, false});
    return issue(*family, nowSecs);
}

RefreshGrants::Redeemed RefreshGrants::redeem(const QByteArray &token, qint64 nowSecs)
{
    Redeemed r;
    const auto it = m_tokens.find(hashOf(token));
    if (it == m_tokens.end())
        return r;
    r.family = it->family;
    const Family family = m_families.value(it->family);
    r.sellerId = family.sellerId;
    if (family.revoked) {
        r.outcome = Outcome::Revoked;
    } else if (it->used) {
        m_families[it->family].revoked = true;
        r.outcome = Outcome::Reused;
    } else if (it->expiresSecs <= nowSecs) {
        r.outcome = Outcome::Expired;
    } else {
        it->used = true;
        r.outcome = Outcome::Ok;
    }
    return r;
}

QByteArray RefreshGrants::next(const QString &family, qint64 nowSecs)
{
    return issue(family, nowSecs);
}

bool RefreshGrants::isRevoked(const QString &family) const
{
    return m_families.value(family).revoked;
}

int RefreshGrants::revokeSeller(const QString &sellerId)
{
    int count = 0;
    for (auto it = m_families.begin(); it != m_families.end(); ++it) {
        if (it->sellerId == sellerId && !it->revoked) {
            it->revoked = true;
            ++count;
        }
    }
    return count;
}

QJsonObject RefreshGrants::toJson() const
{
    QJsonArray tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        tokens.append(QJsonObject{{u"hash"_s, QString::fromLatin1(it.key())},
                                  {u"family"_s, it->family},
                                  {u"expires"_s, double(it->expiresSecs)},
                                  {u"used"_s, it->used}});
    QJsonArray families;
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it)
        families.append(
            QJsonObject{{u"id"_s, it.key()}, {u"sellerId"_s, it->sellerId}, {u"revoked"_s, it->revoked}});
    return QJsonObject{{u"tokens"_s, tokens}, {u"families"_s, families}};
}

void RefreshGrants::fromJson(const QJsonObject &json)
{
    m_tokens.clear();
    m_families.clear();
    const QJsonArray families = json.value(u"families"_s).toArray();
    for (const auto v : families) {
        const QJsonObject o = v.toObject();
        m_families.insert(o.value(u"id"_s).toString(),
                          Family{o.value(u"sellerId"_s).toString(), o.value(u"revoked"_s).toBool()});
    }
    const QJsonArray tokens = json.value(u"tokens"_s).toArray();
    for (const auto v : tokens) {
        const QJsonObject o = v.toObject();
        m_tokens.insert(o.value(u"hash"_s).toString().toLatin1(),
                        Token{o.value(u"family"_s).toString(), qint64(o.value(u"expires"_s).toDouble()),
                              o.value(u"used"_s).toBool()});
    }
}

} // namespace bva::clone
