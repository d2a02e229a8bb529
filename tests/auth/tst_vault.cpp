// The secret vault: the encrypted file (round trips, reopening, wrong key, permissions, no clear
// text on disk), its key from outside (a key file kept apart, a passphrase), the factory's fallback,
// and the keychain probe answering quickly when headless.
#include "auth/filevault.h"
#include "auth/keychainvault.h"
#include "auth/vaultfactory.h"
#include "auth/vaultkey.h"
#include "testbackends.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;

class TestVault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip();
    void reopenKeepsSecrets();
    void wrongKeyIsRefused();
    void ownerOnlyAndNoClearText();
    void factoryFallsBackToFile();
    void keyFileFormats();
    void keyFromOutsideTheVault();
    void keychainProbeAnswers();
};

void TestVault::roundTrip()
{
    QTemporaryDir dir;
    auto vault = FileVault::open(dir.filePath(u"v"_s), dir.filePath(u"k"_s));
    QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
    FileVault &v = **vault;
    QVERIFY(!v.read(u"a"_s)->has_value());
    BVA_VERIFY_OK(v.store(u"a"_s, "secret-a"));
    BVA_VERIFY_OK(v.store(u"b"_s, QByteArray("\0\x01\xff binary", 10)));
    QCOMPARE(**v.read(u"a"_s), QByteArray("secret-a"));
    QCOMPARE(**v.read(u"b"_s), QByteArray("\0\x01\xff binary", 10));
    BVA_VERIFY_OK(v.store(u"a"_s, "replaced"));
    QCOMPARE(**v.read(u"a"_s), QByteArray("replaced"));
    BVA_VERIFY_OK(v.remove(u"a"_s));
    QVERIFY(!v.read(u"a"_s)->has_value());
    BVA_VERIFY_OK(v.remove(u"never-there"_s));
    QCOMPARE(v.backendName(), u"encrypted file"_s);
}

void TestVault::reopenKeepsSecrets()
{
    QTemporaryDir dir;
    {
        auto v = FileVault::open(dir.filePath(u"v"_s), dir.filePath(u"k"_s));
        QVERIFY(v.ok());
        BVA_VERIFY_OK((*v)->store(u"integrations/shopee/1/token"_s, "tok"));
    }
    auto v = FileVault::open(dir.filePath(u"v"_s), dir.filePath(u"k"_s));
    QVERIFY(v.ok());
    QCOMPARE(**(*v)->read(u"integrations/shopee/1/token"_s), QByteArray("tok"));
}

void TestVault::wrongKeyIsRefused()
{
    QTemporaryDir dir;
    {
        auto v = FileVault::open(dir.filePath(u"v"_s), dir.filePath(u"k"_s));
        QVERIFY(v.ok());
        BVA_VERIFY_OK((*v)->store(u"x"_s, "y"));
    }
    QVERIFY(QFile::remove(dir.filePath(u"k"_s)));
    auto v = FileVault::open(dir.filePath(u"v"_s), dir.filePath(u"k"_s));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Kind::Storage);
    QVERIFY(!FileVault::open(dir.filePath(u"same"_s), dir.filePath(u"same"_s)).ok());
}

