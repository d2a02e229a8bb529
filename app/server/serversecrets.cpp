#include "serversecrets.h"

#include "auth/databasepassword.h"
#include "auth/vaultfactory.h"
#include "memoryvault.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

Result<QByteArray> readSecretFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(what + u" "_s + path + u" cannot be read: "_s + f.errorString());
    QByteArray text = f.readAll();
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    return text;
}

// One line from standard input, not echoed when it is a terminal.
QByteArray readLineQuietly()
{
    const bool tty = isatty(STDIN_FILENO);
    termios before{};
    if (tty) {
        tcgetattr(STDIN_FILENO, &before);
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::fprintf(stderr, "Database password: ");
    }
    char buffer[1024];
    QByteArray line = std::fgets(buffer, sizeof buffer, stdin) ? QByteArray(buffer) : QByteArray();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
        std::fprintf(stderr, "\n");
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

ServerSecrets::ServerSecrets()
    : m_memoryVault(u"memory-vault"_s, u"Keep secrets in memory only (tests; lost on exit)."_s)
    , m_vaultDir(
          u"vault-dir"_s,
          u"Folder of the encrypted secret file (default: the app data folder; BVA_VAULT=keychain uses the OS "
          "keychain instead)."_s,
          u"dir"_s)
    , m_keyFile(
          u"vault-key-file"_s,
          u"The vault's key: a file of 32 random bytes kept outside the vault's folder (also BVA_VAULT_KEY_FILE)."_s,
          u"file"_s)
    , m_passphraseFile(
          u"vault-passphrase-file"_s,
          u"A file holding the passphrase the vault's key is derived from (or set BVA_VAULT_PASSPHRASE)."_s,
          u"file"_s)
    , m_newKey(u"new-vault-key"_s, u"Write a new random vault key file (owner-only) and exit."_s, u"file"_s)
    , m_saveDbPassword(
          u"save-db-password"_s,
          u"Read the PostgreSQL password of --db from standard input into the vault and exit; --db then "
          "needs no password."_s)
    , m_dev(u"dev-integration"_s,
            u"Refused: tokens on the command line are readable by every user of the machine."_s, u"spec"_s)
    , m_devFile(
          u"dev-integrations-file"_s,
          u"Development only: accept webhooks for each platform:shopId:token[:whsec_secret] line of this file "
          "without the consent flow (also BVA_DEV_INTEGRATIONS)."_s,
          u"file"_s)
{}

void ServerSecrets::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_memoryVault, m_vaultDir, m_keyFile, m_passphraseFile, m_newKey, m_saveDbPassword,
                       m_dev, m_devFile});
}

Result<VaultOptions> ServerSecrets::vaultOptions(const QCommandLineParser &parser) const
{
    // A headless server has no desktop keychain session: the encrypted file unless told otherwise.
    VaultOptions options;
    options.backend = VaultOptions::Backend::File;
    options = vaultOptionsFromEnvironment(options);
    if (parser.isSet(m_vaultDir))
        options.directory = parser.value(m_vaultDir);
    if (options.backend == VaultOptions::Backend::Keychain)
        return options;
    const QString keyFile = parser.isSet(m_keyFile) ? parser.value(m_keyFile) : options.key.keyFile;
    QByteArray passphrase = options.key.passphrase;
    if (parser.isSet(m_passphraseFile)) {
        auto read = readSecretFile(parser.value(m_passphraseFile), u"the passphrase file"_s);
        if (!read)
            return read.error();
        passphrase = *read;
    }
    if (!keyFile.isEmpty() && !passphrase.isEmpty())
        return Error::invalid(u"give the vault a key file or a passphrase, not both"_s);
    if (!keyFile.isEmpty()) {
        options.key.kind = VaultKeySource::Kind::KeyFile;
        options.key.keyFile = keyFile;
        return options;
    }
    if (!passphrase.isEmpty()) {
        options.key.kind = VaultKeySource::Kind::Passphrase;
        options.key.passphrase = passphrase;
        return options;
    }
    return Error::invalid(
        u"the secret vault needs its key from outside its folder: --vault-key-file FILE (make one "
        "with --new-vault-key FILE), or a passphrase in BVA_VAULT_PASSPHRASE or "
        "--vault-passphrase-file (see docs/deploy.md). A key file lying beside the vault (an older "
        "secrets.key) is not used: move it elsewhere and name it with --vault-key-file."_s);
}

Result<AppServices::VaultFactory> ServerSecrets::vaultFactory(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_memoryVault))
        return AppServices::VaultFactory(
            [] { return Result<std::unique_ptr<SecretVault>>(std::make_unique<MemoryVault>()); });
    auto options = vaultOptions(parser);
    if (!options)
        return options.error();
    const VaultOptions o = *options;
    return AppServices::VaultFactory([o] { return createSecretVault(o); });
}

std::optional<int> ServerSecrets::runCommand(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_newKey)) {
        if (auto r = vaultkey::writeNewKeyFile(parser.value(m_newKey)); !r) {
            std::fprintf(stderr, "bva-server: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("wrote a new vault key to %s (owner-only); keep a copy apart from the vault's backups\n",
                    qPrintable(parser.value(m_newKey)));
        return 0;
    }
    if (!parser.isSet(m_saveDbPassword))
        return std::nullopt;
    auto factory = vaultFactory(parser);
    if (!factory) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(factory.error().message));
        return 2;
    }
    auto vault = (*factory)();
    if (!vault) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(vault.error().message));
        return 1;
    }
    const QString url = parser.value(u"db"_s);
    QByteArray password = readLineQuietly();
    auto saved = databasepassword::store(**vault, url, QString::fromUtf8(password));
    password.fill(0);
    if (!saved) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(saved.error().message));
        return 2;
    }
    std::printf("saved the password of %s in the vault; start with --db %s\n", qPrintable(*saved),
                qPrintable(*saved));
    return 0;
}

Result<QList<DevIntegrationSpec>> ServerSecrets::devIntegrations(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_dev))
        return Error::invalid(
            u"--dev-integration is refused: a token on the command line is readable by every user "
            "of this machine. Put the platform:shopId:token lines in a file for "
            "--dev-integrations-file, or in BVA_DEV_INTEGRATIONS."_s);
    QString text = qEnvironmentVariable("BVA_DEV_INTEGRATIONS");
    if (parser.isSet(m_devFile)) {
        auto read = readSecretFile(parser.value(m_devFile), u"the dev integrations file"_s);
        if (!read)
            return read.error();
        text += u'\n' + QString::fromUtf8(*read);
    }
    QList<DevIntegrationSpec> specs;
    static const QRegularExpression space(u"\\s+"_s);
    for (const QString &line : text.split(u'\n')) {
        // Specs separated by spaces or lines; '#' starts a comment.
        for (const QString &word : line.section(u'#', 0, 0).split(space, Qt::SkipEmptyParts)) {
            auto spec = parseDevIntegration(word);
            if (!spec)
                return spec.error();
            specs.append(*spec);
        }
    }
    return specs;
}

} // namespace bva
