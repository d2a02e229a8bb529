// Writes many rows through multi-row statements that are prepared once and reused: full
// statements of `rowsPerStatement` rows, then the rest. On SQLite the rest goes row by row through
// a one-row statement (cheap in-process; no new prepare per call size); on PostgreSQL it goes as
// one last multi-row statement (one round trip).
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace bva::sql {

class BatchWriter final
{
    Q_DISABLE_COPY_MOVE(BatchWriter)
public:
    using SqlForRows = std::function<QString(int rows)>;
    using RowHandler = std::function<void(const QSqlQuery &)>;

    BatchWriter(QSqlDatabase db, int width, int bindLimit, SqlForRows sqlForRows, QString what,
                RowHandler onReturnedRow = {});

    // `row` holds exactly `width` values.
    Result<void> add(const QVariantList &row);
    Result<void> finish();

private:
    Result<void> run(QSqlQuery &query, int rows, qsizetype first);

    QSqlDatabase m_db;
    int m_width;
    int m_rowsPerStatement;
    bool m_tailRowByRow;
    SqlForRows m_sqlForRows;
    QString m_what;
    RowHandler m_onRow;
    QVariantList m_pending;
    QSqlQuery m_full;
    QSqlQuery m_single;
    bool m_fullPrepared = false;
    bool m_singlePrepared = false;
};

// Runs `sqlPrefix` + "(?, ?, ...)" for the keys in slices that fit the bind limit, reusing the
// prepared full-size statement. `fixedBinds` come before the keys in every statement.
Result<void> forEachInList(const QSqlDatabase &db, int bindLimit, const QString &sqlPrefix,
                           const QString &sqlSuffix, const QVariantList &fixedBinds, const QVariantList &keys,
                           const std::function<void(const QSqlQuery &)> &onRow, QStringView what);

} // namespace bva::sql
