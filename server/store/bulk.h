// One statement run for many rows, written once for both stores:
// - SQLite: a one-row statement, prepared once per connection (Database::statements()), bound with
//   typed values and stepped as each row ends (in-process: a row costs a bind and a step);
// - PostgreSQL: the same statement over arrays, one per column, sent once in finish() (a page of
//   rows is one round trip and one plan instead of a statement per row or a VALUES list to parse).
// Both texts take the fixed values first (?1.. / $1..), then the row's columns; the PostgreSQL text
// reads the columns as arrays, e.g. `SELECT $1, * FROM unnest($2::text[], $3::bigint[])`.
// A SQLite statement may also take several rows per run (a read over `(VALUES ..)` joined to a
// table, see forEachKeyJoined()): each run closes and reopens its cursors and ends the statement (a product
// cost read by key cost ~12k instructions as one run per key, ~8k as 64 keys per run). Writes do not
// gain from it: an upsert of 64 rows per run cost 6% more instructions than 64 runs of one row (the
// B-tree seeks are the same; SQLite copies each row's values out of the VALUES co-routine).
#pragma once

#include "pgexec.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace bva {

class Database;

namespace sql {

class SqliteStatement;

// One returned row, typed (no QVariant per value).
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual QString text(int column) const = 0;
    std::optional<qint64> optional64(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
};

using CursorHandler = std::function<void(const Cursor &)>;

class Bulk final
{
    Q_DISABLE_COPY_MOVE(Bulk)
public:
    Bulk(Database &db, const QString &sqlite, const QString &postgres, int columns, QString what);
    // SQLite: `sqliteForRows(rowsPerRun)` takes that many rows per run; rows are bound into it and it
    // runs when full; finish() runs the last, partial one with the unused rows' first column NULL,
    // which the statement must ignore (a join on `= column1` does). Pick rowsPerRun with rowsPerRun()
    // so a small batch does not carry many unused rows.
    Bulk(Database &db, const std::function<QString(int rows)> &sqliteForRows, int rowsPerRun,
         const QString &postgres, int columns, QString what);
    ~Bulk();

    // Fixed values, in order, before the first row.
    Bulk &fixed(qint64 value);
    Bulk &fixed(QStringView value);
    Bulk &fixedNull();

    Bulk &add(qint64 value);
    Bulk &add(int value) { return add(qint64(value)); }
    Bulk &add(QStringView value);
    Bulk &add(const QString &value) { return add(QStringView(value)); }
    // Text already in UTF-8 (a request body), bound without converting it twice.
    Bulk &addUtf8(QByteArrayView utf8);
    Bulk &add(const std::optional<qint64> &value);
    Bulk &addNull();
    // Ends the row. SQLite runs it here (`onRow` sees what it returns); PostgreSQL keeps it for finish().
    Result<void> endRow(const CursorHandler &onRow = {});
    // PostgreSQL runs the statement over every row here; on SQLite everything already ran.
    Result<void> finish(const CursorHandler &onRow = {});

    bool isSqlite() const { return m_sqlite != nullptr; }
    qsizetype rows() const { return m_rows; }
    // SQLite, after endRow(): rows the statement changed, and the rowid it inserted.
    int changes() const;
    qint64 lastInsertId() const;

private:
    Result<void> runSqlite(const CursorHandler &onRow);
    int parameter() const { return m_fixed + 1 + m_rowInRun * m_columns + m_column; }

    Database &m_db;
    QString m_what;
    int m_columns;
    int m_column = 0;
    int m_rowsPerRun = 1;
    int m_rowInRun = 0;
    qsizetype m_rows = 0;
    SqliteStatement *m_sqlite = nullptr;
    int m_fixed = 0;
    Error m_error;
    bool m_failed = false;
    // PostgreSQL
    QByteArray m_pgText;
    QList<QByteArray> m_pgFixed;
    QList<PgArray> m_pgColumns;
};

// Rows per run for `rows` rows in all: the next power of two, at most `most` (few statements to
// prepare, and at most half of a last run unused).
int rowsPerRun(qsizetype rows, int most);

// Runs `sqlite` once per key (the key bound after the fixed values) or `postgres` once with every
// key in one array after them, handing each returned row to `onRow`.
Result<void> forEachKey(Database &db, const QString &sqlite, const QString &postgres,
                        const QList<qint64> &fixed, const QStringList &keys, const CursorHandler &onRow,
                        const QString &what);
Result<void> forEachKey(Database &db, const QString &sqlite, const QString &postgres,
                        const QList<qint64> &fixed, const QList<qint64> &keys, const CursorHandler &onRow,
                        const QString &what);
// The same with up to 64 keys per SQLite run: `sqliteJoin(n)` reads `n` keys as `(VALUES ..)` joined
// to the table (keysFrom() writes that part), e.g. `SELECT t.a FROM ` + keysFrom(n, 1) +
// ` CROSS JOIN t WHERE t.shop_id = ?1 AND t.key = k.column1` (CROSS JOIN: the keys are the outer
// loop, each one an index lookup).
Result<void> forEachKeyJoined(Database &db, const std::function<QString(int keys)> &sqliteJoin,
                              const QString &postgres, const QList<qint64> &fixed, const QStringList &keys,
                              const CursorHandler &onRow, const QString &what);
Result<void> forEachKeyJoined(Database &db, const std::function<QString(int keys)> &sqliteJoin,
                              const QString &postgres, const QList<qint64> &fixed, const QList<qint64> &keys,
                              const CursorHandler &onRow, const QString &what);
// `(VALUES (?f+1), (?f+2), ..) AS k`: `keys` keys after `fixed` fixed values.
QString keysFrom(int keys, int fixed);

} // namespace sql
} // namespace bva
