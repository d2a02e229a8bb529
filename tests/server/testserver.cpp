#include "testserver.h"

#include "auth/secretvault.h"
#include "auth/vaultkeys.h"
#include "memoryvault.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bva::test {

std::unique_ptr<TestServer> TestServer::start(const QString &backend, QString *why, int ratePerSecond, QStringList corsOrigins)
{
    std::unique_ptr<TestServer> server(new TestServer);
    server->m_scratch = ScratchDatabase::create(backend, why);
    if (!server->m_scratch)
        return nullptr;
    AppConfig config;
    config.databaseUrl = server->m_scratch->url();
    config.http.port = 0;
    config.http.corsOrigins = corsOrigins.isEmpty() ? QStringList{u"http://localhost:5173"_s, u"http://localhost:3001"_s}
                                                    : corsOrigins;
    config.webhookRatePerSecond = ratePerSecond;
    config.passwordStrength = PasswordHasher::Strength::Minimal;
    server->m_services = std::make_unique<AppServices>(
        config, [] { return Result<std::unique_ptr<SecretVault>>(std::make_unique<MemoryVault>()); });
    if (auto r = server->m_services->open(); !r) {
        *why = r.error().message;
        return nullptr;
    }
    auto port = server->m_services->startHttp();
    if (!port) {
        *why = port.error().message;
        return nullptr;
    }
    server->m_port = *port;
    return server;
}

TestServer::~TestServer()
{
    if (m_services)
        m_services->stopHttp();
    m_services.reset();
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + path);
}

Reply TestServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return sendRequest(m_nam, url(path), method, body, headers);
}

Reply sendRequest(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method, const QByteArray &body,
                  const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(timeoutMs);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

Reply TestServer::get(const QString &path, const QByteArray &session)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!session.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + session);
    return send("GET", path, {}, headers);
}

Reply TestServer::postJson(const QString &path, const QJsonObject &body, const QByteArray &session)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!session.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + session);
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply TestServer::webhook(const QString &topic, const QByteArray &body, const QByteArray &token)
{
    return send("POST", u"/api/webhooks/"_s + topic, body, {{"Authorization", "Bearer " + token}});
}

std::pair<qint64, QByteArray> TestServer::registerUser(const QString &email)
{
    const Reply r = postJson(u"/api/auth/register"_s, {{u"email"_s, email}, {u"password"_s, u"correct horse"_s}, {u"name"_s, u"T"_s}});
    const QJsonObject data = r.json.value(u"data"_s).toObject();
    return {qint64(data.value(u"user"_s).toObject().value(u"id"_s).toDouble()), data.value(u"token"_s).toString().toUtf8()};
}

TestIntegration TestServer::addIntegration(Platform platform, const QString &shopExternalId, qint64 userId)
{
    TestIntegration t;
    Shop shop;
    shop.platform = platform;
    shop.externalId = shopExternalId;
    shop.name = u"Shop "_s + shopExternalId;
    auto stored = ShopRepository(db()).upsert(shop);
    Q_ASSERT(stored.ok());
    t.shopId = stored->id;
    t.shopExternalId = shopExternalId;
    if (userId)
        (void)ShopRepository(db()).grantAccess(userId, t.shopId, ShopRole::Admin);
    t.token = "tok-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    t.secret = "whsec_" + QUuid::createUuid().toRfc4122().toBase64();
    SecretVault &vault = m_services->vault();
    const QString tokenRef = u"integration/"_s + QString::number(t.shopId) + u"/token"_s;
    const QString secretRef = u"integration/"_s + QString::number(t.shopId) + u"/webhook-secret"_s;
    (void)vault.store(tokenRef, t.token);
    (void)vault.store(secretRef, t.secret);
    Integration i;
    i.shopId = t.shopId;
    i.ownerUserId = userId;
    i.platform = platform;
    i.tokenRef = tokenRef;
    i.tokenLookup = tokenLookupKey(m_services->tokenLookupKey(), t.token);
    i.webhookSecretRef = secretRef;
    i.state = IntegrationState::Connected;
    auto saved = IntegrationRepository(db()).save(i);
    Q_ASSERT(saved.ok());
    t.integrationId = saved->id;
    return t;
}

ScopedTranslation::ScopedTranslation(const QString &language)
    : m_path(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s)
{
    m_installed = m_translator.load(m_path) && QCoreApplication::installTranslator(&m_translator);
}

ScopedTranslation::~ScopedTranslation()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

} // namespace bva::test
