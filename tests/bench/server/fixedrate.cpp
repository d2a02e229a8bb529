// Fixed-rate webhook load with latency percentiles (wrk2 is not packaged): sends RATE requests per
// second for SECONDS over CONNS keep-alive connections. Latency is measured from the moment each
// request was due, so a stalled server is not hidden (no coordinated omission).
// Usage: bva-bench-fixedrate HOST PORT RATE SECONDS CONNS TOKEN SHOP [products|orders]
// (products/created, the default, or orders/created with 1-3 lines, as webhook-orders.lua sends)
// BVA_BENCH_TRACE=FILE: one line per answered request, "number connection due sent answered" (ns, monotonic),
// for tests/bench/server/slow-requests.py beside bva-server's BVA_TRACE_DELIVERIES.
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <array>
#include <cstdio>
#include <deque>
#include <time.h>
#include <vector>

namespace {

struct Conn
{
    QTcpSocket *socket = nullptr;
    std::deque<qint64> due;    // due times (ns) of requests sent and not yet answered
    std::deque<qint64> number; // and their numbers
    QByteArray buffer;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 8) {
        std::fprintf(stderr, "usage: %s HOST PORT RATE SECONDS CONNS TOKEN SHOP [products|orders]\n",
                     argv[0]);
        return 2;
    }
    const QString host = QString::fromLocal8Bit(argv[1]);
    const quint16 port = quint16(QByteArray(argv[2]).toUInt());
    const double rate = QByteArray(argv[3]).toDouble();
    const int seconds = QByteArray(argv[4]).toInt();
    const int connCount = std::max(1, QByteArray(argv[5]).toInt());
    const QByteArray token = argv[6];
    const QByteArray shop = argv[7];
    const bool orders = argc > 8 && QByteArray(argv[8]) == "orders";
    const qint64 total = qint64(rate * seconds);
    const qint64 intervalNs = qint64(1e9 / rate);

    std::vector<Conn> conns(static_cast<size_t>(connCount));
    std::vector<qint64> latencies;
    latencies.reserve(size_t(total));
    qint64 sent = 0, errors = 0;
    QElapsedTimer clock;
    const QByteArray run = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    // BVA_BENCH_STALL_MS: each request slower than that is printed with its due time on the monotonic
    // clock, to set beside bva-server's BVA_TRACE_SLOW_MS log (util/slowtrace.h).
    const qint64 stallNs = qint64(qEnvironmentVariableIntValue("BVA_BENCH_STALL_MS")) * 1000000;
    qint64 startNs = 0;
    int stallsShown = 0;
    const QByteArray tracePath = qgetenv("BVA_BENCH_TRACE");
    std::vector<qint64> sentAt(tracePath.isEmpty() ? 0 : size_t(total), 0);
    std::vector<std::array<qint64, 5>> traced;
    traced.reserve(tracePath.isEmpty() ? 0 : size_t(total));

    const QByteArray created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    auto orderBody = [&](qint64 n) -> QByteArray {
        QByteArray lines;
        qint64 total = 0;
        for (qint64 k = 1; k <= 1 + n % 3; ++k) {
            const qint64 p = (n * 7 + k * 13) % 500, qty = 1 + (n + k) % 3, price = 100 + p;
            total += qty * price;
            lines += QByteArray(lines.isEmpty() ? "" : ",") + "{\"productId\":\"BP-" + QByteArray::number(p) +
                     "\",\"productName\":\"Bench product " + QByteArray::number(p) +
                     "\",\"quantity\":" + QByteArray::number(qty) +
                     ",\"price\":" + QByteArray::number(price) +
                     ".00,\"subtotal\":" + QByteArray::number(qty * price) + ".00}";
        }
        const QByteArray id = "FO-" + run + '-' + QByteArray::number(n);
        return "{\"id\":\"" + id + "\",\"orderId\":\"" + id + "\",\"shopId\":\"" + shop + "\",\"items\":[" +
               lines + "],\"total\":" + QByteArray::number(total) +
               ".00,\"status\":\"PENDING\",\"customerName\":\"Fixed rate buyer\","
               "\"customerEmail\":\"buyer@example.com\",\"createdAt\":\"" +
               created + "\"}";
    };
    auto request = [&](qint64 n) -> QByteArray {
        const QByteArray body =
            orders ? orderBody(n)
                   : "{\"id\":\"F-" + run + '-' + QByteArray::number(n) + "\",\"shopId\":\"" + shop +
                         "\",\"name\":\"Fixed rate\",\"price\":\"10.50\",\"cost\":\"6.25\",\"stock\":" +
                         QByteArray::number(n % 100) + '}';
        return "POST /api/webhooks/" + QByteArray(orders ? "orders" : "products") +
               "/created HTTP/1.1\r\nHost: " + host.toLatin1() + "\r\nAuthorization: Bearer " + token +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    };

