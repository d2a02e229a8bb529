// Writes many rows through statements that are prepared once per writer and reused.
// SQLite: a one-row statement prepared on the sqlite3 handle and stepped per row (in-process,
// so a row costs a bind and a step). PostgreSQL: multi-row statements of `rowsPerStatement`
// rows through Qt, then one last statement with the rest (one round trip per statement).
#pragma once

#include "sqlitestatement.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

namespace bva::sql {

// One returned row, whichever way the statement ran.
class Row
{
public:
    virtual ~Row() = default;
    virtual QVariant value(int column) const = 0;
};

class BatchWriter final
{
    Q_DISABLE_COPY_MOVE(BatchWriter)
public:
    using SqlForRows = std::function<QString(int rows)>;
    using RowHandler = std::function<void(const Row &)>;

    BatchWriter(QSqlDatabase db, int width, int bindLimit, SqlForRows sqlForRows, QString what,
                RowHandler onReturnedRow = {});

    // `row` holds exactly `width` values.
    Result<void> add(const QVariantList &row);
    Result<void> finish();

private:
    Result<void> run(QSqlQuery &query, int rows, qsizetype first);
    Result<void> runNative(const QVariantList &row);

    QSqlDatabase m_db;
    int m_width;
    int m_rowsPerStatement;
    sqlite3 *m_sqlite;
    SqlForRows m_sqlForRows;
    QString m_what;
    RowHandler m_onRow;
    QVariantList m_pending;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    SqliteStatement m_native;
};

// Runs `sqlPrefix` + "(?, ?, ...)" + `sqlSuffix` for the keys: on PostgreSQL in slices that fit
// the bind limit, on SQLite one key at a time through a native statement. `fixedBinds` come before
// the keys in every statement.
Result<void> forEachInList(const QSqlDatabase &db, int bindLimit, const QString &sqlPrefix,
                           const QString &sqlSuffix, const QVariantList &fixedBinds, const QVariantList &keys,
                           const std::function<void(const Row &)> &onRow, QStringView what);

} // namespace bva::sql
