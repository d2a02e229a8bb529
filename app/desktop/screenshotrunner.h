// `bva --demo --screenshots DIR`: connects both demo shops without a person (logs into each demo
// marketplace's API for the seller token and hands it to the IntegrationService, as the consent
// page would), waits for the first syncs, visits every page and writes one PNG per page.
#pragma once

#include "democlones.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSize>

namespace bva::ui {
class DesktopShell;
struct UiServices;
} // namespace bva::ui

namespace bva::desktop {

// "1024x768" as a size; invalid when malformed or under 640x480.
QSize parseWindowSize(const QString &text);

class ScreenshotRunner final : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(const ui::UiServices &services, ui::DesktopShell &shell, const QList<DemoShop> &shops,
                     const QString &dir, QSize windowSize, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void connectShops();
    void connectOne(const DemoShop &shop);
    void afterSyncs();
    void capturePages();
    void save(const QImage &image, const QString &name);
    void fail(const QString &why);

    const ui::UiServices &m_services;
    ui::DesktopShell &m_shell;
    QList<DemoShop> m_shops;
    QDir m_dir;
    QSize m_windowSize;
    QNetworkAccessManager m_net;
    QSet<qint64> m_waiting;
    int m_pendingConnects = 0;
    int m_count = 0;
    bool m_captured = false;
};

} // namespace bva::desktop
