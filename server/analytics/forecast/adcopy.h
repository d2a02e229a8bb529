// Ad copy from four playbooks, written from per-language templates (English, Filipino, Indonesian)
// with hashtags. Templates are content in the chosen language, not UI strings, so they are not tr().
#pragma once

#include "domain/campaign.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace bva::forecast {

QString playbookLabel(Playbook p); // translated UI label
QStringList adLanguages();         // "en", "fil", "id"

struct AdFacts
{
    QString productName;
    QString shopName;
    QString priceText;      // already formatted, e.g. "₱199.00"
    QString promoPriceText; // empty when there is no discount
    int discountPercent = 0;
    QDate endDate; // promotion end, if any
    int bundleQuantity = 2;
    QString occasion;    // a mega-sale's name ("11.11"), written as is; empty when none
    bool payday = false; // timed for a payday: named in the ad's language
};

struct AdCopy
{
    QString language;
    QString title;
    QString body;
    QStringList hashtags; // with the leading '#'

    QString fullText() const; // title, body and hashtags, ready for the clipboard
};

// Unknown languages fall back to English.
AdCopy writeAdCopy(Playbook playbook, const QString &language, const AdFacts &facts);

} // namespace bva::forecast
