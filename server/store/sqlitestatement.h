// A statement prepared straight on the sqlite3 handle behind a QSQLITE connection. The hot
// write paths use it because Qt's driver rewrites every `?` into a named placeholder and binds
// through QVariant per execution; here a statement is prepared once and stepped per row.
// It shares the connection (and so the open transaction) with the QSqlQuery code around it.
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QVariant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bva::sql {

// The sqlite3 handle of a QSQLITE connection; null for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

class SqliteStatement final
{
    Q_DISABLE_COPY(SqliteStatement)
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    static Result<SqliteStatement> prepare(sqlite3 *db, const QString &text, QStringView what);

    bool isValid() const { return m_stmt != nullptr; }
    // Binds values from position 1; a null QString binds as '' like sql::bindable.
    void bind(int index, const QVariant &value);
    void bindInt(int index, qint64 value);
    // Text is bound as UTF-8 (the store's encoding), so SQLite does not convert it again per row.
    void bindText(int index, QStringView value);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindNull(int index);
    void bindAll(const QVariantList &values, qsizetype first = 0, int count = -1);
    // Runs one step: true while there is a row to read.
    Result<bool> step();
    // Runs to completion, handing each row to onRow; then resets for the next bind.
    template <typename OnRow> Result<void> run(OnRow &&onRow)
    {
        for (;;) {
            auto more = step();
            if (!more) {
                reset();
                return more.error();
            }
            if (!*more)
                break;
            onRow(*this);
        }
        reset();
        return {};
    }
    // Resets for the next run; bindings stay (each run binds what it uses).
    void reset();
    // Rows the last run inserted, updated or deleted; the rowid it inserted last.
    int changes() const;
    qint64 lastInsertRowId() const;

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;

private:
    explicit SqliteStatement(sqlite3_stmt *stmt, QString what)
        : m_stmt(stmt)
        , m_what(std::move(what))
    {}

    // This parameter's text buffer (index 1..), grown as needed.
    char *textBuffer(int index, qsizetype bytes);

    sqlite3_stmt *m_stmt = nullptr;
    QString m_what;
    QByteArray m_utf8; // scratch for non-ASCII text binds
    // Text parameters are bound SQLITE_STATIC from these, one per parameter: SQLite keeps a
    // pointer instead of allocating and copying each value (an allocation and a free per bind).
    // A buffer changes only right before its parameter is bound again, and lives as long as the
    // statement (finalized before the members go).
    std::vector<QByteArray> m_texts;
};

} // namespace bva::sql
