// What the open flavours (shopee-open, lazada-open) add to a clone's configuration: the platform being
// played, the app credentials, the region, the registered redirect and push URLs.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace bva::clone {

enum class OpenKind { None, Shopee, Lazada };

struct OpenPlatformConfig
{
    OpenKind kind = OpenKind::None;
    qint64 partnerId = 2001887; // shopee-open
    QByteArray partnerKey = "shpk44ba3cf82d1bc68ab9e542077c2609399133d36dbfcc477e1b164d147d0c";
    QByteArray appKey = "100123"; // lazada-open
    QByteArray appSecret = "f895c98507bb9afe572a9415192113e4";
    QString region = QStringLiteral("PH");
    QUrl redirectUrl; // empty: the flavour's default
    QUrl pushUrl;
    qint64 refreshTtlSecs = 0; // 0: the flavour's default

    bool on() const { return kind != OpenKind::None; }
    QString flavorName() const;           // "shopee-open" / "lazada-open"
    QUrl registeredRedirect() const;      // redirectUrl or the flavour's default
    qint64 defaultAccessTtlSecs() const;  // 4 h / 7 days
    qint64 defaultRefreshTtlSecs() const; // 30 days / 14 days
};

} // namespace bva::clone
