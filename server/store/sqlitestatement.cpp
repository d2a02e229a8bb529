#include "sqlitestatement.h"

#include "sql.h"

#include <QSqlDriver>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bva::sql {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_what(std::move(other.m_what))
    , m_texts(std::move(other.m_texts))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_what = std::move(other.m_what);
        m_texts = std::move(other.m_texts);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const QString &text, QStringView what)
{
    if (!db)
        return Error::storage(what.toString() + u": not a SQLite connection"_s);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error::storage(what.toString() + u": "_s + QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return SqliteStatement(stmt, what.toString());
}

void SqliteStatement::bind(int index, const QVariant &v)
{
    if (v.isNull() && v.typeId() != QMetaType::QString) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(v.constData()));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, v.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, v.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
        sqlite3_bind_blob(m_stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        break;
    }
    default:
        bindText(index, v.toString());
        break;
    }
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

char *SqliteStatement::textBuffer(int index, qsizetype bytes)
{
    if (index >= qsizetype(m_texts.size()))
        m_texts.resize(index + 1);
    QByteArray &buffer = m_texts[index];
    if (buffer.size() < bytes)
        buffer.resize(bytes); // grows only: a page's values of one column fit the first one's room
    return buffer.data();
}

void SqliteStatement::bindText(int index, QStringView value)
{
    // Most keys and names are ASCII: narrowed straight into this parameter's buffer, bound without
    // SQLite copying it (SQLITE_STATIC; see m_texts). The smallest code unit tells a U+0000 apart
    // (kept as U+FFFD, see bindUtf8); an OR and a min over the text, no branch per character.
    const qsizetype n = value.size();
    const char16_t *in = value.utf16();
    char *out = textBuffer(index, n);
    char16_t any = 0;
    char16_t lowest = 0xFFFF;
    for (qsizetype i = 0; i < n; ++i) {
        any |= in[i];
        lowest = std::min(lowest, in[i]);
        out[i] = char(in[i]);
    }
    if (any < 0x80 && lowest != 0) {
        sqlite3_bind_text(m_stmt, index, n ? out : "", int(n), SQLITE_STATIC);
        return;
    }
    m_utf8 = value.toUtf8();
    bindUtf8(index, m_utf8);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // U+0000 as U+FFFD, as on PostgreSQL (sql::storableUtf8).
    QByteArray scratch;
    const QByteArrayView text = sql::storableUtf8(utf8, scratch);
    const qsizetype n = text.size();
    char *out = textBuffer(index, n);
    if (n)
        std::memcpy(out, text.data(), size_t(n));
    sqlite3_bind_text(m_stmt, index, n ? out : "", int(n), SQLITE_STATIC);
}

void SqliteStatement::bindAll(const QVariantList &values, qsizetype first, int count)
{
    const int n = count < 0 ? int(values.size() - first) : count;
    for (int i = 0; i < n; ++i)
        bind(i + 1, values.at(first + i));
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Error::storage(m_what + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(sqlite3_db_handle(m_stmt));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, bytes) : QString(u""_s);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    default:
        return text(column);
    }
}

} // namespace bva::sql
