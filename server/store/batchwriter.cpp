#include "batchwriter.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva::sql {

namespace {

class QueryRow final : public Row
{
public:
    explicit QueryRow(const QSqlQuery &q)
        : m_q(q)
    {}
    QVariant value(int column) const override { return m_q.value(column); }

private:
    const QSqlQuery &m_q;
};

class NativeRow final : public Row
{
public:
    explicit NativeRow(const SqliteStatement &s)
        : m_s(s)
    {}
    QVariant value(int column) const override { return m_s.value(column); }

private:
    const SqliteStatement &m_s;
};

Result<void> prepareOnce(QSqlQuery &query, bool *prepared, const QString &text, QStringView what)
{
    if (*prepared)
        return {};
    if (!query.prepare(text))
        return errorOf(query, what);
    *prepared = true;
    return {};
}

} // namespace

BatchWriter::BatchWriter(QSqlDatabase db, int width, int bindLimit, SqlForRows sqlForRows, QString what,
                         RowHandler onReturnedRow)
    : m_db(db)
    , m_width(width)
    , m_rowsPerStatement(qMax(1, bindLimit / width))
    , m_sqlite(sqliteHandle(db))
    , m_sqlForRows(std::move(sqlForRows))
    , m_what(std::move(what))
    , m_onRow(std::move(onReturnedRow))
    , m_full(db)
{
    if (!m_sqlite)
        m_pending.reserve(m_rowsPerStatement * m_width);
}

Result<void> BatchWriter::run(QSqlQuery &query, int rows, qsizetype first)
{
    for (int i = 0; i < rows * m_width; ++i)
        query.bindValue(i, bindable(m_pending.at(first + i)));
    if (!query.exec())
        return errorOf(query, m_what);
    if (m_onRow) {
        const QueryRow row(query);
        while (query.next())
            m_onRow(row);
    }
    query.finish();
    return {};
}

Result<void> BatchWriter::runNative(const QVariantList &values)
{
    if (!m_native.isValid()) {
        auto prepared = SqliteStatement::prepare(m_sqlite, m_sqlForRows(1), m_what);
        if (!prepared)
            return prepared.error();
        m_native = std::move(*prepared);
    }
    m_native.bindAll(values);
    const NativeRow row(m_native);
    return m_native.run([&](const SqliteStatement &) {
        if (m_onRow)
            m_onRow(row);
    });
}

Result<void> BatchWriter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_width);
    if (m_sqlite)
        return runNative(row);
    m_pending += row;
    if (m_pending.size() < m_rowsPerStatement * m_width)
        return {};
    if (auto r = prepareOnce(m_full, &m_fullPrepared, m_sqlForRows(m_rowsPerStatement), m_what); !r)
        return r;
    if (auto r = run(m_full, m_rowsPerStatement, 0); !r)
        return r;
    m_pending.clear();
    return {};
}

Result<void> BatchWriter::finish()
{
    const int rows = int(m_pending.size() / m_width);
    if (rows == 0)
        return {};
    QSqlQuery tail(m_db);
    bool prepared = false;
    if (auto r = prepareOnce(tail, &prepared, m_sqlForRows(rows), m_what); !r)
        return r;
    if (auto r = run(tail, rows, 0); !r)
        return r;
    m_pending.clear();
    return {};
}

namespace {

Result<void> forEachKeyNative(sqlite3 *handle, const QString &sqlPrefix, const QString &sqlSuffix,
                              const QVariantList &fixedBinds, const QVariantList &keys,
                              const std::function<void(const Row &)> &onRow, QStringView what)
{
    auto stmt = SqliteStatement::prepare(handle, sqlPrefix + u"(?)"_s + sqlSuffix, what);
    if (!stmt)
        return stmt.error();
    const NativeRow row(*stmt);
    const int keyIndex = int(fixedBinds.size()) + 1;
    for (const QVariant &key : keys) {
        stmt->bindAll(fixedBinds);
        stmt->bind(keyIndex, key);
        if (auto r = stmt->run([&](const SqliteStatement &) { onRow(row); }); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> forEachInList(const QSqlDatabase &db, int bindLimit, const QString &sqlPrefix,
                           const QString &sqlSuffix, const QVariantList &fixedBinds, const QVariantList &keys,
                           const std::function<void(const Row &)> &onRow, QStringView what)
{
    if (keys.isEmpty())
        return {};
    if (sqlite3 *handle = sqliteHandle(db))
        return forEachKeyNative(handle, sqlPrefix, sqlSuffix, fixedBinds, keys, onRow, what);
    const int slice = qMax(1, bindLimit - int(fixedBinds.size()));
    QSqlQuery full(db);
    full.setForwardOnly(true);
    bool fullPrepared = false;
    for (qsizetype start = 0; start < keys.size(); start += slice) {
        const int n = int(qMin<qsizetype>(slice, keys.size() - start));
        QSqlQuery partial(db);
        partial.setForwardOnly(true);
        bool partialPrepared = false;
        QSqlQuery &query = n == slice ? full : partial;
        bool *prepared = n == slice ? &fullPrepared : &partialPrepared;
        if (auto r =
                prepareOnce(query, prepared, sqlPrefix + u'(' + placeholders(n) + u')' + sqlSuffix, what);
            !r)
            return r;
        int index = 0;
        for (const QVariant &v : fixedBinds)
            query.bindValue(index++, bindable(v));
        for (int i = 0; i < n; ++i)
            query.bindValue(index++, bindable(keys.at(start + i)));
        if (!query.exec())
            return errorOf(query, what);
        const QueryRow row(query);
        while (query.next())
            onRow(row);
        query.finish();
    }
    return {};
}

} // namespace bva::sql
