// bva-server's secrets at rest, against the real binary: the vault's key never beside the vault
// (a key file kept apart, or an Argon2id passphrase), a wrong key or passphrase refused, the database
// password kept in the vault instead of on the command line, and dev tokens read from a file or the
// environment, never from the arguments every user of the machine can read.
#include "receiverprocess.h"
#include "testbackends.h"
#include "util/databaseconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

constexpr QStringView kServer = u"" BVA_SERVER_BINARY;

// The environment of a server under test: no vault settings inherited from whoever runs the tests.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"BVA_VAULT", "BVA_VAULT_DIR", "BVA_VAULT_KEY_FILE", "BVA_VAULT_PASSPHRASE", "BVA_DEV_INTEGRATIONS"})
        env.remove(QString::fromLatin1(name));
    return env;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

// Runs a bva-server command that is expected to end by itself (a refusal, a one-shot command).
Run runOnce(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment(),
            const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kServer.toString(), args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAll()) + u" (did not end)"_s};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

struct Http
{
    int status = 0;
    QJsonObject json;
};

Http call(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {},
          const QByteArray &token = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(base.resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *r =
        nam.sendCustomRequest(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(r, &QNetworkReply::finished);
    if (!r->isFinished())
        done.wait(20000);
    Http h{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
           QJsonDocument::fromJson(r->readAll()).object()};
    r->deleteLater();
    return h;
}

// Registers (or not, when it exists) and signs in; the session token.
QByteArray signIn(const QUrl &base, const QString &email)
{
    const QJsonObject account{{u"email"_s, email}, {u"password"_s, u"correct horse battery"_s}};
    call(base, "POST", u"/api/auth/register"_s, account);
    return call(base, "POST", u"/api/auth/login"_s, account)
        .json.value(u"data"_s)
        .toObject()
        .value(u"token"_s)
        .toString()
        .toUtf8();
}

} // namespace

class TstServerSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void vaultWithoutAKeyFromOutsideIsRefused()
    {
        QTemporaryDir dir;
        const QStringList args{u"--db"_s,
                               u"sqlite:"_s + dir.filePath(u"bva.db"_s),
                               u"--listen"_s,
                               u"127.0.0.1:0"_s,
                               u"--no-sync"_s,
                               u"--vault-dir"_s,
                               dir.filePath(u"vault"_s)};
        Run r = runOnce(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(u"--vault-key-file"_s), qPrintable(r.output));
        QVERIFY(!QFile::exists(dir.filePath(u"vault/secrets.key"_s))); // nothing made beside the vault
        // An older key lying beside the vault is not used either.
        QDir().mkpath(dir.filePath(u"vault"_s));
        QFile legacy(dir.filePath(u"vault/secrets.key"_s));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write(QByteArray(32, 'k'));
        legacy.close();
        r = runOnce(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(u"not used"_s), qPrintable(r.output));
    }

    void keyFileKeptApart()
    {
        QTemporaryDir dir, keys;
        const QString keyFile = keys.filePath(u"vault.key"_s);
        Run made = runOnce({u"--new-vault-key"_s, keyFile});
        QCOMPARE(made.exitCode, 0);
        QFile key(keyFile);
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(QByteArray::fromBase64(key.readAll().trimmed()).size(), 32);
        QCOMPARE(runOnce({u"--new-vault-key"_s, keyFile}).exitCode, 1); // never overwritten

        const QStringList base{u"--db"_s,
                               u"sqlite:"_s + dir.filePath(u"bva.db"_s),
                               u"--listen"_s,
                               u"127.0.0.1:0"_s,
                               u"--no-sync"_s,
                               u"--vault-dir"_s,
                               dir.filePath(u"vault"_s)};
        QByteArray token;
        {
            ReceiverProcess server(kServer.toString(), base + QStringList{u"--vault-key-file"_s, keyFile});
            server.process().setProcessEnvironment(cleanEnvironment());
            QString why;
            QVERIFY2(server.start(&why), qPrintable(why));
            token = signIn(server.url(), u"ops@example.com"_s);
            QVERIFY(!token.isEmpty());
            QVERIFY(server.terminate());
        }
        QVERIFY(QFile::exists(dir.filePath(u"vault/secrets.vault"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"vault/secrets.key"_s)));
        {
            // Restarted with the same key: the session signed before is still good (the signing key
            // came back out of the vault).
            ReceiverProcess again(kServer.toString(), base + QStringList{u"--vault-key-file"_s, keyFile});
            again.process().setProcessEnvironment(cleanEnvironment());
            QString why;
            QVERIFY2(again.start(&why), qPrintable(why));
            QCOMPARE(call(again.url(), "GET", u"/api/auth/me"_s, {}, token).status, 200);
            QVERIFY(again.terminate());
        }
        // Another key does not open it; a key file inside the vault's folder is refused; so is one others can
        // read.
        const QString other = keys.filePath(u"other.key"_s);
        QCOMPARE(runOnce({u"--new-vault-key"_s, other}).exitCode, 0);
        Run wrong = runOnce(base + QStringList{u"--vault-key-file"_s, other});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.output.contains(u"cannot be opened"_s), qPrintable(wrong.output));
        QVERIFY(QFile::copy(keyFile, dir.filePath(u"vault/inside.key"_s)));
        Run inside = runOnce(base + QStringList{u"--vault-key-file"_s, dir.filePath(u"vault/inside.key"_s)});
        QCOMPARE(inside.exitCode, 1);
        QVERIFY2(inside.output.contains(u"one backup"_s), qPrintable(inside.output));
        QFile::setPermissions(other,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        Run readable = runOnce(base + QStringList{u"--vault-key-file"_s, other});
        QCOMPARE(readable.exitCode, 1);
        QVERIFY2(readable.output.contains(u"chmod 600"_s), qPrintable(readable.output));
    }

    void passphraseDerivedKey()
    {
        QTemporaryDir dir, secrets;
        const QStringList base{u"--db"_s,
                               u"sqlite:"_s + dir.filePath(u"bva.db"_s),
                               u"--listen"_s,
                               u"127.0.0.1:0"_s,
                               u"--no-sync"_s,
                               u"--vault-dir"_s,
                               dir.filePath(u"vault"_s)};
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"BVA_VAULT_PASSPHRASE"_s, u"seven long words make a key"_s);
        QByteArray token;
        {
            ReceiverProcess server(kServer.toString(), base);
            server.process().setProcessEnvironment(env);
            QString why;
            QVERIFY2(server.start(&why, 60000), qPrintable(why));
            token = signIn(server.url(), u"ops@example.com"_s);
            QVERIFY(server.terminate());
        }
        // Beside the vault: the salt and the cost, never a key.
        QFile kdf(dir.filePath(u"vault/secrets.vault.kdf"_s));
        QVERIFY(kdf.open(QIODevice::ReadOnly));
        const QJsonObject params = QJsonDocument::fromJson(kdf.readAll()).object();
        QCOMPARE(params.value(u"kdf"_s).toString(), u"argon2id13"_s);
        QVERIFY(params.value(u"memlimit"_s).toInteger() >= 64 * 1024 * 1024);
        QCOMPARE(QDir(dir.filePath(u"vault"_s)).entryList({u"*.key"_s}, QDir::Files).size(), 0);

        QProcessEnvironment wrongEnv = cleanEnvironment();
        wrongEnv.insert(u"BVA_VAULT_PASSPHRASE"_s, u"seven long words make a kex"_s);
        Run wrong = runOnce(base, wrongEnv);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.output.contains(u"cannot be opened with this passphrase"_s), qPrintable(wrong.output));
        Run shortOne = runOnce(base + QStringList{u"--vault-passphrase-file"_s, u"/dev/null"_s});
        QCOMPARE(shortOne.exitCode, 2); // an empty passphrase file is no key at all

        // The same passphrase from a file (a systemd credential, a Docker secret).
        QFile file(secrets.filePath(u"passphrase"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("seven long words make a key\n");
        file.close();
        ReceiverProcess again(kServer.toString(),
                              base + QStringList{u"--vault-passphrase-file"_s, file.fileName()});
        again.process().setProcessEnvironment(cleanEnvironment());
        QString why;
        QVERIFY2(again.start(&why, 60000), qPrintable(why));
        QCOMPARE(call(again.url(), "GET", u"/api/auth/me"_s, {}, token).status, 200);
    }

    void devTokensStayOffTheCommandLine()
    {
        QTemporaryDir dir;
        const QStringList base{u"--db"_s,         u"sqlite:"_s + dir.filePath(u"bva.db"_s),
                               u"--listen"_s,     u"127.0.0.1:0"_s,
                               u"--no-sync"_s,    u"--memory-vault"_s,
                               u"--rate-limit"_s, u"0"_s};
        Run inline_ = runOnce(base + QStringList{u"--dev-integration"_s, u"shopee:DEV1:visible-token"_s});
        QCOMPARE(inline_.exitCode, 2);
        QVERIFY2(inline_.output.contains(u"--dev-integrations-file"_s), qPrintable(inline_.output));

        QFile file(dir.filePath(u"dev-integrations"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# local simulators\nshopee:DEV1:file-token   # the shopee clone\n\n");
        file.close();
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"BVA_DEV_INTEGRATIONS"_s, u"lazada:DEV2:env-token"_s);
        ReceiverProcess server(kServer.toString(),
                               base + QStringList{u"--dev-integrations-file"_s, file.fileName()});
        server.process().setProcessEnvironment(env);
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        const QJsonObject product{{u"id"_s, u"P1"_s}, {u"name"_s, u"P"_s}, {u"price"_s, 1}, {u"stock"_s, 1}};
        QJsonObject shopee = product, lazada = product;
        shopee.insert(u"shopId"_s, u"DEV1"_s);
        lazada.insert(u"shopId"_s, u"DEV2"_s);
        QCOMPARE(call(server.url(), "POST", u"/api/webhooks/products/created"_s, shopee, "file-token").status,
                 200);
        QCOMPARE(call(server.url(), "POST", u"/api/webhooks/products/created"_s, lazada, "env-token").status,
                 200);
        QCOMPARE(
            call(server.url(), "POST", u"/api/webhooks/products/created"_s, shopee, "visible-token").status,
            401);
        // Nothing of the tokens in the process's arguments.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(server.process().processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray args = cmdline.readAll();
        QVERIFY(!args.contains("file-token") && !args.contains("env-token"));
    }

    void databasePasswordInTheVault()
    {
        QString why;
        auto db = ScratchDatabase::create(u"postgres"_s, &why);
        if (!db) {
            if (!postgresRequired())
                QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + why));
            QFAIL(qPrintable(why));
        }
        auto config = DatabaseConfig::fromUrl(db->url());
        QVERIFY(config.ok() && !config->password.isEmpty());
        const QString bare = u"postgres://"_s + config->user + u'@' + config->host + u':' +
                             QString::number(config->port) + u'/' + config->databaseName;
        QTemporaryDir dir, keys;
        const QString keyFile = keys.filePath(u"vault.key"_s);
        QCOMPARE(runOnce({u"--new-vault-key"_s, keyFile}).exitCode, 0);
        const QStringList base{u"--db"_s,
                               bare,
                               u"--listen"_s,
                               u"127.0.0.1:0"_s,
                               u"--no-sync"_s,
                               u"--vault-dir"_s,
                               dir.filePath(u"vault"_s),
                               u"--vault-key-file"_s,
                               keyFile};
        // Without its password the database refuses the server.
        QProcessEnvironment env = cleanEnvironment();
        env.remove(u"PGPASSWORD"_s);
        env.insert(u"PGPASSFILE"_s, dir.filePath(u"no-pgpass"_s));
        QCOMPARE(runOnce(base, env).exitCode, 1);
        // Saved once from standard input, it comes out of the vault at every start.
        Run saved =
            runOnce(base + QStringList{u"--save-db-password"_s}, env, config->password.toUtf8() + '\n');
        QCOMPARE(saved.exitCode, 0);
        QVERIFY2(saved.output.contains(bare), qPrintable(saved.output));
        ReceiverProcess server(kServer.toString(), base);
        server.process().setProcessEnvironment(env);
        QVERIFY2(server.start(&why), qPrintable(why));
        const Http health = call(server.url(), "GET", u"/api/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"data"_s).toObject().value(u"store"_s).toString(), u"postgresql"_s);
        // A password on the command line still works, with a warning that it is visible.
        ReceiverProcess visible(kServer.toString(), {u"--db"_s, db->url(), u"--listen"_s, u"127.0.0.1:0"_s,
                                                     u"--no-sync"_s, u"--memory-vault"_s});
        visible.process().setProcessEnvironment(env);
        QVERIFY2(visible.start(&why), qPrintable(why));
        QVERIFY(visible.output().contains("readable by every user"));
    }
};

QTEST_GUILESS_MAIN(TstServerSecrets)
#include "tst_serversecrets.moc"
