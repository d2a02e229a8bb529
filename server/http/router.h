// Method + path pattern routing ("/api/products/:id"). Handlers get the request with its ":name"
// captures filled in and a reply they may send at once or keep and send later.
#pragma once

#include "httpreply.h"
#include "httprequest.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace bva {

class Router final
{
public:
    using Handler = std::function<void(HttpRequest &request, HttpReply reply)>;

    void add(HttpRequest::Method method, const QString &pattern, Handler handler);

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
    QList<Route> m_routes;
};

} // namespace bva
