#include "testbackends.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bva::test {

QString postgresAdminUrl()
{
    const QString env = qEnvironmentVariable("BVA_TEST_PG_URL");
    return env.isEmpty() ? u"postgres://bva:bva@127.0.0.1:5432/postgres"_s : env;
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI") == u"true" || qEnvironmentVariableIsSet("BVA_REQUIRE_PG");
}

static bool runAdmin(const QString &statement, QString *why)
{
    const QUrl url(postgresAdminUrl());
    const QString name = u"bva-test-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(u"connect_timeout=3"_s);
        if (!db.open()) {
            *why = u"cannot connect to "_s + url.host() + u':' + QString::number(url.port(5432)) + u": "_s +
                   db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *why = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

std::unique_ptr<ScratchDatabase> ScratchDatabase::create(const QString &backend, QString *why)
{
    std::unique_ptr<ScratchDatabase> s(new ScratchDatabase);
    s->m_backend = backend;
    if (backend == u"sqlite") {
        if (!s->m_dir.isValid()) {
            *why = u"no temporary directory"_s;
            return nullptr;
        }
        s->m_url = u"sqlite:"_s + s->m_dir.filePath(u"bva.db"_s);
        return s;
    }
    if (backend != u"postgres") {
        *why = u"unknown backend "_s + backend;
        return nullptr;
    }
    s->m_pgName = u"bva_t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!runAdmin(u"CREATE DATABASE "_s + s->m_pgName, why))
        return nullptr;
    QUrl url(postgresAdminUrl());
    url.setPath(u"/"_s + s->m_pgName);
    s->m_url = url.toString();
    return s;
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_pgName.isEmpty())
        return;
    QString why;
    if (!runAdmin(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s, &why))
        qWarning("could not drop scratch database %s: %s", qPrintable(m_pgName), qPrintable(why));
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

} // namespace bva::test
