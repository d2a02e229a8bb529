// Runs the marketplace simulator (bva-clone) for a test: starts it on a free port, waits for
// its JSON ready line, exposes the site URL and seller credentials, and stops it when destroyed.
//
//     bva::test::CloneProcess clone({.flavor = u"lazada"_s, .products = 20});
//     QVERIFY2(clone.start(), qPrintable(clone.errorString()));
//     auto reply = clone.request("GET", u"/api/orders/seller/"_s + clone.shopId(), {}, clone.token());
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace bva::test {

struct CloneOptions
{
    QString flavor = QStringLiteral("shopee"); // "shopee" or "lazada"
    quint64 seed = 20251111;
    int products = 30;
    int days = 60;
    double ordersPerDay = 10;
    int sellers = 2;       // the second seller/shop is there for "another shop" tests
    QString endDate;       // yyyy-MM-dd: fully repeatable data; empty: history ends now
    QUrl webhookUrl;       // BVA webhook base, e.g. http://127.0.0.1:PORT/api/webhooks
    QString webhookSecret; // whsec_<base64> or raw; signs server-side webhooks
    double liveRate = 0;   // server-side events per second
    QString dataFile;      // --data FILE
    QStringList extraArgs; // e.g. {u"--fault-numbers-as-strings"_s}
    int port = 0;          // 0: the simulator picks a free port and reports it
    int startTimeoutMs = 60000;
};

struct CloneReply
{
    int status = 0; // HTTP status, 0 on network error
    QByteArray body;
    QJsonDocument json; // null if the body is not JSON
    QString networkError;
    QJsonObject object() const { return json.object(); }
    QJsonValue data() const { return json.object().value(QStringLiteral("data")); }
};

class CloneProcess final
{
    Q_DISABLE_COPY_MOVE(CloneProcess)
public:
    explicit CloneProcess(CloneOptions options = {});
    ~CloneProcess(); // stops the simulator

    // Starts bva-clone and waits for its ready line. On failure errorString() includes its stderr.
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl url() const { return m_url; } // http://127.0.0.1:PORT
    quint16 port() const { return quint16(m_url.port()); }
    QString flavor() const { return m_options.flavor; }
    QString sellerEmail() const;
    QString sellerPassword() const;
    QString shopId() const;
    QString shopName() const;
    QString userId() const;
    QByteArray token() const;            // the main seller's bearer token
    QJsonObject seller(int index) const; // {id,email,password,shopId,shopName,token}
    QJsonObject readyLine() const { return m_ready; }
    QString stderrText() const { return QString::fromUtf8(m_stderr); }

    // Synchronous HTTP against the simulator (spins the event loop; timeout in ms).
    CloneReply request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                       const QByteArray &bearer = {}, int timeoutMs = 30000) const;
    CloneReply get(const QString &pathAndQuery, const QByteArray &bearer = {}) const
    {
        return request("GET", pathAndQuery, {}, bearer);
    }
    // POST /__admin/<path> with a JSON body; returns "data".
    QJsonValue admin(const QString &path, const QJsonObject &body = {}) const;
    bool setFaults(const QJsonObject &faults) const;                            // POST /__admin/faults
    QByteArray issueToken(qint64 ttlSeconds, const QString &shopId = {}) const; // <= 0: already expired
    QJsonObject addSeller(const QJsonObject &body = {}) const; // new seller + shop, with its token

    static QString binaryPath();

private:
    CloneOptions m_options;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QJsonObject m_ready;
    QUrl m_url;
    QString m_error;
};

} // namespace bva::test
