// The one HTTP client for marketplace APIs: GETs only (BVA never writes to a marketplace), per-request
// timeout, retries with exponential backoff and full jitter on network errors, timeouts, 5xx and
// bodies that do not parse (cut or garbled answers), typed errors. Lives in one thread (the sync
// worker); callbacks run there.
#pragma once

#include "fetcherror.h"
#include "replylimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcPlatforms)

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace bva {

struct ClientOptions
{
    int timeoutMs = 20000;
    int maxAttempts = 5;
    int retryBaseDelayMs = 200;
    int retryMaxDelayMs = 5000;
    // A Retry-After longer than this fails the call instead of holding the sync (the scheduler comes back).
    int retryAfterMaxMs = 30000;
    ReplyLimits limits;
};

class PlatformClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformClient)
public:
    // Gets a 2xx body; returns nullopt when it is usable, else why not (a Parse error is retried).
    using Accept = std::function<std::optional<FetchError>(const QByteArray &body)>;
    using Failed = std::function<void(const FetchError &error)>;

    PlatformClient(QNetworkAccessManager &nam, ClientOptions options, QObject *parent = nullptr);
    ~PlatformClient() override;

    // Exactly one of accept (returning nullopt) or failed is called, later, unless abortAll() came first.
    void get(const QNetworkRequest &request, Accept accept, Failed failed);
    // Builds the request at each attempt (a signature over a fresh timestamp) and, for a POST, its body.
    using Build = std::function<QNetworkRequest(QByteArray *postBody)>;
    // Reads any answer (any HTTP status) first: the platform's error in it, or nullopt to go on as usual.
    using Check = std::function<std::optional<FetchError>(int httpStatus, const QByteArray &body)>;
    // get() for signed APIs: the same retries, each attempt built anew; `check` maps the platform's own
    // error answers (throttling as 429, an expired access token as 401, …).
    void send(Build build, Check check, Accept accept, Failed failed);
    // Drops every request in flight or waiting for a retry; their callbacks are not called.
    void abortAll();

    int inFlight() const { return int(m_replies.size() + m_timers.size()); }
    int retries() const { return m_retries; }
    // The delay before attempt `attempt` (2, 3, ...): random in [0, min(max, base * 2^(attempt-2))].
    static int backoffDelayMs(int attempt, const ClientOptions &options);
    // Retry-After as delay-seconds or an HTTP date, in ms from `now`; 0 when absent or unreadable.
    static int retryAfterMs(const QByteArray &header, const QDateTime &now);

private:
    struct Call;
    void start(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call, QNetworkReply *reply);
    void retryOrFail(std::shared_ptr<Call> call, const FetchError &error);

    QNetworkAccessManager &m_nam;
    ClientOptions m_options;
    QSet<QNetworkReply *> m_replies;
    QSet<QTimer *> m_timers;
    int m_retries = 0;
};

} // namespace bva
