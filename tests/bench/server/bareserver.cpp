// The ceiling for the webhook benchmark: a bare QHttpServer that answers {"success":true} to any
// POST under /api/webhooks/ and does nothing else. Usage: bva-bench-bare-server PORT
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 3999;
    QHttpServer server;
    server.route(u"/api/webhooks/<arg>/<arg>"_s, QHttpServerRequest::Method::Post,
                 [](const QString &, const QString &) {
                     return QHttpServerResponse(QJsonObject{{u"success"_s, true}});
                 });
    if (server.listen(QHostAddress::LocalHost, port) == 0) {
        std::fprintf(stderr, "cannot listen on %u\n", unsigned(port));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
