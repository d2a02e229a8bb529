#include "accessgrant.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bva {

bool AccessGrant::dueForRenewal(const QDateTime &now) const
{
    if (!renewable() || !expiresAt.isValid())
        return false;
    const qint64 lifetimeMs =
        obtainedAt.isValid() ? std::max<qint64>(0, obtainedAt.msecsTo(expiresAt)) : 20 * 60 * 1000;
    const qint64 marginMs = std::min<qint64>(lifetimeMs / 4, 5 * 60 * 1000);
    return now.msecsTo(expiresAt) <= marginMs;
}

QByteArray AccessGrant::toVault() const
{
    const auto ms = [](const QDateTime &t) { return t.isValid() ? double(t.toMSecsSinceEpoch()) : 0.0; };
    return QJsonDocument(QJsonObject{{u"v"_s, 1},
                                     {u"access"_s, QString::fromLatin1(accessToken)},
                                     {u"refresh"_s, QString::fromLatin1(refreshToken)},
                                     {u"expiresAtMs"_s, ms(expiresAt)},
                                     {u"obtainedAtMs"_s, ms(obtainedAt)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<AccessGrant> AccessGrant::fromVault(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(u"v"_s).toInt() != 1 || o.value(u"access"_s).toString().isEmpty())
        return std::nullopt;
    const auto time = [&o](const QString &key) {
        const qint64 ms = qint64(o.value(key).toDouble());
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    };
    AccessGrant g;
    g.accessToken = o.value(u"access"_s).toString().toLatin1();
    g.refreshToken = o.value(u"refresh"_s).toString().toLatin1();
    g.expiresAt = time(u"expiresAtMs"_s);
    g.obtainedAt = time(u"obtainedAtMs"_s);
    return g;
}

QString AccessGrant::vaultKey(const QString &tokenRef)
{
    if (tokenRef.endsWith(u"/token"))
        return tokenRef.chopped(6) + u"/grant"_s;
    return tokenRef + u".grant"_s;
}

} // namespace bva
