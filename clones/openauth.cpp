#include "openauth.h"

#include "clock.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

constexpr qint64 kCodeLifetimeSecs = 600;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString page(const QString &title, const QString &body)
{
    return u"<!doctype html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped() +
           u"</title><style>body{font-family:sans-serif;background:#f5f5f5;margin:0}"
           "main{max-width:420px;margin:48px auto;background:#fff;padding:24px;border-radius:8px;"
           "box-shadow:0 1px 4px #0002}label{display:block;margin:12px 0 4px}input[type=email],"
           "input[type=password]{width:100%;padding:8px;box-sizing:border-box}button{margin:16px 8px 0 0;"
           "padding:8px 16px}.error{color:#b00020}</style></head><body><main><h1>"_s +
           title.toHtmlEscaped() + u"</h1>"_s + body + u"</main></body></html>"_s;
}

HttpResponse html(int status, const QString &text)
{
    return HttpResponse::text(status, text.toUtf8(), "text/html; charset=utf-8");
}

} // namespace

QUrlQuery formBody(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

HttpRequest withFormQuery(const HttpRequest &request)
{
    HttpRequest r = request;
    const qsizetype at = request.target.indexOf('?');
    r.query = at < 0 ? QUrlQuery() : formBody(request.target.mid(at + 1));
    return r;
}

OpenAuth::OpenAuth(const CloneStore &store, const OpenPlatformConfig &config)
    : m_store(store)
    , m_config(config)
{}

QString OpenAuth::platformName() const
{
    return m_config.kind == OpenKind::Shopee ? tr("Shopee Open Platform") : tr("Lazada Open Platform");
}

HttpResponse OpenAuth::errorPage(int status, const QString &title, const QString &text)
{
    return html(status, page(title, u"<p class=\"error\">"_s + text.toHtmlEscaped() + u"</p>"_s));
}

HttpResponse OpenAuth::loginPage(const Flow &flow, const QString &problem) const
{
    QString body =
        u"<p>"_s +
        tr("Log in with your seller account to authorize the app to read your shop.").toHtmlEscaped() +
        u"</p>"_s;
    if (!problem.isEmpty())
        body += u"<p class=\"error\">"_s + problem.toHtmlEscaped() + u"</p>"_s;
    body += u"<form method=\"post\" action=\""_s + flow.actionTarget.toHtmlEscaped() +
            u"\"><input type=\"hidden\" name=\"step\" value=\"login\"><label for=\"email\">"_s +
            tr("Email").toHtmlEscaped() +
            u"</label><input id=\"email\" name=\"email\" type=\"email\" required autofocus>"
            "<label for=\"password\">"_s +
            tr("Password").toHtmlEscaped() +
            u"</label><input id=\"password\" name=\"password\" type=\"password\" required>"
            "<button type=\"submit\">"_s +
            tr("Log in").toHtmlEscaped() + u"</button></form>"_s;
    return html(problem.isEmpty() ? 200 : 401, page(platformName(), body));
}

HttpResponse OpenAuth::consentPage(const Flow &flow, const Seller &seller, const QString &ticket) const
{
    QString body = u"<p>"_s +
                   tr("%1, the app asks to read your orders, products and shop information.")
                       .arg(seller.name())
                       .toHtmlEscaped() +
                   u"</p><form method=\"post\" action=\""_s + flow.actionTarget.toHtmlEscaped() +
                   u"\"><input type=\"hidden\" name=\"step\" value=\"consent\">"
                   "<input type=\"hidden\" name=\"ticket\" value=\""_s +
                   ticket + u"\"><fieldset><legend>"_s + tr("Shop to authorize").toHtmlEscaped() +
                   u"</legend>"_s;
    bool first = true;
    for (const Shop *shop : m_store.shopsOf(seller)) {
        const QString number = QString::number(OpenIds::shopNumber(shop->id));
        body += u"<label><input type=\"radio\" name=\"shop_id\" value=\""_s + number + u"\""_s +
                (first ? u" checked"_s : QString()) + u"> "_s +
                QString(shop->name + u" ("_s + shop->currency + u')').toHtmlEscaped() + u"</label>"_s;
        first = false;
    }
    body += u"</fieldset><button type=\"submit\" name=\"decision\" value=\"authorize\">"_s +
            tr("Confirm authorization").toHtmlEscaped() +
            u"</button><button type=\"submit\" name=\"decision\" value=\"cancel\">"_s +
            tr("Cancel").toHtmlEscaped() + u"</button></form>"_s;
    return html(200, page(platformName(), body));
}

HttpResponse OpenAuth::redirectTo(const Flow &flow, const QList<QPair<QString, QString>> &items) const
{
    QUrl target = flow.redirect;
    QUrlQuery q(target);
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(q);
    HttpResponse r = HttpResponse::text(302, {}, "text/plain");
    r.addHeader("Location", target.toEncoded());
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse OpenAuth::handle(const HttpRequest &r, const Flow &flow)
{
    if (r.method == "GET")
        return loginPage(flow, {});
    if (r.method != "POST")
        return errorPage(405, platformName(), tr("Method not allowed"));
    const qint64 now = Clock::nowSecs();
    const QUrlQuery form = formBody(r.body);
    const QString step = form.queryItemValue(u"step"_s, QUrl::FullyDecoded);
    if (step == u"login") {
        const Seller *seller =
            m_store.sellerByEmail(form.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed());
        if (!seller || seller->password != form.queryItemValue(u"password"_s, QUrl::FullyDecoded))
            return loginPage(flow, tr("Wrong email or password."));
        const QString ticket = randomHex(16);
        m_tickets.insert(ticket, Ticket{seller->id, now + kCodeLifetimeSecs});
        return consentPage(flow, *seller, ticket);
    }
    if (step != u"consent")
        return loginPage(flow, {});
    const Ticket ticket = m_tickets.take(form.queryItemValue(u"ticket"_s));
    const Seller *seller = m_store.sellerById(ticket.sellerId);
    if (!seller || ticket.expiresSecs < now)
        return loginPage(flow, tr("The session expired; log in again."));
    QList<QPair<QString, QString>> items;
    if (form.queryItemValue(u"decision"_s) != u"authorize") {
        items.append({u"error"_s, u"access_denied"_s});
        if (!flow.withShopId)
            items.append({u"state"_s, flow.state});
        return redirectTo(flow, items);
    }
    const qint64 shopNumber = form.queryItemValue(u"shop_id"_s).toLongLong();
    const Shop *shop = nullptr;
    for (const Shop *owned : m_store.shopsOf(*seller)) {
        if (OpenIds::shopNumber(owned->id) == shopNumber)
            shop = owned;
    }
    if (!shop)
        return errorPage(400, platformName(), tr("Pick one of your shops."));
    m_codes.removeIf([now](const auto &entry) { return entry.value().expiresSecs < now; }); // the stale ones
    const QString code = randomHex(16);
    m_codes.insert(code, Issued{Code{seller->id, shop->id}, now + kCodeLifetimeSecs});
    items.append({u"code"_s, code});
    if (flow.withShopId)
        items.append({u"shop_id"_s, QString::number(shopNumber)});
    else
        items.append({u"state"_s, flow.state});
    return redirectTo(flow, items);
}

std::optional<OpenAuth::Code> OpenAuth::redeem(const QString &code)
{
    if (!m_codes.contains(code))
        return std::nullopt;
    const Issued issued = m_codes.take(code);
    if (issued.expiresSecs < Clock::nowSecs())
        return std::nullopt;
    return issued.code;
}

} // namespace bva::clone
