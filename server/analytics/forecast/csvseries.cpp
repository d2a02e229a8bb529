#include "csvseries.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::forecast::csv)
};

// Splits one CSV record (RFC 4180 quoting, no embedded newlines). False on a broken quote.
bool splitRecord(QStringView line, QStringList *fields)
{
    fields->clear();
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    cur += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == u'"' && cur.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields->append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (quoted)
        return false;
    fields->append(cur);
    return true;
}

// Far above any shop's units in a day or a month; the models square quantities, so values near the
// double range would overflow into NaN forecasts instead of an error.
constexpr double kMaxQuantity = 1e9;

struct Raw
{
    QString name;
    std::vector<std::pair<QDate, double>> points;
    std::vector<int> lines;
};

} // namespace

QDate CsvSeries::dateAt(int index) const
{
    const QDate d = series.dateAt(index);
    if (series.frequency == Frequency::Daily)
        return d;
    if (monthDay == 0)
        return QDate(d.year(), d.month(), d.daysInMonth());
    return QDate(d.year(), d.month(), std::min(monthDay, d.daysInMonth()));
}

Result<std::vector<CsvSeries>> parseSeriesCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    std::vector<Raw> raws;
    QHash<QString, size_t> index;
    bool headerSeen = false;
    QStringList fields;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QStringView line = QStringView(lines[i]);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        auto fail = [&](const QString &why) {
            return Error::parse(Text::tr("line %1: %2").arg(lineNo).arg(why));
        };
        if (!splitRecord(line, &fields))
            return fail(Text::tr("unterminated quoted field"));
        if (!headerSeen) {
            QStringList names;
            for (const QString &f : std::as_const(fields))
                names.append(f.trimmed().toLower());
            if (names != QStringList{u"series"_s, u"date"_s, u"quantity"_s})
                return fail(Text::tr("expected the header \"series,date,quantity\""));
            headerSeen = true;
            continue;
        }
        if (fields.size() != 3)
            return fail(Text::tr("expected 3 fields, found %1").arg(fields.size()));
        const QString name = fields[0].trimmed();
        const QDate date = QDate::fromString(fields[1].trimmed(), Qt::ISODate);
        if (!date.isValid() || fields[1].trimmed().size() != 10)
            return fail(Text::tr("invalid date \"%1\" (expected yyyy-MM-dd)").arg(fields[1].trimmed()));
        bool ok = false;
        const QString qtyText = fields[2].trimmed();
        const double qty = qtyText.toDouble(&ok);
        if (!ok || !std::isfinite(qty))
            return fail(Text::tr("invalid quantity \"%1\"").arg(qtyText));
        if (std::abs(qty) > kMaxQuantity)
            return fail(Text::tr("quantity %1 is out of range (at most %2 a period)")
                            .arg(qtyText, QString::number(kMaxQuantity, 'f', 0)));
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.insert(name, raws.size());
            raws.push_back({name, {}, {}});
        }
        raws[*it].points.emplace_back(date, qty);
        raws[*it].lines.push_back(lineNo);
    }
    if (!headerSeen)
        return Error::parse(Text::tr("line 1: empty input, expected the header \"series,date,quantity\""));
    if (raws.empty())
        return Error::parse(Text::tr("no data rows after the header"));

    std::vector<CsvSeries> out;
    out.reserve(raws.size());
    for (Raw &r : raws) {
        std::vector<size_t> order(r.points.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return r.points[a].first < r.points[b].first; });
        std::vector<QDate> dates;
        std::vector<std::pair<QDate, double>> sorted;
        for (size_t k = 0; k < order.size(); ++k) {
            const auto &p = r.points[order[k]];
            if (!dates.empty() && dates.back() == p.first)
                return Error::parse(Text::tr("line %1: date %2 appears twice in series \"%3\"")
                                        .arg(r.lines[order[k]])
                                        .arg(p.first.toString(Qt::ISODate), r.name));
            dates.push_back(p.first);
            sorted.push_back(p);
        }
        CsvSeries s;
        s.name = r.name;
        const Frequency f = inferFrequency(dates);
        if (f == Frequency::Monthly) {
            const bool monthEnds =
                std::all_of(dates.begin(), dates.end(), [](QDate d) { return d.day() == d.daysInMonth(); });
            s.monthDay = monthEnds && dates.front().day() != 1 ? 0 : dates.front().day();
        }
        s.series = zeroFilled(sorted, f, dates.front(), dates.back());
        out.push_back(std::move(s));
    }
    return out;
}

QString csvNumber(double v)
{
    if (!std::isfinite(v))
        return u"NA"_s;
    QString t = QString::number(v, 'f', 4);
    while (t.contains(u'.') && (t.endsWith(u'0') || t.endsWith(u'.')))
        t.chop(1);
    return t == u"-0"_s ? u"0"_s : t;
}

} // namespace bva::forecast
