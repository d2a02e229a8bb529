// `bva --demo`: the demo marketplaces' seller logins, on screen, with a Connect button for each.
#pragma once

#include "domain/platform.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QVBoxLayout;

namespace bva::ui {

struct DemoLogin
{
    Platform platform = Platform::Shopee;
    QUrl siteUrl;
    QString email;
    QString password;
    QString shopName;
};

class DemoPanel final : public QDialog
{
    Q_OBJECT
public:
    DemoPanel(const QList<DemoLogin> &logins, const QString &bvaEmail, const QString &bvaPassword,
              QWidget *parent = nullptr);
    // Platforms whose demo shop is connected: their button says so instead of offering Connect again.
    void setConnected(const QList<bva::Platform> &platforms);

signals:
    void connectRequested(bva::Platform platform);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();

    QList<DemoLogin> m_logins;
    QString m_bvaEmail;
    QString m_bvaPassword;
    QVBoxLayout *m_layout = nullptr;
    QList<Platform> m_connected;
};

} // namespace bva::ui
