// bva-clone: the Shopee-like / Lazada-like marketplace simulator BVA connects to.
#include "cloneconfig.h"
#include "cloneserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bva-clone"_s);
    QCoreApplication::setApplicationVersion(u"" BVA_VERSION ""_s);

    QString error;
    const auto config = bva::clone::CloneConfigParser::parse(app.arguments(), &error);
    if (!config) {
        std::fprintf(stderr, "bva-clone: %s\n", qPrintable(error));
        return 2;
    }

    bva::clone::CloneServer server(*config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "bva-clone: %s\n", qPrintable(error));
        return 1;
    }

    // SIGTERM/SIGINT end the event loop so pending state is saved (--data).
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    // "ready" first, so a script can also just look for a line starting with {"ready":true.
    QJsonObject info = server.readyInfo();
    info.remove(u"ready"_s);
    QByteArray ready = QJsonDocument(info).toJson(QJsonDocument::Compact);
    ready.insert(1, "\"ready\":true,");
    std::fprintf(stdout, "%s\n", ready.constData());
    std::fflush(stdout);
    return app.exec();
}
