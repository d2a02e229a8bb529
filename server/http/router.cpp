#include "router.h"

#include <algorithm>

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

QString loggablePath(const QString &path)
{
    QStringList parts = path.split(u'/');
    for (QString &part : parts) {
        if (part.size() >= 32)
            part = u"(hidden)"_s;
    }
    return parts.join(u'/');
}

static QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool Router::matches(const Route &route, const QStringList &parts)
{
    if (route.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &seg = route.segments.at(i);
        if (!seg.startsWith(u':') && seg != parts.at(i))
            return false;
    }
    return true;
}

void Router::add(HttpRequest::Method method, const QString &pattern, Handler handler)
{
    QStringList segments = splitPath(pattern);
    const bool exact = std::none_of(segments.cbegin(), segments.cend(),
                                    [](const QString &seg) { return seg.startsWith(u':'); });
    if (exact) {
        const bool shadowed = std::any_of(m_routes.cbegin(), m_routes.cend(), [&](const Route &r) {
            return r.method == method && matches(r, segments);
        });
        if (!shadowed)
            m_exact.insert({int(method), u'/' + segments.join(u'/')}, m_routes.size());
    }
    m_routes.append({method, std::move(segments), std::move(handler)});
}

QStringList Router::routeNames() const
{
    QStringList out;
    out.reserve(m_routes.size());
    for (const Route &r : m_routes)
        out.append(methodName(r.method) + u" /"_s + r.segments.join(u'/'));
    return out;
}

Router::Match Router::match(HttpRequest &request, Handler *handler) const
{
    const QString &path = request.path;
    if (path.startsWith(u'/') && !path.endsWith(u'/') && !path.contains(u"//"_s)) {
        if (const auto it = m_exact.constFind({int(request.method), path}); it != m_exact.cend()) {
            request.params.clear();
            *handler = m_routes.at(*it).handler;
            return Match::Found;
        }
    }
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
