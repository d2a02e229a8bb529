// The desktop's deliveries inspector (issue 19.6) on both stores, offscreen: a shop's admin opens
// "Webhook deliveries…" from the shop's card and sees the deliveries with their outcome and reason,
// searches and filters them, reads a masked body (the shop's token never shown), and replays a
// failed delivery once its cause is fixed, with a clear message; a viewer is not offered the view.
#include "accounts/usersession.h"
#include "auth/authservice.h"
#include "computerzone.h"
#include "settings/deliveriesdialog.h"
#include "settings/deliveriesmodel.h"
#include "settings/integrationcard.h"
#include "settings/integrationspage.h"
#include "shell/uiservices.h"
#include "store/auditrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "testserver.h"
#include "theme/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;
using namespace bva::ui;

#define START(var, backend)                                                                                  \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why);                                                        \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

UiServices uiOf(TestServer &s, const QString &root)
{
    UiServices u;
    AppServices &a = s.services();
    u.db = &a.database();
    u.bus = &a.eventBus();
    u.vault = &a.vault();
    u.auth = &a.auth();
    u.team = &a.team();
    u.audit = &a.audit();
    u.integrations = a.integrations();
    u.deliveries = &a.deliveries();
    u.analytics = &a.analytics();
    u.consentStorageRoot = root + u"/webengine"_s;
    u.webhookBaseUrl = [] { return QUrl(u"http://127.0.0.1:3000"_s); };
    return u;
}

void signIn(UserSession &session, AuthService &auth, const QString &email)
{
    auto s = auth.signIn(email, u"correct horse"_s);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    session.start(s->user, s->token, s->sessionId, s->expiresAt);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList column(const QAbstractItemModel *model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, c).data().toString());
    return out;
}

int rowWith(const QAbstractItemModel *model, int c, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, c).data().toString() == text)
            return r;
    }
    return -1;
}

} // namespace

class TstDeliveriesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        Theme::captureSystemPalette();
        Theme::apply(Appearance::Light);
    }

    void inspectAndReplay_data() { addBackendRows(); }
    void inspectAndReplay()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 ownerId = server->registerUser(u"owner@example.com"_s).first;
        const qint64 viewerId = server->registerUser(u"viewer@example.com"_s).first;
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"VIEW1"_s, ownerId);
        QVERIFY(ShopRepository(server->db()).grantAccess(viewerId, shop.shopId, ShopRole::Viewer).ok());
        const QString token = QString::fromLatin1(shop.token);

        // What came: an applied delivery carrying the token, a repeat, one that cannot be applied yet.
        const QByteArray created = json({{u"id"_s, u"K1"_s},
                                         {u"shopId"_s, u"VIEW1"_s},
                                         {u"name"_s, u"Kettle"_s},
                                         {u"price"_s, 10},
                                         {u"stock"_s, 2},
                                         {u"accessToken"_s, token}});
        QCOMPARE(server->webhook(u"products/created"_s, created, shop.token).status, 200);
        QCOMPARE(server->webhook(u"products/created"_s, created, shop.token).status, 200);
        const QByteArray stockOnly = json({{u"id"_s, u"K9"_s}, {u"shopId"_s, u"VIEW1"_s}, {u"stock"_s, 6}});
        QCOMPARE(server->webhook(u"products/updated"_s, stockOnly, shop.token).status, 400);

        // A viewer's card does not offer the view.
        UserSession owner(ui), viewer(ui);
        signIn(owner, server->services().auth(), u"owner@example.com"_s);
        signIn(viewer, server->services().auth(), u"viewer@example.com"_s);
        IntegrationsPage viewerPage(ui, &viewer);
        IntegrationCard *viewerCard = viewerPage.findChildren<IntegrationCard *>().value(0);
        QTRY_VERIFY(viewerCard->view().integration.has_value() &&
                    viewerCard->view().role == ShopRole::Viewer);
        QVERIFY(!viewerCard->findChild<QPushButton *>(u"openDeliveries"_s)->isVisibleTo(viewerCard));

        // The admin opens it from the card.
        IntegrationsPage page(ui, &owner);
        IntegrationCard *card = page.findChildren<IntegrationCard *>().value(0);
        QTRY_VERIFY(card->view().integration.has_value() && card->view().role == ShopRole::Admin);
        auto *open = card->findChild<QPushButton *>(u"openDeliveries"_s);
        QVERIFY(open && open->isVisibleTo(card));
        QCOMPARE(open->text(), IntegrationCard::tr("Webhook deliveries…"));
        open->click();
        DeliveriesDialog *dialog = page.findChild<DeliveriesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        open->click(); // again: the same window, raised
        QCOMPARE(page.findChildren<DeliveriesDialog *>().size(), 1);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 20000);
        QCOMPARE(column(dialog->model(), DeliveriesModel::Outcome),
                 (QStringList{DeliveriesModel::tr("Failed"), DeliveriesModel::tr("Duplicate"),
                              DeliveriesModel::tr("Applied")}));
        QCOMPARE(column(dialog->model(), DeliveriesModel::Topic),
                 (QStringList{u"products/updated"_s, u"products/created"_s, u"products/created"_s}));
        QVERIFY(column(dialog->model(), DeliveriesModel::Reason).at(0).contains(u"price"_s));
        auto *table = dialog->findChild<QTableView *>(u"deliveries"_s);
        auto *body = dialog->findChild<QPlainTextEdit *>(u"deliveryBody"_s);
        auto *replay = dialog->findChild<QPushButton *>(u"replayDelivery"_s);
        auto *search = dialog->findChild<QLineEdit *>(u"deliverySearch"_s);
        auto *outcome = dialog->findChild<QComboBox *>(u"deliveryOutcome"_s);
        auto *topic = dialog->findChild<QComboBox *>(u"deliveryTopic"_s);
        QVERIFY(table && body && replay && search && outcome && topic);

        // The applied one's body: shown, the token masked.
        QSignalSpy shown(dialog, &DeliveriesDialog::detailShown);
        table->setCurrentIndex(dialog->model()->index(2, 0));
        QVERIFY(shown.wait(20000));
        QVERIFY(body->toPlainText().contains(u"Kettle"_s));
        QVERIFY(!body->toPlainText().contains(token));
        QVERIFY(body->toPlainText().contains(u"[masked]"_s));
        QVERIFY(!replay->isVisibleTo(dialog)); // only failed deliveries are replayed

        // Search and the outcome filter.
        QSignalSpy loaded(dialog, &DeliveriesDialog::loaded);
        search->setText(u"k9"_s);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->model()->rowCount(), 1);
        search->setText(token.left(10)); // the token is masked: nothing finds it
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->model()->rowCount(), 0);
        search->clear();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->model()->rowCount(), 3);
        const int duplicates = outcome->findData(int(DeliveryOutcome::Duplicate));
        outcome->setCurrentIndex(duplicates);
        emit outcome->activated(duplicates);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(column(dialog->model(), DeliveriesModel::Outcome),
                 QStringList{DeliveriesModel::tr("Duplicate")});
        outcome->setCurrentIndex(0);
        emit outcome->activated(0);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->model()->rowCount(), 3);
        // The topic filter: every topic BVA takes is offered, one chosen lists only its deliveries.
        QCOMPARE(topic->itemText(0), DeliveriesDialog::tr("All topics"));
        QVERIFY(topic->findData(u"orders/status-changed"_s) > 0);
        const int createdTopic = topic->findData(u"products/created"_s);
        QVERIFY(createdTopic > 0);
        topic->setCurrentIndex(createdTopic);
        emit topic->activated(createdTopic);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(column(dialog->model(), DeliveriesModel::Topic),
                 (QStringList{u"products/created"_s, u"products/created"_s}));
        topic->setCurrentIndex(0);
        emit topic->activated(0);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dialog->model()->rowCount(), 3);

        // The failed one: Replay before the cause is fixed says it failed again.
        const int failedRow = rowWith(dialog->model(), DeliveriesModel::Topic, u"products/updated"_s);
        table->setCurrentIndex(dialog->model()->index(failedRow, 0));
        QVERIFY(shown.wait(20000));
        QVERIFY(body->toPlainText().contains(u"K9"_s));
        QVERIFY(replay->isVisibleTo(dialog) && replay->isEnabled());
        QSignalSpy replayed(dialog, &DeliveriesDialog::replayFinished);
        replay->click();
        QVERIFY(replayed.wait(30000));
        QVERIFY2(dialog->resultText().contains(u"failed again"_s), qPrintable(dialog->resultText()));
        QVERIFY(!ProductRepository(server->db()).findByExternal(shop.shopId, u"K9"_s)->has_value());

        // The cause fixed (the product arrives with its price): Replay applies it, once.
        QCOMPARE(server
                     ->webhook(u"products/created"_s,
                               json({{u"id"_s, u"K9"_s},
                                     {u"shopId"_s, u"VIEW1"_s},
                                     {u"name"_s, u"Pot"_s},
                                     {u"price"_s, 5},
                                     {u"stock"_s, 1}}),
                               shop.token)
                     .status,
                 200);
        QVERIFY(replay->isEnabled());
        replay->click();
        QVERIFY(replayed.wait(30000));
        QVERIFY2(dialog->resultText().contains(u"applied"_s), qPrintable(dialog->resultText()));
        QCOMPARE((*ProductRepository(server->db()).findByExternal(shop.shopId, u"K9"_s))->stock, 6);
        // The list shows the replay as a new applied delivery; the failed one cannot be replayed again.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 5, 20000);
        const int stillFailed =
            rowWith(dialog->model(), DeliveriesModel::Outcome, DeliveriesModel::tr("Failed, replayed"));
        QVERIFY(stillFailed >= 0);
        QVERIFY(!dialog->model()->at(stillFailed)->replayable());
        QTRY_VERIFY(!replay->isEnabled());
        // Audited with the desktop as the source.
        AuditQuery q;
        q.unscoped = true;
        q.actions = {u"webhook.replay"_s};
        const auto audited = AuditRepository(server->db()).find(q).value();
        QCOMPARE(audited.size(), 2);
        QCOMPARE(audited.at(0).source, u"desktop"_s);
        QCOMPARE(audited.at(0).userId, ownerId);
        QCOMPARE(audited.at(0).details.value(u"result"_s).toString(), u"applied"_s);
        dialog->close();
    }

    // The deliveries are listed on the shop's clock, as its orders and 'last synced' are, with the zone
    // named when the computer's clock reads another hour (they were on the computer's clock, unnamed).
    void receivedOnTheShopsClock()
    {
        const ComputerZone computer("UTC");
        START(server, u"sqlite"_s);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 ownerId = server->registerUser(u"owner@example.com"_s).first;
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"CLOCK1"_s, ownerId);
        const QByteArray created = json(
            {{u"id"_s, u"K1"_s}, {u"shopId"_s, u"CLOCK1"_s}, {u"name"_s, u"Kettle"_s}, {u"price"_s, 10}});
        QCOMPARE(server->webhook(u"products/created"_s, created, shop.token).status, 200);
        UserSession owner(ui);
        signIn(owner, server->services().auth(), u"owner@example.com"_s);
        IntegrationsPage page(ui, &owner);
        IntegrationCard *card = page.findChildren<IntegrationCard *>().value(0);
        QTRY_VERIFY(card->view().integration.has_value() && card->view().role == ShopRole::Admin);
        QCOMPARE(card->view().shopTimeZone, u"Asia/Manila"_s);
        card->findChild<QPushButton *>(u"openDeliveries"_s)->click();
        DeliveriesDialog *dialog = page.findChild<DeliveriesDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 20000);
        const QDateTime received = dialog->model()->at(0)->receivedAt;
        const QString onShop =
            QLocale().toString(received.toTimeZone(QTimeZone("Asia/Manila")), QLocale::ShortFormat);
        const QString shown = dialog->model()->index(0, DeliveriesModel::Received).data().toString();
        QCOMPARE(shown, u"%1 (Manila time)"_s.arg(onShop));
        // The selected delivery's heading says the same time.
        QSignalSpy detail(dialog, &DeliveriesDialog::detailShown);
        dialog->findChild<QTableView *>(u"deliveries"_s)->setCurrentIndex(dialog->model()->index(0, 0));
        QVERIFY(detail.wait(20000));
        QStringList texts;
        for (const QLabel *l : dialog->findChildren<QLabel *>())
            texts.append(l->text());
        QVERIFY2(texts.join(u'|').contains(shown), qPrintable(texts.join(u'|')));
        dialog->close();
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA-test"_s);
    QCoreApplication::setApplicationName(u"tst_deliveriesview"_s);
    TstDeliveriesView t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_deliveriesview.moc"
