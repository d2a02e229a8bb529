// A real BVA HTTP host on a free port over a scratch store, and a blocking HTTP client for tests.
#pragma once

#include "appservices.h"
#include "domain/shop.h"
#include "testbackends.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTranslator>
#include <QUrl>
#include <functional>
#include <memory>

namespace bva {
class MemoryVault;
}

namespace bva::test {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// One blocking HTTP exchange (the event loop runs meanwhile, so servers in this process keep answering).
Reply sendRequest(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method,
                  const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                  int timeoutMs = 20000);

struct TestIntegration
{
    qint64 integrationId = 0;
    qint64 shopId = 0; // BVA row id
    QString shopExternalId;
    QByteArray token;
    QByteArray secret; // whsec_…
};

class TestServer final
{
public:
    // backend "sqlite" or "postgres"; null and *why set when the store cannot be made.
    static std::unique_ptr<TestServer> start(const QString &backend, QString *why, int ratePerSecond = 0,
                                             QStringList corsOrigins = {});
    // With the configuration adjusted first (password workers, trusted proxies, …).
    static std::unique_ptr<TestServer> start(const QString &backend, QString *why,
                                             const std::function<void(AppConfig &)> &tune);
    // A second server process-alike on the same store as `other` (its own services, vault and port;
    // on PostgreSQL live updates between the two ride LISTEN/NOTIFY).
    static std::unique_ptr<TestServer> startSharing(const TestServer &other, QString *why);
    ~TestServer();

    AppServices &services() { return *m_services; }
    Database &db() { return m_services->database(); }
    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QByteArray &session = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QByteArray &session = {});
    Reply webhook(const QString &topic, const QByteArray &body, const QByteArray &token);

    // A user with a session token.
    std::pair<qint64, QByteArray> registerUser(const QString &email);
    // A shop, its integration (token + signing secret in the vault) and ADMIN access for `userId`. A
    // `token` given is used as is (one marketplace account's token serving several shops), else a new one.
    TestIntegration addIntegration(Platform platform, const QString &shopExternalId, qint64 userId = 0,
                                   const QByteArray &token = {});

private:
    TestServer() = default;
    static std::unique_ptr<TestServer> launch(std::unique_ptr<TestServer> server, const QString &url,
                                              QString *why, const std::function<void(AppConfig &)> &tune);
    QString m_url;
    std::shared_ptr<bva::MemoryVault> m_vault;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<AppServices> m_services;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};

// The app's compiled translation of `language` ("fil", "id") installed for this object's lifetime, as the
// desktop does when the seller picks a language: the in-process server then answers in it.
class ScopedTranslation final
{
public:
    explicit ScopedTranslation(const QString &language);
    ~ScopedTranslation();
    bool installed() const { return m_installed; }
    QString path() const { return m_path; }

private:
    QTranslator m_translator;
    QString m_path;
    bool m_installed = false;
};

} // namespace bva::test
