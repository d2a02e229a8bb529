// Scratch databases for data-driven store tests: a SQLite file in a temporary folder, or a new
// database on the PostgreSQL server named by BVA_TEST_PG_URL (default
// postgres://bva:bva@127.0.0.1:5432/postgres), dropped again when the test ends.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace bva::test {

class ScratchDatabase final
{
public:
    // backend: "sqlite" or "postgres". Returns null and sets *why when it cannot be made.
    static std::unique_ptr<ScratchDatabase> create(const QString &backend, QString *why);
    ~ScratchDatabase();

    QString url() const { return m_url; }
    QString backend() const { return m_backend; }

private:
    ScratchDatabase() = default;
    QString m_backend;
    QString m_url;
    QString m_pgName;
    QTemporaryDir m_dir;
};

// Adds the column "backend" with rows "sqlite" and "postgres" to a _data() function.
void addBackendRows();
// In CI (CI=true) a missing PostgreSQL is a failure; by hand it is a skip with the reason.
bool postgresRequired();
QString postgresAdminUrl();

} // namespace bva::test

// Declares `var` (std::unique_ptr<ScratchDatabase>) for the backend of the current data row,
// skipping or failing the test with a clear message if that backend is not reachable.
#define BVA_SCRATCH_DB(var, backend)                                                                         \
    QString var##Why;                                                                                        \
    auto var = bva::test::ScratchDatabase::create(backend, &var##Why);                                       \
    if (!var) {                                                                                              \
        if (backend == QLatin1String("postgres") && !bva::test::postgresRequired())                          \
            QSKIP(qPrintable(QLatin1String("PostgreSQL not reachable, skipped: ") + var##Why));              \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

// Verifies that a bva::Result is ok, printing its error message when it is not.
#define BVA_VERIFY_OK(expr)                                                                                  \
    do {                                                                                                     \
        const auto bvaResult_ = (expr);                                                                      \
        QVERIFY2(bvaResult_.ok(), bvaResult_.ok() ? "" : qPrintable(bvaResult_.error().message));            \
    } while (false)
