// Everything bva-clone is started with, parsed from its command line.
#pragma once

#include "faults.h"
#include "flavor.h"
#include "openconfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QUrl>
#include <optional>

class QCommandLineParser;

namespace bva::clone {

struct CloneConfig
{
    Flavor flavor = Flavor::Shopee;
    QString host = QStringLiteral("127.0.0.1");
    int port = -1; // -1: the flavour's default; 0: any free port
    quint64 seed = 20251111;
    int products = 60;
    int days = 180;
    double ordersPerDay = 30;
    int sellers = 2;
    bool regionalShop = false; // one more seller whose shop sells abroad (IDR on lazada, MYR on shopee)
    QString regionalCurrency;  // that shop's currency instead (IDR, MYR or JPY); empty: the flavour's
    QDate endDate;
    QUrl webhookUrl;
    QString webhookSecret;
    double liveRate = 0;
    QString dataFile;
    qint64 tokenTtlSecs = 30 * 24 * 3600;
    int webhookAttempts = 6;
    QString publicUrl;
    Faults faults;
    OpenPlatformConfig open; // --flavor shopee-open / lazada-open
};

class CloneConfigParser final
{
    Q_DECLARE_TR_FUNCTIONS(bva::clone::CloneConfigParser)
public:
    // Exits the process for --help/--version as QCommandLineParser does; otherwise returns the
    // config or nullopt with *error set.
    static std::optional<CloneConfig> parse(const QStringList &arguments, QString *error);

private:
    static bool parseOpen(const QCommandLineParser &p, CloneConfig &c, QString *error);
};

} // namespace bva::clone
