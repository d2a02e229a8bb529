// Small helpers shared by the repositories: checked execution and value conversions.
#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace bva::sql {

// Prepares (once per query object) and executes with positional binds; the error names `what`.
// A null QString binds as '' (text columns are NOT NULL); bind SQL NULL as QVariant() or a typed null.
Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &binds, QStringView what);
// Executes an already prepared query after binding `binds`.
Result<void> execPrepared(QSqlQuery &query, const QVariantList &binds, QStringView what);
// One-shot statement on a connection.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                      QStringView what);

Error errorOf(const QSqlQuery &query, QStringView what);
// A null QString becomes '' (see exec), and U+0000 in text U+FFFD (see storableUtf8); everything
// else is bound as it is.
QVariant bindable(const QVariant &v);
// Text as both stores keep it: PostgreSQL cannot hold U+0000 in text (Qt's driver even cuts the
// statement there), so a NUL from outside (a delivery, a marketplace page, a request) is kept as U+FFFD
// on SQLite and PostgreSQL alike instead of failing the write. The UTF-8 as given when it has none.
QByteArrayView storableUtf8(QByteArrayView utf8, QByteArray &scratch);

inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nowMs()
{
    return Clock::nowMs();
}
inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}
inline QVariant optional(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}
inline std::optional<qint64> toOptional64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline QVariant date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}
inline std::optional<QDate> toDate(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}
// `text` as a LIKE pattern matching itself only (backslash, '%' and '_' escaped with a backslash), for
// LIKE ? ESCAPE (kLikeEscape) on both stores. likeContains: anywhere in the value, likePrefix: at its start.
inline constexpr QLatin1StringView kLikeEscape{" ESCAPE '\\'"};
QString likeEscaped(const QString &text);
inline QString likeContains(const QString &text)
{
    return u'%' + likeEscaped(text) + u'%';
}
inline QString likePrefix(const QString &text)
{
    return likeEscaped(text) + u'%';
}
// "?, ?, ?" with n placeholders.
QString placeholders(int n);
// "(?, ?), (?, ?)" : rows of width placeholders each.
QString rowPlaceholders(int rows, int width);

} // namespace bva::sql
