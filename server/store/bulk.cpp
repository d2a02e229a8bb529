#include "bulk.h"

#include "database.h"
#include "sqlitestatement.h"
#include "statementcache.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bva::sql {

namespace {

class SqliteCursor final : public Cursor
{
public:
    explicit SqliteCursor(const SqliteStatement &s)
        : m_s(s)
    {}
    bool isNull(int column) const override { return m_s.isNull(column); }
    qint64 int64(int column) const override { return m_s.int64(column); }
    QString text(int column) const override { return m_s.text(column); }

private:
    const SqliteStatement &m_s;
};

class PgCursor final : public Cursor
{
public:
    PgCursor(const PgResult &r, int row)
        : m_r(r)
        , m_row(row)
    {}
    bool isNull(int column) const override { return m_r.isNull(m_row, column); }
    qint64 int64(int column) const override { return m_r.int64(m_row, column); }
    QString text(int column) const override { return m_r.text(m_row, column); }
    void setRow(int row) { m_row = row; }

private:
    const PgResult &m_r;
    int m_row;
};

} // namespace

Bulk::Bulk(Database &db, const QString &sqlite, const QString &postgres, int columns, QString what)
    : Bulk(
          db, [&sqlite](int) { return sqlite; }, 1, postgres, columns, std::move(what))
{}

Bulk::Bulk(Database &db, const std::function<QString(int rows)> &sqliteForRows, int rowsPerRun,
           const QString &postgres, int columns, QString what)
    : m_db(db)
    , m_what(std::move(what))
    , m_columns(columns)
    , m_rowsPerRun(qMax(1, rowsPerRun))
{
    const QSqlDatabase c = db.connection();
    if (sqlite3 *handle = sqliteHandle(c)) {
        auto s = db.statements().get(handle, sqliteForRows(m_rowsPerRun), m_what);
        if (s) {
            m_sqlite = *s;
        } else {
            m_failed = true;
            m_error = s.error();
        }
        return;
    }
    m_pgText = postgres.toUtf8();
    m_pgColumns.resize(columns);
}

Bulk::~Bulk() = default;

Bulk &Bulk::fixed(qint64 value)
{
    if (m_sqlite)
        m_sqlite->bindInt(++m_fixed, value);
    else
        m_pgFixed.append(QByteArray::number(value));
    return *this;
}

Bulk &Bulk::fixed(QStringView value)
{
    if (m_sqlite) {
        m_sqlite->bindText(++m_fixed, value);
    } else {
        const QByteArray utf8 = value.toUtf8();
        m_pgFixed.append(utf8.isNull() ? QByteArray("", 0) : utf8); // '' is text; a null array is SQL NULL
    }
    return *this;
}

Bulk &Bulk::fixedNull()
{
    if (m_sqlite)
        m_sqlite->bindNull(++m_fixed);
    else
        m_pgFixed.append(QByteArray());
    return *this;
}

Bulk &Bulk::add(qint64 value)
{
    Q_ASSERT(m_column < m_columns);
    if (m_sqlite)
        m_sqlite->bindInt(parameter(), value);
    else if (!m_failed)
        m_pgColumns[m_column].add(value);
    ++m_column;
    return *this;
}

Bulk &Bulk::add(QStringView value)
{
    Q_ASSERT(m_column < m_columns);
    if (m_sqlite)
        m_sqlite->bindText(parameter(), value);
    else if (!m_failed)
        m_pgColumns[m_column].add(value);
    ++m_column;
    return *this;
}

Bulk &Bulk::addUtf8(QByteArrayView utf8)
{
    Q_ASSERT(m_column < m_columns);
    if (m_sqlite)
        m_sqlite->bindUtf8(parameter(), utf8);
    else if (!m_failed)
        m_pgColumns[m_column].addUtf8(utf8);
    ++m_column;
    return *this;
}

Bulk &Bulk::add(const std::optional<qint64> &value)
{
    return value ? add(*value) : addNull();
}

Bulk &Bulk::addNull()
{
    Q_ASSERT(m_column < m_columns);
    if (m_sqlite)
        m_sqlite->bindNull(parameter());
    else if (!m_failed)
        m_pgColumns[m_column].addNull();
    ++m_column;
    return *this;
}

Result<void> Bulk::endRow(const CursorHandler &onRow)
{
    Q_ASSERT(m_column == m_columns);
    m_column = 0;
    if (m_failed)
        return m_error;
    ++m_rows;
    if (!m_sqlite || ++m_rowInRun < m_rowsPerRun)
        return {};
    return runSqlite(onRow);
}

