// bva-server: the headless BVA server (webhooks, REST API, sync) over the same services as the desktop.
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA"_s);
    QCoreApplication::setApplicationName(u"bva-server"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"BVA headless server: marketplace webhooks, REST API and sync."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database URL: sqlite:/path/file.db or postgres://user:pass@host:port/db."_s, u"url"_s);
    parser.addOption(dbOption);
    parser.process(app);

    auto config = parser.isSet(dbOption) ? bva::DatabaseConfig::fromUrl(parser.value(dbOption))
                                         : bva::Result<bva::DatabaseConfig>(bva::DatabaseConfig::defaultConfig());
    if (!config) {
        qCritical("%s", qPrintable(config.error().message));
        return 2;
    }
    bva::Database db(*config);
    if (auto r = db.open(); !r) {
        qCritical("%s", qPrintable(r.error().message));
        return 1;
    }
    return 0;
}
