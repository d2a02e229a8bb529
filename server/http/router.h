// Method + path pattern routing ("/api/products/:id"). Handlers get the request with its ":name"
// captures filled in and a reply they may send at once or keep and send later.
#pragma once

#include "httpreply.h"
#include "httprequest.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace bva {

class Router final
{
public:
    using Handler = std::function<void(HttpRequest &request, HttpReply reply)>;

    void add(HttpRequest::Method method, const QString &pattern, Handler handler);
    // Every route as "METHOD /pattern", in the order added: what tst_api's access walk must cover.
    QStringList routeNames() const;

    enum class Match { Found, MethodNotAllowed, NotFound };
    // On Found, fills request.params and *handler.
    Match match(HttpRequest &request, Handler *handler) const;

private:
    struct Route
    {
        HttpRequest::Method method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &parts);

    QList<Route> m_routes;
    // Routes without captures by (method, path), when the scan would find them first: a request on
    // such a path (in its plain form) is routed without splitting it or trying every route.
    QHash<std::pair<int, QString>, qsizetype> m_exact;
};

} // namespace bva
