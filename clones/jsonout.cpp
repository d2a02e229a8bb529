#include "jsonout.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace bva::clone {

JsonOut &JsonOut::key(const char *k)
{
    comma();
    m_out += '"';
    m_out += k;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

static inline void appendEscaped(QByteArray &out, char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && c != '"' && c != '\\') {
        out += c;
        return;
    }
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default: {
        static const char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[u >> 4];
        out += hex[u & 15];
    }
    }
}

void JsonOut::string(const QString &s)
{
    comma();
    if (s.isNull()) {
        m_out += "null";
        return;
    }
    m_out += '"';
    // ASCII fast path: most of the catalogue is plain ASCII, and this runs millions of times.
    const QChar *data = s.constData();
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t u = data[i].unicode();
        if (u >= 0x80)
            break;
        appendEscaped(m_out, char(u));
    }
    if (i < n) {
        const QByteArray rest = QStringView(s).mid(i).toUtf8();
        for (const char c : rest)
            appendEscaped(m_out, c);
    }
    m_out += '"';
}

void JsonOut::integer(qint64 v)
{
    comma();
    if (m_numbersAsStrings)
        m_out += '"';
    m_out += QByteArray::number(v);
    if (m_numbersAsStrings)
        m_out += '"';
}

void JsonOut::appendMoney(QByteArray &out, qint64 c)
{
    if (c < 0) {
        out += '-';
        c = -c;
    }
    out += QByteArray::number(c / 100);
    const int frac = int(c % 100);
    if (frac == 0)
        return;
    out += '.';
    out += char('0' + frac / 10);
    if (frac % 10)
        out += char('0' + frac % 10);
}

void JsonOut::money(qint64 centavos)
{
    comma();
    if (m_numbersAsStrings) {
        // Strings keep two decimals, as a database DECIMAL column renders them.
        m_out += '"';
        m_out += QByteArray::number(double(centavos) / 100.0, 'f', 2);
        m_out += '"';
        return;
    }
    appendMoney(m_out, centavos);
}

void JsonOut::moneyOrNull(const std::optional<qint64> &centavos)
{
    if (centavos)
        money(*centavos);
    else
        null();
}

void JsonOut::boolean(bool v)
{
    comma();
    m_out += v ? "true" : "false";
}

void JsonOut::null()
{
    comma();
    m_out += "null";
}

void JsonOut::raw(const QByteArray &json)
{
    comma();
    m_out += json;
}

static void two(QByteArray &out, int v)
{
    out += char('0' + v / 10);
    out += char('0' + v % 10);
}

// Howard Hinnant's civil_from_days: fast and exact for the proleptic Gregorian calendar.
void JsonOut::appendIso(QByteArray &out, qint64 ms)
{
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rem = ms - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    if (m <= 2)
        ++y;
    out += QByteArray::number(y);
    out += '-';
    two(out, m);
    out += '-';
    two(out, d);
    out += 'T';
    two(out, int(rem / 3600000));
    out += ':';
    two(out, int(rem / 60000 % 60));
    out += ':';
    two(out, int(rem / 1000 % 60));
    out += '.';
    const int msPart = int(rem % 1000);
    out += char('0' + msPart / 100);
    out += char('0' + msPart / 10 % 10);
    out += char('0' + msPart % 10);
    out += 'Z';
}

QString JsonOut::isoString(qint64 ms)
{
    QByteArray b;
    appendIso(b, ms);
    return QString::fromLatin1(b);
}

void JsonOut::isoTime(qint64 ms)
{
    comma();
    m_out += '"';
    appendIso(m_out, ms);
    m_out += '"';
}

void JsonOut::isoTimeOrNull(const std::optional<qint64> &ms)
{
    if (ms)
        isoTime(*ms);
    else
        null();
}

std::optional<qint64> parseIsoMs(const QString &text, bool endOfDay)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        const qint64 start = QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        return endOfDay ? start + 86400000 - 1 : start;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        bool ok = false;
        const qint64 ms = t.toLongLong(&ok);
        return ok ? std::optional<qint64>(ms) : std::nullopt;
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

} // namespace bva::clone
