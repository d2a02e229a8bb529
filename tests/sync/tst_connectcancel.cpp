// Taking a connect back (the seller closed the consent window, or gave up waiting) against a real
// bva-clone, on SQLite and PostgreSQL: a cancel that wins stores nothing and never touches the vault,
// not even for a moment; one that comes while the connection is being stored waits for it and says
// it came too late.
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "synctestsupport.h"

#include <QMutex>
#include <QStandardPaths>
#include <QTest>
#include <functional>
#include <future>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

// The harness's vault, with every write noted (and an optional hook run before each one, after noting it).
class RecordingVault final : public SecretVault
{
public:
    explicit RecordingVault(SecretVault &inner)
        : m_inner(inner)
    {}
    Result<void> store(const QString &key, const QByteArray &secret) override
    {
        beforeWrite(u"store "_s + key);
        return m_inner.store(key, secret);
    }
    Result<std::optional<QByteArray>> read(const QString &key) override { return m_inner.read(key); }
    Result<void> remove(const QString &key) override
    {
        beforeWrite(u"remove "_s + key);
        return m_inner.remove(key);
    }
    QString backendName() const override { return m_inner.backendName(); }

    QStringList writes() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_writes;
    }
    std::function<void()> onWrite;

private:
    void beforeWrite(const QString &what)
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_writes.append(what);
        }
        if (onWrite)
            onWrite();
    }
    SecretVault &m_inner;
    mutable QMutex m_mutex;
    QStringList m_writes;
};

struct Rig
{
    SyncHarness h;
    std::unique_ptr<RecordingVault> vault;
};

// The harness's service again, over the recording vault.
QString open(Rig &rig, const QString &backend, std::unique_ptr<ScratchDatabase> scratch)
{
    Q_UNUSED(backend)
    const QString why = rig.h.open(std::move(scratch), quickOptions());
    if (!why.isEmpty())
        return why;
    rig.h.service.reset();
    rig.vault = std::make_unique<RecordingVault>(*rig.h.vault);
    rig.h.service = std::make_unique<IntegrationService>(*rig.h.db, *rig.vault, &rig.h.bus,
                                                         QByteArray(32, 'k'), quickOptions());
    rig.h.service->start();
    return {};
}

QString prefixOf(const CloneProcess &clone)
{
    return u"integrations/shopee/"_s + clone.shopId();
}

} // namespace

class TestConnectCancel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (CloneProcess::binaryPath().isEmpty())
            QSKIP("bva-clone is not built");
    }

    // Closed while the marketplace is still answering the ownership check.
    void cancelBeforeTheAnswer_data() { addBackendRows(); }
    void cancelBeforeTheAnswer()
    {
        QFETCH(QString, backend);
        CloneProcess clone(cloneOptions(u"shopee"_s));
        QVERIFY2(clone.start(), qPrintable(clone.errorString()));
        BVA_SCRATCH_DB(scratch, backend);
        Rig rig;
        const QString why = open(rig, backend, std::move(scratch));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(clone.setFaults({{u"latencyMs"_s, 1500}}));

        ConnectRequest r = connectRequest(rig.h, clone, false);
        r.ticket = std::make_shared<ConnectTicket>();
        QFuture<Result<Integration>> answer = rig.h.service->connectShop(r);
        QTest::qWait(200);
        QVERIFY(r.ticket->cancel());
        const Result<Integration> result = await(answer);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(rig.vault->writes(), QStringList());
        QVERIFY(!rig.h.vault->read(prefixOf(clone) + u"/token"_s).value().has_value());
        QVERIFY(!rig.h.vault->read(prefixOf(clone) + u"/webhook-secret"_s).value().has_value());
        QCOMPARE(IntegrationRepository(*rig.h.db).all().value().size(), 0);
        QVERIFY(
            !ShopRepository(*rig.h.db).findByExternal(Platform::Shopee, clone.shopId()).value().has_value());

        // Not taken back, the same request stores the token and a secret (the writes above are seen).
        QVERIFY(clone.setFaults({{u"latencyMs"_s, 0}}));
        r.ticket = std::make_shared<ConnectTicket>();
        BVA_VERIFY_OK(await(rig.h.service->connectShop(r)));
        QCOMPARE(rig.vault->writes().size(), 2);
        QVERIFY(!r.ticket->cancel()); // too late: it is stored
    }

    // A shop already connected is connected again (the seller renews access) and the window closes
    // just as the vault is about to be written: either the cancel wins and the vault and store are
    // exactly as they were, or it waits for the commit and says it came too late. Never a vault
    // written and then put back.
    void cancelWhileStoring_data() { addBackendRows(); }
    void cancelWhileStoring()
    {
        QFETCH(QString, backend);
        CloneProcess clone(cloneOptions(u"shopee"_s));
        QVERIFY2(clone.start(), qPrintable(clone.errorString()));
        BVA_SCRATCH_DB(scratch, backend);
        Rig rig;
        const QString why = open(rig, backend, std::move(scratch));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        ConnectRequest r = connectRequest(rig.h, clone, false);
        const Result<Integration> first = await(rig.h.service->connectShop(r));
        BVA_VERIFY_OK(first);
        const QByteArray secretBefore = *rig.h.vault->read(prefixOf(clone) + u"/webhook-secret"_s).value();
        const QByteArray tokenBefore = *rig.h.vault->read(prefixOf(clone) + u"/token"_s).value();
        const int writesBefore = int(rig.vault->writes().size());

        r.ticket = std::make_shared<ConnectTicket>();
        std::optional<bool> cancelled; // what cancel() answered, when it answered within 300 ms
        std::future<bool> late;
        rig.vault->onWrite = [&] {
            if (rig.vault->writes().size() != writesBefore + 1)
                return;
            late = std::async(std::launch::async, [ticket = r.ticket] { return ticket->cancel(); });
            if (late.wait_for(std::chrono::milliseconds(300)) == std::future_status::ready)
                cancelled = late.get();
        };
        const Result<Integration> again = await(rig.h.service->connectShop(r));
        if (!cancelled && late.valid())
            cancelled = late.get();
        QVERIFY(cancelled.has_value());
        // The cancel came while the connection was being stored: it waited and came too late.
        QCOMPARE(*cancelled, false);
        BVA_VERIFY_OK(again);
        QCOMPARE(again->id, first->id);
        const QStringList writes = rig.vault->writes().mid(writesBefore);
        QCOMPARE(writes, QStringList{u"store "_s + prefixOf(clone) + u"/token"_s});
        QCOMPARE(*rig.h.vault->read(prefixOf(clone) + u"/webhook-secret"_s).value(), secretBefore);
        QCOMPARE(*rig.h.vault->read(prefixOf(clone) + u"/token"_s).value(), tokenBefore);
        QCOMPARE(IntegrationRepository(*rig.h.db).all().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectCancel)
#include "tst_connectcancel.moc"
