// bva: the desktop app.
#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA"_s);
    QCoreApplication::setApplicationName(u"bva"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"BVA Desktop: analytics for marketplace sellers."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, u"Database URL: sqlite:/path/file.db or postgres://user:pass@host:port/db."_s, u"url"_s});
    parser.process(app);
    return 0;
}