void TestVault::ownerOnlyAndNoClearText()
{
    QTemporaryDir dir;
    auto v = FileVault::open(dir.filePath(u"v"_s), dir.filePath(u"k"_s));
    QVERIFY(v.ok());
    const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.very-recognisable-token-bytes";
    BVA_VERIFY_OK((*v)->store(u"integrations/lazada/9/token"_s, token));
    const auto others =
        QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QCOMPARE(QFile(dir.filePath(u"k"_s)).permissions() & others, QFileDevice::Permissions());
    QCOMPARE(QFile(dir.filePath(u"v"_s)).permissions() & others, QFileDevice::Permissions());
    QFile f(dir.filePath(u"v"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(token));
    QVERIFY(!bytes.contains(token.toBase64().left(20)));
    QVERIFY(!bytes.contains("integrations/lazada")); // even the keys are encrypted
}

void TestVault::factoryFallsBackToFile()
{
    QTemporaryDir dir;
    VaultOptions o;
    o.backend = VaultOptions::Backend::File;
    o.directory = dir.path();
    auto v = createSecretVault(o);
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    QCOMPARE((*v)->backendName(), u"encrypted file"_s);
    BVA_VERIFY_OK((*v)->store(u"k"_s, "v"));
    QVERIFY(QFile::exists(dir.filePath(u"secrets.key"_s)));

    qputenv("BVA_VAULT", "file");
    qputenv("BVA_VAULT_DIR", dir.path().toUtf8());
    const VaultOptions env = vaultOptionsFromEnvironment();
    QCOMPARE(env.backend, VaultOptions::Backend::File);
    QCOMPARE(env.directory, dir.path());
}

void TestVault::keyFileFormats()
{
    QTemporaryDir dir;
    const QByteArray key(32, '\x5a');
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return dir.filePath(name);
    };
    QCOMPARE(vaultkey::readKeyFile(write(u"raw"_s, key)).value(), key);
    QCOMPARE(vaultkey::readKeyFile(write(u"hex"_s, key.toHex() + '\n')).value(), key);
    QCOMPARE(vaultkey::readKeyFile(write(u"b64"_s, key.toBase64() + '\n')).value(), key);
    QVERIFY(!vaultkey::readKeyFile(write(u"short"_s, "too short")).ok());
    QVERIFY(!vaultkey::readKeyFile(dir.filePath(u"missing"_s)).ok());
    const QString open = write(u"open"_s, key);
    QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    QVERIFY(!vaultkey::readKeyFile(open).ok());
    BVA_VERIFY_OK(vaultkey::writeNewKeyFile(dir.filePath(u"new"_s)));
    QCOMPARE(vaultkey::readKeyFile(dir.filePath(u"new"_s)).value().size(), 32);
    QCOMPARE(vaultkey::writeNewKeyFile(dir.filePath(u"new"_s)).error().kind, Error::Kind::Conflict);
}

void TestVault::keyFromOutsideTheVault()
{
    QTemporaryDir vaultDir, keyDir;
    const QString keyFile = keyDir.filePath(u"vault.key"_s);
    BVA_VERIFY_OK(vaultkey::writeNewKeyFile(keyFile));
    VaultOptions o;
    o.backend = VaultOptions::Backend::File;
    o.directory = vaultDir.path();
    o.key.kind = VaultKeySource::Kind::KeyFile;
    o.key.keyFile = keyFile;
    {
        auto v = createSecretVault(o);
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        BVA_VERIFY_OK((*v)->store(u"k"_s, "secret value"));
    }
    QVERIFY(!QFile::exists(vaultDir.filePath(u"secrets.key"_s)));
    QCOMPARE(createSecretVault(o).value()->read(u"k"_s).value(), std::optional<QByteArray>("secret value"));
    // Another key, or the key file moved into the vault's folder, does not open it.
    o.key.keyFile = keyDir.filePath(u"other.key"_s);
    BVA_VERIFY_OK(vaultkey::writeNewKeyFile(o.key.keyFile));
    QVERIFY(!createSecretVault(o).ok());
    QVERIFY(QFile::copy(keyFile, vaultDir.filePath(u"vault.key"_s)));
    o.key.keyFile = vaultDir.filePath(u"vault.key"_s);
    QVERIFY(!createSecretVault(o).ok());

    // A passphrase: the same one derives the same key from the salt beside the vault; another does not.
    QTemporaryDir passDir;
    VaultOptions p;
    p.backend = VaultOptions::Backend::File;
    p.directory = passDir.path();
    p.key.kind = VaultKeySource::Kind::Passphrase;
    p.key.passphrase = "a passphrase of some length";
    {
        auto v = createSecretVault(p);
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        BVA_VERIFY_OK((*v)->store(u"k"_s, "v"));
    }
    QVERIFY(QFile::exists(passDir.filePath(u"secrets.vault.kdf"_s)));
    QCOMPARE(createSecretVault(p).value()->read(u"k"_s).value(), std::optional<QByteArray>("v"));
    p.key.passphrase = "a passphrase of some lengtH";
    QVERIFY(!createSecretVault(p).ok());
    p.key.passphrase = "short";
    QCOMPARE(createSecretVault(p).error().kind, Error::Kind::Invalid);
}

void TestVault::keychainProbeAnswers()
{
    // Headless machines usually have no keychain: the probe must say so quickly, not hang.
    KeychainVault k(u"bva-test"_s, 2000);
    QElapsedTimer t;
    t.start();
    const auto r = k.probe();
    QVERIFY(t.elapsed() < 8000);
    if (!r.ok())
        qInfo("no keychain here: %s", qPrintable(r.error().message));
    if (r.ok()) {
        BVA_VERIFY_OK(k.store(u"bva/test"_s, "x"));
        QCOMPARE(**k.read(u"bva/test"_s), QByteArray("x"));
        BVA_VERIFY_OK(k.remove(u"bva/test"_s));
    }
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
