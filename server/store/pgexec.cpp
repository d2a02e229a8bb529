#include "pgexec.h"

#include <QSqlDriver>
#include <QVarLengthArray>
#include <QVariant>
#include <cstdlib>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace bva::sql {

PGconn *pgHandle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QPSQL")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type after libpq's struct (pg_conn*), Qt 5 after its typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

qint64 PgResult::int64(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

Result<PgResult> pgExec(PGconn *conn, const QByteArray &text, const QList<QByteArray> &params,
                        QStringView what)
{
    if (!conn)
        return Error::storage(what.toString() + u": not a PostgreSQL connection"_s);
    QVarLengthArray<const char *, 32> values;
    for (const QByteArray &p : params)
        values.append(p.isNull() ? nullptr : p.constData());
    PGresult *raw = PQexecParams(conn, text.constData(), int(params.size()), nullptr, values.constData(),
                                 nullptr, nullptr, 0);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(raw);
    const QString why = QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn)).trimmed();
    PQclear(raw);
    if (PQstatus(conn) != CONNECTION_OK)
        return Error::storage(u"database connection lost: "_s + what + u": "_s + why);
    return Error::storage(what + u": "_s + why);
}

void PgArray::separate()
{
    if (m_count++)
        m_text += ',';
}

void PgArray::add(qint64 value)
{
    separate();
    m_text += QByteArray::number(value);
}

void PgArray::add(QStringView value)
{
    addUtf8(value.toUtf8());
}

void PgArray::addUtf8(QByteArrayView utf8)
{
    separate();
    m_text += '"';
    for (const char c : utf8) {
        if (c == '\0') {
            m_text += "\xEF\xBF\xBD"; // U+FFFD: libpq ends the parameter at a NUL (sql::storableUtf8)
            continue;
        }
        if (c == '"' || c == '\\')
            m_text += '\\';
        m_text += c;
    }
    m_text += '"';
}

void PgArray::addNull()
{
    separate();
    m_text += "NULL";
}

void PgArray::clear()
{
    m_text = QByteArrayLiteral("{");
    m_count = 0;
}

} // namespace bva::sql
