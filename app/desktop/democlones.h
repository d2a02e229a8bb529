// `bva --demo`: two bva-clone processes (shopee and lazada flavours, live activity on) that send
// their webhooks to this BVA. Found next to the bva binary (or in the build tree's clones/).
#pragma once

#include "domain/platform.h"

#include <QList>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace bva::desktop {

struct DemoShop
{
    Platform platform = Platform::Shopee;
    QUrl siteUrl;
    QString email;
    QString password;
    QString shopId;
    QString shopName;
};

class DemoClones final : public QObject
{
    Q_OBJECT
public:
    explicit DemoClones(QObject *parent = nullptr);
    ~DemoClones() override;

    static QString cloneBinary();
    // A free local port for a clone (`preferred` when it is free), so its origin is known before
    // BVA's server starts (CORS).
    static quint16 freePort(quint16 preferred = 0);
    // Starts both clones and waits for their ready lines (at most `timeoutMs`).
    bool start(const QList<std::pair<Platform, quint16>> &sites, const QUrl &webhookBase, double liveRate,
               QString *error, int timeoutMs = 30000);
    void stop();
    const QList<DemoShop> &shops() const { return m_shops; }

private:
    QList<QProcess *> m_processes;
    QList<DemoShop> m_shops;
};

} // namespace bva::desktop
