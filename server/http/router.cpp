#include "router.h"

using namespace Qt::StringLiterals;

namespace bva {

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return {};
    return value.mid(7).trimmed();
}

QHostAddress plainAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
}

QString HttpRequest::client() const
{
    const QHostAddress a = clientAddress.isNull() ? remoteAddress : clientAddress;
    return plainAddress(a).toString();
}

QString methodName(HttpRequest::Method m)
{
    switch (m) {
    case HttpRequest::Method::Get:
        return u"GET"_s;
    case HttpRequest::Method::Post:
        return u"POST"_s;
    case HttpRequest::Method::Put:
        return u"PUT"_s;
    case HttpRequest::Method::Delete:
        return u"DELETE"_s;
    case HttpRequest::Method::Patch:
        return u"PATCH"_s;
    case HttpRequest::Method::Options:
        return u"OPTIONS"_s;
    case HttpRequest::Method::Head:
        return u"HEAD"_s;
    case HttpRequest::Method::Other:
        break;
    }
    return u"OTHER"_s;
}

static QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(HttpRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append({method, splitPath(pattern), std::move(handler)});
}

Router::Match Router::match(HttpRequest &request, Handler *handler) const
{
    const QStringList parts = splitPath(request.path);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(u':'))
                params.insert(seg.mid(1), parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        request.params = std::move(params);
        *handler = route.handler;
        return Match::Found;
    }
    return pathMatched ? Match::MethodNotAllowed : Match::NotFound;
}

} // namespace bva
