#include "openjson.h"

#include "util/jsonread.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bva::openjson {

Result<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload::withoutNul(body), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::parse(u"the answer is not a JSON object"_s);
    return doc.object();
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d < 9007199254740992.0 && d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return {};
}

static qint64 integer(const QJsonValue &value, bool *ok)
{
    const QString text = idText(value);
    return text.toLongLong(ok);
}

QString isoFromSeconds(const QJsonValue &value)
{
    bool ok = false;
    const qint64 s = integer(value, &ok);
    if (!ok || s <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate);
}

QString isoFromMillis(const QJsonValue &value)
{
    bool ok = false;
    const qint64 ms = integer(value, &ok);
    if (!ok || ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString isoFromLocalText(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() && text.size() >= 19) {
        // "yyyy-MM-dd HH:mm:ss +0800"
        at = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
        if (at.isValid()) {
            const QString zone = text.mid(19).trimmed().remove(u':');
            int offset = 0;
            if (zone.size() == 5 && (zone.at(0) == u'+' || zone.at(0) == u'-')) {
                bool okH = false, okM = false;
                const int h = QStringView(zone).mid(1, 2).toInt(&okH);
                const int m = QStringView(zone).mid(3, 2).toInt(&okM);
                if (!okH || !okM)
                    return {};
                offset = (h * 3600 + m * 60) * (zone.at(0) == u'-' ? -1 : 1);
            } else if (!zone.isEmpty()) {
                return {};
            }
            at.setOffsetFromUtc(offset);
        }
    }
    if (!at.isValid())
        return {};
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace bva::openjson
