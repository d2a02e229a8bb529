#include "sitepages.h"

#include "datagenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bva::clone {

SitePages::SitePages(const CloneStore &store, const Faults &faults, const WebhookSender &sender)
    : m_store(store)
    , m_faults(faults)
    , m_sender(sender)
{}

QByteArray SitePages::resource(const QString &name)
{
    QFile f(u":/clone/web/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::optional<HttpResponse> SitePages::handle(const HttpRequest &r) const
{
    if (r.method != "GET" && r.method != "HEAD")
        return std::nullopt;
    QString path = r.path;
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/" || path == u"/index.html")
        return page(u"home"_s, u"Home"_s);
    if (path == u"/seller-login" || path == u"/login")
        return page(u"login"_s, u"Seller login"_s);
    if (path == u"/bva-integration-check")
        return page(u"consent"_s, u"Connect BVA"_s);
    if (path == u"/seller/products" || path == u"/seller")
        return page(u"products"_s, u"Products"_s);
    if (path == u"/seller/orders")
        return page(u"orders"_s, u"Orders"_s);
    if (path == u"/shop")
        return page(u"shop"_s, u"Shop"_s);
    if (path == u"/config.js")
        return configJs();
    if (path == u"/assets/app.js")
        return HttpResponse::text(200, resource(u"app.js"_s), "text/javascript; charset=utf-8");
    if (path == u"/assets/site.css")
        return HttpResponse::text(200, resource(u"site.css"_s), "text/css; charset=utf-8");
    if (path.startsWith(u"/images/") && path.endsWith(u".svg"))
        return image(path.mid(8, path.size() - 12));
    if (path == u"/favicon.ico")
        return HttpResponse::text(204, {}, "image/x-icon");
    return std::nullopt;
}

HttpResponse SitePages::page(const QString &name, const QString &title) const
{
    const Flavor f = m_store.flavor();
    QString html = QString::fromUtf8(resource(u"layout.html"_s));
    html.replace(u"{{CONTENT}}"_s, QString::fromUtf8(resource(name + u".html"_s)));
    html.replace(u"{{TITLE}}"_s, title);
    html.replace(u"{{BRAND}}"_s, f == Flavor::Shopee ? u"Shopee Clone"_s : u"Lazada Clone"_s);
    html.replace(u"{{LOGO}}"_s, f == Flavor::Shopee ? u"S"_s : u"L"_s);
    html.replace(u"{{FLAVOR}}"_s, flavorName(f));
    html.replace(u"{{PAGE}}"_s, name);
    HttpResponse r = HttpResponse::text(200, html.toUtf8(), "text/html; charset=utf-8");
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse SitePages::configJs() const
{
    const Flavor f = m_store.flavor();
    QJsonArray statuses;
    for (const auto s : {OrderStatus::Pending, OrderStatus::Unpaid, OrderStatus::ToShip,
                         OrderStatus::ToReceive, OrderStatus::Completed, OrderStatus::Cancelled,
                         OrderStatus::Returned, OrderStatus::Refunded, OrderStatus::Failed}) {
        const QString text = statusText(f, s);
        if (!statuses.contains(text))
            statuses.append(text);
    }
    const Shop main = m_store.shops().value(0);
    const QJsonObject config{
        {u"flavor"_s, flavorName(f)},
        {u"platform"_s, loginPlatform(f)},
        {u"messagePrefix"_s, messagePrefix(f)},
        {u"webhookUrl"_s, m_sender.enabled() ? m_sender.baseUrl().toString() : QString()},
        {u"mainShopId"_s, main.id},
        {u"mainShopName"_s, main.name},
        {u"demoEmail"_s, m_store.sellers().isEmpty() ? QString() : m_store.sellers().first().email},
        {u"demoPassword"_s, m_store.sellers().isEmpty() ? QString() : m_store.sellers().first().password},
        {u"duplicateWebhooks"_s, m_faults.duplicateWebhooks},
        {u"deniedMessage"_s, m_faults.deniedMessage},
        {u"statuses"_s, statuses}};
    const QByteArray js =
        "window.CLONE_CONFIG = " + QJsonDocument(config).toJson(QJsonDocument::Compact) + ";\n";
    HttpResponse r = HttpResponse::text(200, js, "text/javascript; charset=utf-8");
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse SitePages::image(const QString &sku) const
{
    // A placeholder picture per SKU: the category colour and the product's initials.
    static const char *colours[] = {"#f6a04d", "#e76f51", "#2a9d8f", "#8ab17d",
                                    "#c77dff", "#4d96ff", "#ff6b9a"};
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : sku)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    QString initials = sku.left(2).toHtmlEscaped();
    const QByteArray svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\" viewBox=\"0 0 400 400\">"
        "<rect width=\"400\" height=\"400\" fill=\"" +
        QByteArray(colours[h % 7]) +
        "\"/>"
        "<text x=\"200\" y=\"230\" font-family=\"Arial\" font-size=\"120\" text-anchor=\"middle\" "
        "fill=\"#fff\">" +
        initials.toUtf8() + "</text></svg>";
    HttpResponse r = HttpResponse::text(200, svg, "image/svg+xml");
    r.addHeader("Cache-Control", "max-age=86400");
    return r;
}

} // namespace bva::clone
