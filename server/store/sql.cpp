#include "sql.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace bva::sql {

Error errorOf(const QSqlQuery &query, QStringView what)
{
    const QSqlError e = query.lastError();
    QString text = what.toString() + u": "_s + e.text();
    if (e.type() == QSqlError::ConnectionError)
        return Error::storage(u"database connection lost: "_s + text);
    return Error::storage(text);
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
// SQL NULL is bound as an invalid QVariant or a typed null of a non-string type.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString || !v.isValid())
        return v;
    const QString &text = *static_cast<const QString *>(v.constData());
    if (text.isNull())
        return QVariant(u""_s);
    if (text.contains(QChar(0)))
        return QVariant(QString(text).replace(QChar(0), QChar(QChar::ReplacementCharacter)));
    return v;
}

QByteArrayView storableUtf8(QByteArrayView utf8, QByteArray &scratch)
{
    if (!utf8.contains('\0'))
        return utf8;
    scratch = utf8.toByteArray();
    scratch.replace(QByteArrayView("\0", 1), QByteArrayView("\xEF\xBF\xBD"));
    return scratch;
}

Result<void> execPrepared(QSqlQuery &query, const QVariantList &binds, QStringView what)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), bindable(binds.at(i)));
    if (!query.exec())
        return errorOf(query, what);
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &binds, QStringView what)
{
    if (query.lastQuery() != sql) {
        if (!query.prepare(sql))
            return errorOf(query, what);
    }
    return execPrepared(query, binds, what);
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QStringView what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return errorOf(q, what);
        return q;
    }
    if (!q.prepare(sql))
        return errorOf(q, what);
    if (auto r = execPrepared(q, binds, what); !r)
        return r.error();
    return q;
}

QString likeEscaped(const QString &text)
{
    QString pattern = text;
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return pattern;
}

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        s += i ? u", ?"_s : u"?"_s;
    return s;
}

QString rowPlaceholders(int rows, int width)
{
    const QString row = u'(' + placeholders(width) + u')';
    QString s;
    s.reserve(rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i)
            s += u", "_s;
        s += row;
    }
    return s;
}

} // namespace bva::sql
