#include "batchwriter.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva::sql {

BatchWriter::BatchWriter(QSqlDatabase db, int width, int bindLimit, SqlForRows sqlForRows, QString what,
                         RowHandler onReturnedRow)
    : m_db(db)
    , m_width(width)
    , m_rowsPerStatement(qMax(1, bindLimit / width))
    , m_tailRowByRow(db.driverName() == u"QSQLITE")
    , m_sqlForRows(std::move(sqlForRows))
    , m_what(std::move(what))
    , m_onRow(std::move(onReturnedRow))
    , m_full(db)
    , m_single(db)
{
    m_pending.reserve(m_rowsPerStatement * m_width);
}

Result<void> BatchWriter::run(QSqlQuery &query, int rows, qsizetype first)
{
    for (int i = 0; i < rows * m_width; ++i)
        query.bindValue(i, bindable(m_pending.at(first + i)));
    if (!query.exec())
        return errorOf(query, m_what);
    if (m_onRow) {
        while (query.next())
            m_onRow(query);
    }
    query.finish();
    return {};
}

static Result<void> prepareOnce(QSqlQuery &query, bool *prepared, const QString &text, QStringView what)
{
    if (*prepared)
        return {};
    if (!query.prepare(text))
        return errorOf(query, what);
    *prepared = true;
    return {};
}

Result<void> BatchWriter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_width);
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
    if (m_tailRowByRow) {
        if (auto r = prepareOnce(m_single, &m_singlePrepared, m_sqlForRows(1), m_what); !r)
            return r;
        for (int i = 0; i < rows; ++i) {
            if (auto r = run(m_single, 1, qsizetype(i) * m_width); !r)
                return r;
        }
    } else {
        QSqlQuery tail(m_db);
        bool prepared = false;
        if (auto r = prepareOnce(tail, &prepared, m_sqlForRows(rows), m_what); !r)
            return r;
        if (auto r = run(tail, rows, 0); !r)
            return r;
    }
    m_pending.clear();
    return {};
}

Result<void> forEachInList(const QSqlDatabase &db, int bindLimit, const QString &sqlPrefix, const QString &sqlSuffix,
                           const QVariantList &fixedBinds, const QVariantList &keys,
                           const std::function<void(const QSqlQuery &)> &onRow, QStringView what)
{
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
        if (auto r = prepareOnce(query, prepared, sqlPrefix + u'(' + placeholders(n) + u')' + sqlSuffix, what); !r)
            return r;
        int index = 0;
        for (const QVariant &v : fixedBinds)
            query.bindValue(index++, bindable(v));
        for (int i = 0; i < n; ++i)
            query.bindValue(index++, bindable(keys.at(start + i)));
        if (!query.exec())
            return errorOf(query, what);
        while (query.next())
            onRow(query);
        query.finish();
    }
    return {};
}

} // namespace bva::sql