    int connected = 0;
    for (Conn &c : conns) {
        c.socket = new QTcpSocket(&app);
        c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(c.socket, &QTcpSocket::connected, &app, [&] { ++connected; });
        QObject::connect(c.socket, &QTcpSocket::readyRead, &app, [&, conn = &c] {
            conn->buffer += conn->socket->readAll();
            for (;;) {
                const qsizetype headerEnd = conn->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = conn->buffer.left(headerEnd).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const qsizetype length =
                    cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                if (conn->buffer.size() < headerEnd + 4 + length)
                    return;
                if (!head.startsWith("http/1.1 2"))
                    ++errors;
                conn->buffer.remove(0, headerEnd + 4 + length);
                if (!conn->due.empty()) {
                    latencies.push_back(clock.nsecsElapsed() - conn->due.front());
                    if (stallNs > 0 && latencies.back() > stallNs && stallsShown++ < 1000)
                        std::printf(
                            "slow: due at %.1f ms (monotonic), answered after %.1f ms, connection %d\n",
                            double(startNs + conn->due.front()) / 1e6, double(latencies.back()) / 1e6,
                            int(conn - conns.data()));
                    if (!tracePath.isEmpty())
                        traced.push_back(
                            {conn->number.front(), qint64(conn - conns.data()), startNs + conn->due.front(),
                             startNs + sentAt[size_t(conn->number.front())], startNs + clock.nsecsElapsed()});
                    conn->number.pop_front();
                    conn->due.pop_front();
                }
                if (qint64(latencies.size()) + errors >= total)
                    app.quit();
            }
        });
        c.socket->connectToHost(host, port);
    }
    while (connected < connCount) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }

    clock.start();
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        startNs = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        while (sent < total && sent * intervalNs <= now) {
            Conn &c = conns[size_t(sent % connCount)];
            c.due.push_back(sent * intervalNs);
            c.number.push_back(sent);
            if (!tracePath.isEmpty())
                sentAt[size_t(sent)] = clock.nsecsElapsed();
            c.socket->write(request(sent));
            ++sent;
        }
        if (sent >= total)
            ticker.stop();
    });
    ticker.start(1);
    QTimer::singleShot((seconds + 30) * 1000, &app, [&] { app.quit(); });
    app.exec();

    if (FILE *f = tracePath.isEmpty() ? nullptr : std::fopen(tracePath.constData(), "w")) {
        for (const auto &r : traced)
            std::fprintf(f, "%lld %lld %lld %lld %lld\n", r[0], r[1], r[2], r[3], r[4]);
        std::fclose(f);
    }
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) {
        if (latencies.empty())
            return 0.0;
        return double(latencies[std::min(latencies.size() - 1, size_t(p * double(latencies.size())))]) / 1e6;
    };
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    std::printf(
        "rate %.0f/s for %ds: %zu answered, %lld errors, achieved %.0f/s; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f\n",
        rate, seconds, latencies.size(), errors, double(latencies.size()) / elapsed, pct(0.50), pct(0.90),
        pct(0.99), latencies.empty() ? 0.0 : double(latencies.back()) / 1e6);
    return latencies.size() + size_t(errors) >= size_t(total) && errors == 0 ? 0 : 1;
}
