// Statements sent straight through libpq on the PGconn behind a QPSQL connection, with parameters
// out of line (Qt's driver formats every bound value into the text of an EXECUTE). The bulk write
// paths pass a page's rows as one array per column, so a table's rows cost one round trip.
// It shares the connection (and so the open transaction) with the QSqlQuery code around it.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringView>
#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace bva::sql {

// The libpq handle of a QPSQL connection; null for any other driver.
PGconn *pgHandle(const QSqlDatabase &db);

class PgResult final
{
    Q_DISABLE_COPY(PgResult)
public:
    explicit PgResult(PGresult *result = nullptr)
        : m_result(result)
    {}
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    ~PgResult();

    int rows() const;
    bool isNull(int row, int column) const;
    qint64 int64(int row, int column) const;
    QString text(int row, int column) const;

private:
    PGresult *m_result = nullptr;
};

// Runs `text` with $1.. bound to `params` (text form; a null QByteArray is SQL NULL).
Result<PgResult> pgExec(PGconn *conn, const QByteArray &text, const QList<QByteArray> &params,
                        QStringView what);

// A PostgreSQL array literal in text form ('{1,NULL,"a\"b"}'), built value by value.
class PgArray final
{
public:
    void add(qint64 value);
    void add(QStringView value);
    void addUtf8(QByteArrayView utf8);
    void addNull();
    bool isEmpty() const { return m_count == 0; }
    QByteArray text() const { return m_text + '}'; }
    void clear();

private:
    void separate();

    QByteArray m_text = QByteArrayLiteral("{");
    int m_count = 0;
};

} // namespace bva::sql