Result<void> Bulk::runSqlite(const CursorHandler &onRow)
{
    m_rowInRun = 0;
    const SqliteCursor cursor(*m_sqlite);
    return m_sqlite->run([&](const SqliteStatement &) {
        if (onRow)
            onRow(cursor);
    });
}

Result<void> Bulk::finish(const CursorHandler &onRow)
{
    if (m_failed)
        return m_error;
    if (m_sqlite) {
        if (m_rowInRun == 0)
            return {};
        // The rest of the last run: rows left from an earlier run are skipped by their NULL key.
        for (int row = m_rowInRun; row < m_rowsPerRun; ++row)
            m_sqlite->bindNull(m_fixed + 1 + row * m_columns);
        return runSqlite(onRow);
    }
    if (m_rows == 0)
        return {};
    QList<QByteArray> params = m_pgFixed;
    for (PgArray &column : m_pgColumns) {
        params.append(column.text());
        column.clear();
    }
    m_rows = 0;
    auto result = pgExec(pgHandle(m_db.connection()), m_pgText, params, m_what);
    if (!result)
        return result.error();
    if (onRow) {
        PgCursor cursor(*result, 0);
        for (int row = 0, n = result->rows(); row < n; ++row) {
            cursor.setRow(row);
            onRow(cursor);
        }
    }
    return {};
}

int Bulk::changes() const
{
    return m_sqlite ? m_sqlite->changes() : 0;
}

qint64 Bulk::lastInsertId() const
{
    return m_sqlite ? m_sqlite->lastInsertRowId() : 0;
}

namespace {

constexpr int kKeysPerRun = 64;

} // namespace

QString keysFrom(int keys, int fixed)
{
    // Written once per thread and shape: reads by key ask for it in every batch (~15k instructions to
    // write 64 keys' worth).
    thread_local QHash<quint64, QString> written;
    const quint64 shape = quint64(quint32(keys)) << 32 | quint32(fixed);
    if (const auto it = written.constFind(shape); it != written.cend())
        return *it;
    QString text = u"(VALUES "_s;
    for (int k = 1; k <= keys; ++k)
        text += (k > 1 ? u", (?"_s : u"(?"_s) + QString::number(fixed + k) + u')';
    text += u") AS k"_s;
    if (keys <= kKeysPerRun)
        written.insert(shape, text);
    return text;
}

int rowsPerRun(qsizetype rows, int most)
{
    int n = 1;
    while (n < rows && n < most)
        n *= 2;
    return n;
}

namespace {

template <typename Keys>
Result<void> forEachKeyImpl(Database &db, const std::function<QString(int)> &sqlite, int keysPerRun,
                            const QString &postgres, const QList<qint64> &fixed, const Keys &keys,
                            const CursorHandler &onRow, const QString &what)
{
    if (keys.isEmpty())
        return {};
    Bulk bulk(db, sqlite, keysPerRun, postgres, 1, what);
    for (qint64 f : fixed)
        bulk.fixed(f);
    for (const auto &key : keys) {
        if (auto r = bulk.add(key).endRow(onRow); !r)
            return r;
    }
    return bulk.finish(onRow);
}

} // namespace

Result<void> forEachKey(Database &db, const QString &sqlite, const QString &postgres,
                        const QList<qint64> &fixed, const QStringList &keys, const CursorHandler &onRow,
                        const QString &what)
{
    return forEachKeyImpl(
        db, [&sqlite](int) { return sqlite; }, 1, postgres, fixed, keys, onRow, what);
}

Result<void> forEachKey(Database &db, const QString &sqlite, const QString &postgres,
                        const QList<qint64> &fixed, const QList<qint64> &keys, const CursorHandler &onRow,
                        const QString &what)
{
    return forEachKeyImpl(
        db, [&sqlite](int) { return sqlite; }, 1, postgres, fixed, keys, onRow, what);
}

Result<void> forEachKeyJoined(Database &db, const std::function<QString(int keys)> &sqliteJoin,
                              const QString &postgres, const QList<qint64> &fixed, const QStringList &keys,
                              const CursorHandler &onRow, const QString &what)
{
    return forEachKeyImpl(db, sqliteJoin, rowsPerRun(keys.size(), kKeysPerRun), postgres, fixed, keys, onRow,
                          what);
}

Result<void> forEachKeyJoined(Database &db, const std::function<QString(int keys)> &sqliteJoin,
                              const QString &postgres, const QList<qint64> &fixed, const QList<qint64> &keys,
                              const CursorHandler &onRow, const QString &what)
{
    return forEachKeyImpl(db, sqliteJoin, rowsPerRun(keys.size(), kKeysPerRun), postgres, fixed, keys, onRow,
                          what);
}

} // namespace bva::sql
