// The desktop's side of accounts and teams, on SQLite and PostgreSQL: Settings → Team (invite,
// accept, change roles, the last admin kept, a viewer read-only), the Integrations card showing each
// role only what it may do and auditing every look at the signing secret, Settings → Activity
// (filters, paging, CSV export with the formula guard, retention), "Where you're signed in" and the
// window following a session ended elsewhere, and the sign-in dialog counting down a lock.
#include "accounts/accountdialog.h"
#include "accounts/usersession.h"
#include "auth/auditservice.h"
#include "auth/authservice.h"
#include "auth/secretvault.h"
#include "auth/teamservice.h"
#include "computerzone.h"
#include "memoryvault.h"
#include "models/activitymodel.h"
#include "settings/accountsettings.h"
#include "settings/activitypage.h"
#include "settings/databasesettings.h"
#include "settings/integrationcard.h"
#include "settings/integrationspage.h"
#include "settings/syncinterval.h"
#include "settings/teampage.h"
#include "shell/uiservices.h"
#include "store/auditrepository.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "testserver.h"
#include "theme/format.h"
#include "theme/theme.h"
#include "util/clock.h"
#include "util/databaseconfig.h"
#include "util/serversettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;
using namespace bva::ui;

#define START(var, backend)                                                                                  \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why, {});                                                    \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

const QString kPassword = u"correct horse"_s;

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
    u.analytics = &a.analytics();
    u.consentStorageRoot = root + u"/webengine"_s;
    u.webhookBaseUrl = [] { return QUrl(u"http://127.0.0.1:3000"_s); };
    return u;
}

// A desktop window's session for an account the test server knows.
void signIn(UserSession &session, AuthService &auth, const QString &email)
{
    auto s = auth.signIn(email, kPassword);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    session.start(s->user, s->token, s->sessionId, s->expiresAt);
}

QStringList column(QTreeWidget *tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(c));
    return out;
}

QTreeWidgetItem *rowWith(QTreeWidget *tree, int c, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(c) == text)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QList<AuditEntry> entries(TestServer &s, const QString &action)
{
    AuditQuery q;
    q.unscoped = true;
    q.actions = {action};
    return AuditRepository(s.db()).find(q).value();
}

// Saves what a page looks like for a person to check (BVA_SCREENSHOT_DIR, when set).
void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->resize(1100, qMax(760, w->sizeHint().height()));
    w->show();
    QTest::qWait(100);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

// The rightmost column of the section's pixels that differs from its background (-1: none).
int inkRight(QHeaderView *header, int section)
{
    const QRect rect(header->sectionViewportPosition(section), 0, header->sectionSize(section),
                     header->height());
    const QImage image = header->grab(rect).toImage();
    const QRgb background = image.pixel(1, 1);
    int right = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height() - 2; ++y) // above the section's bottom border
            if (qAbs(qGray(image.pixel(x, y)) - qGray(background)) > 40)
                right = std::max(right, x);
    }
    return right;
}

// A column sized to its contents shows its whole label: the label's ink ends where it ends once the
// column is made wider (the theme's style sheet drew "Rol…" and "Open unti" in 55 and 95 pixels).
void verifyHeadersShowWholeLabels(QTreeWidget *tree)
{
    QHeaderView *header = tree->header();
    for (int i = 0; i < header->count(); ++i) {
        if (header->sectionResizeMode(i) != QHeaderView::ResizeToContents)
            continue;
        const int fitted = inkRight(header, i);
        header->setSectionResizeMode(i, QHeaderView::Interactive);
        header->resizeSection(i, header->sectionSize(i) + 80);
        const int wide = inkRight(header, i);
        header->setSectionResizeMode(i, QHeaderView::ResizeToContents);
        QVERIFY2(fitted > 0 && fitted == wide,
                 qPrintable(u"%1, column '%2': the label's ink ends at %3 in its width, at %4 when wider"_s
                                .arg(tree->objectName(), tree->headerItem()->text(i))
                                .arg(fitted)
                                .arg(wide)));
    }
}

} // namespace

class TstTeamPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        Theme::captureSystemPalette();
        Theme::apply(Appearance::Light);
    }

    void teamPageInvitesAndKeepsAnAdmin_data() { addBackendRows(); }
    void teamPageInvitesAndKeepsAnAdmin()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        const qint64 bobId = server->registerUser(u"bob@example.com"_s).first;
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"TEAM1"_s, aliceId);

        UserSession alice(ui), bob(ui);
        signIn(alice, server->services().auth(), u"alice@example.com"_s);
        signIn(bob, server->services().auth(), u"bob@example.com"_s);
        QTRY_VERIFY(alice.roleOn(shop.shopId) == ShopRole::Admin);

        TeamPage adminPage(ui, &alice);
        QTRY_COMPARE(adminPage.shopId(), shop.shopId);
        QSignalSpy done(&adminPage, &TeamPage::done);
        QTRY_VERIFY(adminPage.invitePanelVisible());
        adminPage.invite(u"bob@example.com"_s, ShopRole::Editor);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QTRY_COMPARE(column(adminPage.pending(), 0), QStringList{u"bob@example.com"_s});
        // The invitation code is shown once, with a Copy button and the advice to hand it over oneself.
        const QString code = adminPage.shownInvitationCode();
        QVERIFY2(QRegularExpression(u"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"_s)
                     .match(code)
                     .hasMatch(),
                 qPrintable(code));
        auto *codeBox = adminPage.findChild<QFrame *>(u"inviteCodeBox"_s);
        QVERIFY(codeBox && codeBox->isVisibleTo(&adminPage));
        QVERIFY(adminPage.findChild<QLabel *>(u"inviteCode"_s)->text() == code);
        const auto codeTexts = codeBox->findChildren<QLabel *>();
        QVERIFY(std::any_of(codeTexts.cbegin(), codeTexts.cend(), [](const QLabel *l) {
            return l->text().contains(u"trust"_s) && l->text().contains(u"bob@example.com"_s);
        }));
        adminPage.findChild<QPushButton *>(u"copyInviteCode"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), code);
        QVERIFY(!adminPage.pending()->topLevelItem(0)->text(4).isEmpty());
        keepScreenshot(&adminPage, u"settings-team-admin"_s);
        adminPage.resize(1100, 760);
        adminPage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&adminPage));
        verifyHeadersShowWholeLabels(adminPage.pending());
        verifyHeadersShowWholeLabels(adminPage.findChild<QTreeWidget *>(u"teamMembers"_s));

        // Bob sees the invitation addressed to him; Accept waits for the code.
        TeamPage bobPage(ui, &bob);
        QTRY_COMPARE(bobPage.incoming()->topLevelItemCount(), 1);
        QVERIFY(bobPage.incoming()->isVisibleTo(&bobPage));
        QVERIFY(bobPage.codeField()->isVisibleTo(&bobPage));
        auto *acceptButton = [&] {
            for (QPushButton *b : bobPage.findChildren<QPushButton *>()) {
                if (b->text() == TeamPage::tr("Accept"))
                    return b;
            }
            return static_cast<QPushButton *>(nullptr);
        }();
        QVERIFY(acceptButton);
        bobPage.incoming()->topLevelItem(0)->setSelected(true);
        QVERIFY(!acceptButton->isEnabled());
        QSignalSpy bobDone(&bobPage, &TeamPage::done);
        const qint64 invitationId = bobPage.incoming()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        // A wrong code is refused with a reason, and nothing is granted.
        bobPage.answerInvitation(invitationId, true, u"ABCD-EFGH-JKMN-PQRS"_s);
        QVERIFY(bobDone.wait(5000));
        QCOMPARE(bobDone.last().at(0).toBool(), false);
        QVERIFY2(bobPage.statusText().contains(u"code"_s), qPrintable(bobPage.statusText()));
        QVERIFY(!bob.roleOn(shop.shopId).has_value());
        // The page's own flow: the code typed in (as read out: lower case, spaces), then Accept.
        bobPage.codeField()->setText(code.toLower().replace(u'-', u' '));
        QTRY_VERIFY(acceptButton->isEnabled());
        keepScreenshot(&bobPage, u"settings-team-invitation"_s);
        acceptButton->click();
        QVERIFY(bobDone.wait(5000));
        QCOMPARE(bobDone.last().at(0).toBool(), true);
        QTRY_VERIFY(bob.roleOn(shop.shopId) == ShopRole::Editor);
        bobPage.selectShop(shop.shopId);
        QTRY_COMPARE(bobPage.members()->topLevelItemCount(), 2);
        QVERIFY(!bobPage.invitePanelVisible()); // editors manage nothing of the team

        // The service says no to a non-admin whatever the page offers.
        bobPage.invite(u"carol@example.com"_s, ShopRole::Viewer);
        QVERIFY(bobDone.wait(5000));
        QCOMPARE(bobDone.last().at(0).toBool(), false);
        QVERIFY2(bobPage.statusText().contains(u"role"_s), qPrintable(bobPage.statusText()));

        // The admin demotes Bob: his window follows the change at once (no reload by hand).
        adminPage.reload();
        QTRY_COMPARE(adminPage.members()->topLevelItemCount(), 2);
        adminPage.changeRole(bobId, ShopRole::Viewer);
        QVERIFY(done.wait(5000));
        QTRY_VERIFY(bob.roleOn(shop.shopId) == ShopRole::Viewer);
        QTRY_VERIFY(rowWith(adminPage.members(), 1, u"bob@example.com"_s) &&
                    rowWith(adminPage.members(), 1, u"bob@example.com"_s)->text(2) == TeamPage::tr("Viewer"));
        bobPage.reload();
        QTRY_VERIFY(bobPage.members()->topLevelItemCount() == 2);
        keepScreenshot(&bobPage, u"settings-team-viewer"_s);

        // The last admin cannot step down.
        adminPage.changeRole(aliceId, ShopRole::Editor);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY2(adminPage.statusText().contains(u"admin"_s), qPrintable(adminPage.statusText()));
        QVERIFY(alice.roleOn(shop.shopId) == ShopRole::Admin);
        QCOMPARE(entries(*server, u"team.role_change"_s).size(), 1);
        QCOMPARE(entries(*server, u"team.invite_accept"_s).constFirst().source, u"desktop"_s);
    }

    // A code typed for one invitation is cleared when another is chosen, so it never spends a guess on
    // the wrong shop's invitation.
    void typedCodeStaysWithItsInvitation_data() { addBackendRows(); }
    void typedCodeStaysWithItsInvitation()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        server->registerUser(u"bob@example.com"_s);
        const Actor alice{aliceId, u"alice@example.com"_s, u"desktop"_s};
        for (const QString &shopId : {u"TWO1"_s, u"TWO2"_s}) {
            const TestIntegration shop = server->addIntegration(Platform::Shopee, shopId, aliceId);
            QVERIFY(
                server->services().team().invite(alice, shop.shopId, u"bob@example.com"_s, ShopRole::Viewer));
        }
        UserSession bob(ui);
        signIn(bob, server->services().auth(), u"bob@example.com"_s);
        TeamPage bobPage(ui, &bob);
        QTRY_COMPARE(bobPage.incoming()->topLevelItemCount(), 2);
        QTRY_VERIFY(bobPage.incoming()->currentItem() == bobPage.incoming()->topLevelItem(0));
        bobPage.codeField()->setText(u"ABCD-EFGH-JKMN-PQRS"_s);
        bobPage.reload(); // the same invitation stays chosen, and its code with it
        QTRY_COMPARE(bobPage.incoming()->topLevelItemCount(), 2);
        QCOMPARE(bobPage.codeField()->text(), u"ABCD-EFGH-JKMN-PQRS"_s);
        bobPage.incoming()->setCurrentItem(bobPage.incoming()->topLevelItem(1));
        QCOMPARE(bobPage.codeField()->text(), QString());
    }

    void integrationCardShowsWhatTheRoleAllows_data() { addBackendRows(); }
    void integrationCardShowsWhatTheRoleAllows()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 ownerId = server->registerUser(u"owner@example.com"_s).first;
        const qint64 viewerId = server->registerUser(u"viewer@example.com"_s).first;
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"CARD1"_s, ownerId);
        BVA_VERIFY_OK(ShopRepository(server->db()).grantAccess(viewerId, shop.shopId, ShopRole::Viewer));

        UserSession owner(ui), viewer(ui);
        signIn(owner, server->services().auth(), u"owner@example.com"_s);
        signIn(viewer, server->services().auth(), u"viewer@example.com"_s);

        IntegrationsPage viewerPage(ui, &viewer);
        IntegrationCard *card = viewerPage.findChildren<IntegrationCard *>().value(0);
        QVERIFY(card);
        QTRY_VERIFY(card->view().integration.has_value() && card->view().role == ShopRole::Viewer);
        auto button = [&](IntegrationCard *c, const QString &text) {
            for (QPushButton *b : c->findChildren<QPushButton *>()) {
                if (b->text() == text)
                    return b;
            }
            return static_cast<QPushButton *>(nullptr);
        };
        QVERIFY(!button(card, IntegrationCard::tr("Disconnect"))->isVisibleTo(card));
        QVERIFY(!button(card, IntegrationCard::tr("Sync now"))->isVisibleTo(card));
        for (QLineEdit *e : card->findChildren<QLineEdit *>())
            QVERIFY(!e->text().startsWith(u"whsec_"_s));
        const auto tools = card->findChildren<QToolButton *>();
        int visibleTools = 0;
        for (QToolButton *t : tools)
            visibleTools += t->isVisibleTo(card) ? 1 : 0;
        QCOMPARE(visibleTools, 1); // copying the webhook URL is all
        keepScreenshot(&viewerPage, u"settings-integrations-viewer"_s);
        // Asking anyway is refused by the service, and nothing is revealed.
        viewerPage.showSecret(shop.integrationId, false);
        QTRY_VERIFY(!card->view().busy);
        QVERIFY(card->view().webhookSecret.isEmpty());
        QVERIFY(card->view().messageIsError);
        QCOMPARE(entries(*server, u"integration.secret_reveal"_s).size(), 0);

        // The admin sees the secret only on asking, and each look is in the shop's activity.
        IntegrationsPage ownerPage(ui, &owner);
        IntegrationCard *ownerCard = ownerPage.findChildren<IntegrationCard *>().value(0);
        QTRY_VERIFY(ownerCard->view().role == ShopRole::Admin && ownerCard->view().hasWebhookSecret);
        QVERIFY(ownerCard->view().webhookSecret.isEmpty());
        QVERIFY(button(ownerCard, IntegrationCard::tr("Disconnect"))->isVisibleTo(ownerCard));
        ownerPage.showSecret(shop.integrationId, false);
        QTRY_COMPARE(ownerCard->view().webhookSecret, QString::fromUtf8(shop.secret));
        ownerPage.showSecret(shop.integrationId, true);
        QTRY_COMPARE(QApplication::clipboard()->text(), QString::fromUtf8(shop.secret));
        const auto reveals = entries(*server, u"integration.secret_reveal"_s);
        QCOMPARE(reveals.size(), 1);
        QCOMPARE(reveals.first().source, u"desktop"_s);
        QCOMPARE(reveals.first().shopId, shop.shopId);
        QCOMPARE(entries(*server, u"integration.secret_copy"_s).size(), 1);
        keepScreenshot(&ownerPage, u"settings-integrations-admin"_s);
    }

    // Settings > Integrations, the re-sync controls (issue 19.5): the admin picks the interval, pauses
    // (the card says since when, Sync now is off) and resumes; a viewer sees the schedule and cannot
    // change it; every change lands in the store and the shop's activity.
    void integrationCardSyncSettings_data() { addBackendRows(); }
    void integrationCardSyncSettings()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 ownerId = server->registerUser(u"owner@example.com"_s).first;
        const qint64 viewerId = server->registerUser(u"viewer@example.com"_s).first;
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SYNC1"_s, ownerId);
        BVA_VERIFY_OK(ShopRepository(server->db()).grantAccess(viewerId, shop.shopId, ShopRole::Viewer));
        auto stored = [&] {
            return IntegrationRepository(server->db()).findById(shop.integrationId)->value();
        };

        UserSession owner(ui), viewer(ui);
        signIn(owner, server->services().auth(), u"owner@example.com"_s);
        signIn(viewer, server->services().auth(), u"viewer@example.com"_s);

        IntegrationsPage ownerPage(ui, &owner);
        IntegrationCard *card = ownerPage.findChildren<IntegrationCard *>().value(0);
        QTRY_VERIFY(card->view().integration.has_value() && card->view().role == ShopRole::Admin);
        auto *interval = card->findChild<QComboBox *>(u"syncInterval"_s);
        auto *pause = card->findChild<QPushButton *>(u"pauseSync"_s);
        QVERIFY(interval && pause);
        QVERIFY(interval->isVisibleTo(card) && interval->isEnabled());
        QCOMPARE(interval->currentData().toInt(), 300);
        QCOMPARE(interval->currentText(), IntegrationCard::tr("Every %1").arg(SyncInterval::text(300)));
        QVERIFY(pause->isVisibleTo(card) && pause->isEnabled());
        QCOMPARE(pause->text(), IntegrationCard::tr("Pause syncing"));

        // Every hour: chosen from the list, stored, said on the card.
        const int hourly = interval->findData(3600);
        QVERIFY(hourly >= 0);
        interval->setCurrentIndex(hourly);
        emit interval->activated(hourly);
        QTRY_COMPARE(stored().syncIntervalSeconds, 3600);
        QTRY_VERIFY(!card->view().busy && card->view().integration->syncIntervalSeconds == 3600);
        QVERIFY(!card->view().messageIsError);
        QCOMPARE(interval->currentData().toInt(), 3600);

        // Pause: the card says so and since when; Sync now is off.
        QDateTime pausedAt;
        pause->click();
        QTRY_VERIFY((pausedAt = stored().syncPausedAt).isValid());
        QTRY_VERIFY(!card->view().busy && card->view().integration->syncPaused());
        QCOMPARE(IntegrationCard::stateText(card->view()), IntegrationCard::tr("Paused"));
        QCOMPARE(pause->text(), IntegrationCard::tr("Resume syncing"));
        auto *schedule = [&] {
            const QList<QLabel *> labels = card->findChildren<QLabel *>();
            for (QLabel *l : labels) {
                if (l->text().contains(Format::shopDateTime(pausedAt, card->view().shopTimeZone)))
                    return l;
            }
            return static_cast<QLabel *>(nullptr);
        }();
        QVERIFY2(schedule && schedule->isVisibleTo(card), "the card says since when syncing is paused");
        const QList<QPushButton *> buttons = card->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == IntegrationCard::tr("Sync now"))
                QVERIFY(!b->isEnabled());
        }
        keepScreenshot(&ownerPage, u"settings-integrations-paused"_s);

        // A viewer sees the schedule but cannot change it.
        IntegrationsPage viewerPage(ui, &viewer);
        IntegrationCard *viewerCard = viewerPage.findChildren<IntegrationCard *>().value(0);
        QTRY_VERIFY(viewerCard->view().integration.has_value() &&
                    viewerCard->view().role == ShopRole::Viewer);
        QVERIFY(viewerCard->view().integration->syncPaused());
        QVERIFY(!viewerCard->findChild<QComboBox *>(u"syncInterval"_s)->isEnabled());
        QVERIFY(!viewerCard->findChild<QPushButton *>(u"pauseSync"_s)->isVisibleTo(viewerCard));
        // Asking anyway is refused by the service and changes nothing.
        viewerPage.changeSyncSettings(shop.integrationId, 60, std::nullopt);
        QTRY_VERIFY(viewerCard->view().messageIsError);
        QCOMPARE(stored().syncIntervalSeconds, 3600);

        // Resume.
        pause->click();
        QTRY_VERIFY(!stored().syncPaused());
        QTRY_VERIFY(!card->view().busy && !card->view().integration->syncPaused());
        QCOMPARE(pause->text(), IntegrationCard::tr("Pause syncing"));
        QCOMPARE(entries(*server, u"sync.interval"_s).size(), 1);
        QCOMPARE(ActivityModel::detailText(entries(*server, u"sync.interval"_s).constFirst()),
                 ActivityModel::tr("%1 → %2").arg(SyncInterval::text(300), SyncInterval::text(3600)));
        QCOMPARE(ActivityModel::actionText(u"sync.pause"_s), ActivityModel::tr("Paused syncing"));
        QCOMPARE(entries(*server, u"sync.pause"_s).size(), 1);
        QCOMPARE(entries(*server, u"sync.resume"_s).size(), 1);
        QCOMPARE(entries(*server, u"sync.pause"_s).constFirst().source, u"desktop"_s);
    }

    void activityPageFiltersExportsAndKeeps_data() { addBackendRows(); }
    void activityPageFiltersExportsAndKeeps()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        server->registerUser(u"bob@example.com"_s);
        const TestIntegration shop = server->addIntegration(Platform::Lazada, u"ACT1"_s, aliceId);
        UserSession alice(ui);
        signIn(alice, server->services().auth(), u"alice@example.com"_s);
        QTRY_VERIFY(alice.roleOn(shop.shopId) == ShopRole::Admin);
        TeamService &team = server->services().team();
        BVA_VERIFY_OK(
            team.invite(alice.actor(), shop.shopId, u"=cmd|'/c'!A1@example.com"_s, ShopRole::Viewer));
        BVA_VERIFY_OK(team.invite(alice.actor(), shop.shopId, u"carol@example.com"_s, ShopRole::Editor));
        QCOMPARE(server->services().auth().signIn(u"alice@example.com"_s, u"wrong one"_s).error().kind,
                 Error::Kind::Unauthorized);
        QCOMPARE(server->services().auth().signIn(u"bob@example.com"_s, u"wrong one"_s).error().kind,
                 Error::Kind::Unauthorized);

        ActivityPage page(ui, &alice);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ActivityPage::loaded);
        page.reload();
        QVERIFY(loaded.wait(5000));
        // Her account and her shop; nothing of Bob's failed sign-in.
        for (const AuditEntry &e : page.model()->entries())
            QVERIFY2(e.userId == aliceId || e.shopId == shop.shopId, qPrintable(e.action + u' ' + e.actor));
        QVERIFY(page.total() >= 5);
        keepScreenshot(&page, u"settings-activity"_s);

        page.setCategory(u"team."_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->data(page.model()->index(0, ActivityModel::Activity)).toString(),
                 ActivityModel::tr("Invited someone"));
        QVERIFY(
            page.model()->data(page.model()->index(0, ActivityModel::Shop)).toString().contains(u"Lazada"_s));
        QCOMPARE(page.model()->data(page.model()->index(0, ActivityModel::From)).toString(),
                 ActivityModel::tr("BVA desktop"));

        page.setCategory(QString());
        QVERIFY(loaded.wait(5000));
        page.setOutcome(u"failed"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->data(page.model()->index(0, ActivityModel::Details)).toString(),
                 ActivityModel::tr("wrong email or password"));
        page.setOutcome(QString());
        QVERIFY(loaded.wait(5000));

        // CSV: everything that matches, as the table words it, the formula written as text.
        const QString path = m_dir.filePath(u"activity-%1.csv"_s.arg(backend));
        auto written =
            ActivityPage::writeCsv(server->services().audit(), alice.user().id, page.filter(), path);
        QVERIFY(written.ok());
        QCOMPARE(qint64(*written), page.total());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "When,Who,From,Shop,What,Details,Result\r\n"));
        QVERIFY2(csv.contains(",'=cmd|'/c'!a1@example.com as Viewer,"), csv.constData());
        QCOMPARE(csv.count("\r\n"), *written + 1);

        // Retention: a shop admin chooses it; the change is recorded and applied.
        QSignalSpy saved(&page, &ActivityPage::retentionSaved);
        page.setRetentionDays(30);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.last().at(0).toBool(), true);
        QCOMPARE(server->services().audit().retentionDays().value(), 30);
        QCOMPARE(entries(*server, u"settings.audit_retention"_s).constFirst().source, u"desktop"_s);
        auto *retention = page.findChild<QComboBox *>(u"retention"_s);
        QTRY_COMPARE(retention->currentData().toInt(), 30);
        QVERIFY(retention->isEnabled());
    }

    // Activity is on the shops' clock, as their orders are: an entry about the shop on its clock, the
    // account's own entries on the clock its shops share, the zone named while the computer's clock
    // reads another hour (they were on the computer's clock, unnamed); the CSV's instants carry the offset.
    void activityOnTheShopsClock()
    {
        const ComputerZone computer("UTC");
        START(server, u"sqlite"_s);
        const UiServices ui = uiOf(*server, m_dir.path());
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"CLOCK1"_s, aliceId);
        UserSession alice(ui);
        signIn(alice, server->services().auth(), u"alice@example.com"_s);
        QTRY_VERIFY(alice.roleOn(shop.shopId) == ShopRole::Admin);
        BVA_VERIFY_OK(server->services().team().invite(alice.actor(), shop.shopId, u"carol@example.com"_s,
                                                       ShopRole::Editor));
        ActivityPage page(ui, &alice);
        QSignalSpy loaded(&page, &ActivityPage::loaded);
        page.reload();
        QVERIFY(loaded.wait(5000));
        bool aboutTheShop = false, aboutTheAccount = false;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            const AuditEntry &e = page.model()->entries().at(r);
            (e.shopId == shop.shopId ? aboutTheShop : aboutTheAccount) = true;
            const QString onShop =
                QLocale().toString(e.createdAt.toTimeZone(QTimeZone("Asia/Manila")), QLocale::ShortFormat);
            QCOMPARE(page.model()->index(r, ActivityModel::When).data().toString(),
                     u"%1 (Manila time)"_s.arg(onShop));
        }
        QVERIFY(aboutTheShop && aboutTheAccount);
        const QString path = m_dir.filePath(u"activity-clock.csv"_s);
        QHash<qint64, QString> zones{{shop.shopId, u"Asia/Manila"_s}};
        BVA_VERIFY_OK(
            ActivityPage::writeCsv(server->services().audit(), aliceId, page.filter(), path, zones));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.at(1).split(',').first().endsWith("+08:00"), lines.at(1).constData());
    }

    void sessionsCanBeEndedFromTheWindow_data() { addBackendRows(); }
    void sessionsCanBeEndedFromTheWindow()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        server->registerUser(u"dana@example.com"_s); // one session from the API already
        UserSession window(ui);
        signIn(window, server->services().auth(), u"dana@example.com"_s);
        AccountSettings account(ui, &window);
        QTRY_COMPARE(account.sessionList()->topLevelItemCount(), 2);
        QVERIFY(!column(account.sessionList(), 0).filter(AccountSettings::tr("(this window)")).isEmpty());
        keepScreenshot(&account, u"settings-account-sessions"_s);

        // Sign the other one out from here.
        QTreeWidgetItem *other = nullptr;
        for (int i = 0; i < account.sessionList()->topLevelItemCount(); ++i) {
            if (account.sessionList()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() !=
                window.sessionId())
                other = account.sessionList()->topLevelItem(i);
        }
        QVERIFY(other);
        account.sessionList()->setCurrentItem(other);
        account.signOutSelectedNow();
        QTRY_COMPARE(account.sessionList()->topLevelItemCount(), 1);

        // Signed out everywhere (here, or from the API): the window hears that its own session ended.
        QSignalSpy ended(&window, &UserSession::ended);
        account.signOutEverywhereNow();
        QVERIFY(ended.wait(5000));
        QCOMPARE(entries(*server, u"auth.sign_out_everywhere"_s).constFirst().source, u"desktop"_s);
    }

    // Changing the email in Settings → Account asks the current password (the field shows once the
    // email differs); without it, or with a wrong one, the email stays.
    void emailChangeAsksThePassword_data() { addBackendRows(); }
    void emailChangeAsksThePassword()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server, m_dir.path());
        server->registerUser(u"erin@example.com"_s);
        UserSession window(ui);
        signIn(window, server->services().auth(), u"erin@example.com"_s);
        AccountSettings account(ui, &window);
        auto *email = account.findChild<QLineEdit *>(u"profileEmail"_s);
        auto *password = account.findChild<QLineEdit *>(u"profilePassword"_s);
        auto *status = account.findChild<QLabel *>(u"profileStatus"_s);
        QPushButton *save = nullptr;
        for (QPushButton *b : account.findChildren<QPushButton *>()) {
            if (b->text() == AccountSettings::tr("Save profile"))
                save = b;
        }
        QVERIFY(email && password && status && save);
        QVERIFY(!password->isVisibleTo(&account));
        email->setText(u"erin.new@example.com"_s);
        QVERIFY(password->isVisibleTo(&account));
        save->click();
        QTRY_COMPARE(status->text(), AccountSettings::tr("Enter your current password to change the email."));
        password->setText(u"not my password"_s);
        save->click();
        QTRY_COMPARE(status->text(),
                     AccountSettings::tr("The current password is wrong; the email was not changed."));
        QCOMPARE(window.user().email, u"erin@example.com"_s);
        QCOMPARE(server->services().auth().signIn(u"erin.new@example.com"_s, kPassword).ok(), false);
        password->setText(kPassword);
        keepScreenshot(&account, u"settings-account-email"_s);
        save->click();
        QTRY_COMPARE(window.user().email, u"erin.new@example.com"_s);
        QCOMPARE(status->text(), AccountSettings::tr("Profile saved."));
        QVERIFY(!password->isVisibleTo(&account));
    }

    void databasePasswordGoesToTheVault()
    {
        START(server, u"postgres"_s);
        const UiServices ui = uiOf(*server, m_dir.path());
        server->registerUser(u"ops@example.com"_s);
        UserSession ops(ui);
        signIn(ops, server->services().auth(), u"ops@example.com"_s);
        auto config = DatabaseConfig::fromUrl(server->services().database().config().redactedUrl());
        const DatabaseConfig real = server->services().database().config();
        QVERIFY(!real.password.isEmpty());
        const QString bare = u"postgres://"_s + real.user + u'@' + real.host + u':' +
                             QString::number(real.port) + u'/' + real.databaseName;

        // An older setting with the password in it: the form never shows the password.
        bva::settings::databaseUrl().set(u"postgres://"_s + real.user + u':' + real.password + u'@' +
                                         real.host + u':' + QString::number(real.port) + u'/' +
                                         real.databaseName);
        DatabaseSettings page(ui, &ops);
        auto *url = page.findChild<QLineEdit *>(u"databaseUrl"_s);
        auto *password = page.findChild<QLineEdit *>(u"databasePassword"_s);
        QVERIFY(url && password);
        QCOMPARE(url->text(), bare);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        keepScreenshot(&page, u"settings-database"_s);

        // Saved: the settings hold the URL alone, the vault the password.
        password->setText(real.password);
        auto saved = page.saveDatabase();
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(*saved, bare);
        QCOMPARE(bva::settings::databaseUrl().get(), bare);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        // (The test server's password equals its user name: look for it where a URL keeps a password.)
        QVERIFY(!file.readAll().contains(QString(u':' + real.password + u'@').toUtf8()));
        // The audit entry is written off the GUI thread: it arrives shortly after.
        QTRY_COMPARE_WITH_TIMEOUT(entries(*server, u"settings.database"_s).size(), 1, 5000);
        const auto changes = entries(*server, u"settings.database"_s);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().source, u"desktop"_s);
        QCOMPARE(changes.first().actor, u"ops@example.com"_s);
        QVERIFY(!QJsonDocument(changes.first().details)
                     .toJson()
                     .contains(QString(u':' + real.password + u'@').toUtf8()));

        // The next start opens the database with the password from the vault, and not without it.
        class Forward final : public SecretVault
        {
        public:
            explicit Forward(SecretVault *v)
                : m_v(v)
            {}
            Result<void> store(const QString &k, const QByteArray &s) override { return m_v->store(k, s); }
            Result<std::optional<QByteArray>> read(const QString &k) override { return m_v->read(k); }
            Result<void> remove(const QString &k) override { return m_v->remove(k); }
            QString backendName() const override { return m_v->backendName(); }

        private:
            SecretVault *m_v;
        };
        SecretVault *vault = ui.vault;
        AppConfig next;
        next.databaseUrl = bare;
        next.passwordStrength = PasswordHasher::Strength::Minimal;
        AppServices reopened(
            next, [vault] { return Result<std::unique_ptr<SecretVault>>(std::make_unique<Forward>(vault)); });
        BVA_VERIFY_OK(reopened.open());
        AppServices without(
            next, [] { return Result<std::unique_ptr<SecretVault>>(std::make_unique<MemoryVault>()); });
        QVERIFY(!without.open().ok());
        QVERIFY(config.ok());
    }

    void signInDialogCountsDownALock()
    {
        START(server, u"sqlite"_s);
        const UiServices ui = uiOf(*server, m_dir.path());
        server->registerUser(u"erin@example.com"_s);
        AccountDialog dialog(ui, AccountDialog::Mode::Login);
        QSignalSpy busy(&dialog, &AccountDialog::busyChanged);
        auto *error = dialog.findChild<QLabel *>(u"error"_s);
        for (int i = 0; i < 6; ++i) {
            dialog.submit(u"erin@example.com"_s, u"not it"_s);
            QTRY_VERIFY(busy.count() >= 2 * (i + 1));
            QCOMPARE(error->text(), AccountDialog::tr("The email or password is not right."));
        }
        // The seventh attempt is held back before any password is checked, and the dialog shows the wait.
        dialog.submit(u"erin@example.com"_s, kPassword);
        QTRY_VERIFY(dialog.waitSeconds() > 0);
        QVERIFY(error->text().contains(u"wait"_s));
        QPushButton *submit = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->objectName() == u"primary"_s)
                submit = b;
        }
        QVERIFY(submit && !submit->isEnabled());
        keepScreenshot(&dialog, u"sign-in-wait"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.waitSeconds() == 0 && submit->isEnabled(), 5000);
        dialog.submit(u"erin@example.com"_s, kPassword);
        QTRY_VERIFY(dialog.session().has_value());
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
    QCoreApplication::setApplicationName(u"tst_teampages"_s);
    TstTeamPages t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_teampages.moc"
