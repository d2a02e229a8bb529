// The shop card of the Integrations page as a seller sees it: every button whole (not clipped) in
// English and in Filipino (the longest strings), at 100% and 150% scale (run again with
// QT_SCALE_FACTOR=1.5), and the hidden signing secret's text and icon agreeing (an eye). A real
// (Open Platform) shop's card shows its push URL and where pushes are set up, and no signing secret.
// BVA_SCREENSHOT_DIR keeps a picture of each for a person to look at. Also: Qt's own button and
// context-menu texts in Filipino and Indonesian.
#include "computerzone.h"
#include "settings/integrationcard.h"
#include "settings/language.h"
#include "theme/theme.h"
#include "util/storedtext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QToolButton>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::ui;

Q_DECLARE_METATYPE(bva::ApiKind)

namespace {

IntegrationCardState connectedShop(bool paused)
{
    IntegrationCardState s;
    s.platform = Platform::Shopee;
    s.siteUrl = QUrl(u"http://127.0.0.1:5173"_s);
    Integration i;
    i.id = 7;
    i.platform = Platform::Shopee;
    i.state = IntegrationState::Connected;
    i.syncIntervalSeconds = 900;
    i.lastSyncAt = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    if (paused)
        i.syncPausedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    s.integration = i;
    s.shopName = u"Juan's Gadget Hub"_s;
    s.shopExternalId = u"shop-1"_s;
    s.shopCurrency = u"PHP"_s;
    s.webhookUrl = u"http://127.0.0.1:8787/api/webhooks"_s;
    s.hasWebhookSecret = true;
    s.role = ShopRole::Admin;
    return s;
}

IntegrationCardState realShop(ApiKind kind)
{
    IntegrationCardState s = connectedShop(false);
    const bool lazada = kind == ApiKind::LazadaOpen;
    s.platform = lazada ? Platform::Lazada : Platform::Shopee;
    s.siteUrl = QUrl();
    s.integration->platform = s.platform;
    s.integration->apiKind = kind;
    s.shopName = lazada ? u"Tindahan ni Maria"_s : u"Juan's Gadget Hub"_s;
    s.pushUrl = u"https://bva.example.com/api/push/"_s + apiKindSlug(kind);
    // What a clone shop has: none of it may show on a real shop's card.
    s.webhookSecret = u"whsec_c2VjcmV0"_s;
    return s;
}

// The texts of the card's visible labels, line edits and buttons (and the buttons' tips).
QStringList visibleTexts(const QWidget &card)
{
    QStringList out;
    for (const QWidget *w : card.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&card))
            continue;
        if (const auto *l = qobject_cast<const QLabel *>(w))
            out << l->text();
        else if (const auto *e = qobject_cast<const QLineEdit *>(w))
            out << e->text();
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            out << b->text() << b->toolTip();
    }
    return out;
}

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage();
}

} // namespace

class TstIntegrationCard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Theme::apply(Appearance::Light); }
    void cleanup() { Language::apply(u"en"_s); }

    void buttonsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("paused");
        for (const QString &language : {u"en"_s, u"fil"_s, u"id"_s}) {
            QTest::newRow(qPrintable(language + u"/syncing"_s)) << language << false;
            QTest::newRow(qPrintable(language + u"/paused"_s)) << language << true;
        }
    }
    void buttonsWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, paused);
        QTranslator translator;
        if (language != u"en"_s) {
            Language::apply(language);
            QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
            QCoreApplication::installTranslator(&translator);
        }
        IntegrationCard card(Platform::Shopee);
        card.setView(connectedShop(paused));
        // As narrow as the card lets itself be: the Integrations page in a small window.
        card.resize(card.minimumSizeHint().width(), card.sizeHint().height());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *pause = card.findChild<QPushButton *>(u"pauseSync"_s);
        QVERIFY(pause && pause->isVisible());
        QCOMPARE(pause->text(),
                 paused ? IntegrationCard::tr("Resume syncing") : IntegrationCard::tr("Pause syncing"));
        for (QAbstractButton *b : card.findChildren<QAbstractButton *>()) {
            if (!b->isVisible())
                continue;
            const QString what = b->objectName() + u" \""_s + b->text() + u"\" "_s;
            // Whole: as large as it asks to be and inside the card, not cut by its row or the frame.
            QVERIFY2(b->width() >= b->sizeHint().width() && b->height() >= b->sizeHint().height(),
                     qPrintable(what + u"%1x%2 < %3x%4"_s.arg(b->width())
                                           .arg(b->height())
                                           .arg(b->sizeHint().width())
                                           .arg(b->sizeHint().height())));
            const QRect inCard(b->mapTo(&card, QPoint(0, 0)), b->size());
            QVERIFY2(card.contentsRect().contains(inCard), qPrintable(what + u"outside the card"_s));
        }
        // The pause button keeps the grid's spacing from the interval box beside it, its border whole.
        auto *interval = card.findChild<QComboBox *>(u"syncInterval"_s);
        QVERIFY(interval);
        const QRect p = pause->geometry(), i = interval->geometry();
        QVERIFY2(p.left() - i.right() - 1 >= 8 && p.height() >= i.height() && p.top() <= i.top(),
                 qPrintable(u"interval %1,%2 %3x%4; pause %5,%6 %7x%8 (hint %9x%10); card %11"_s.arg(i.x())
                                .arg(i.y())
                                .arg(i.width())
                                .arg(i.height())
                                .arg(p.x())
                                .arg(p.y())
                                .arg(p.width())
                                .arg(p.height())
                                .arg(pause->sizeHint().width())
                                .arg(pause->sizeHint().height())
                                .arg(card.width())));
        const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
            card.grab().save(dir + u"/integration-card-"_s + language + (paused ? u"-paused"_s : u""_s) +
                             u"-x"_s + scale + u".png"_s);
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // A real shop: the push URL (with Copy) and where pushes are set up; no per-shop signing secret,
    // no clone webhook URL and no clone signing modes.
    void realShopShowsPushUrl_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ApiKind>("kind");
        for (const QString &language : {u"en"_s, u"fil"_s, u"id"_s}) {
            for (ApiKind kind : {ApiKind::ShopeeOpen, ApiKind::LazadaOpen})
                QTest::newRow(qPrintable(language + u'/' + apiKindSlug(kind))) << language << kind;
        }
    }
    void realShopShowsPushUrl()
    {
        QFETCH(QString, language);
        QFETCH(ApiKind, kind);
        QTranslator translator;
        if (language != u"en"_s) {
            Language::apply(language);
            QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
            QCoreApplication::installTranslator(&translator);
        }
        const bool lazada = kind == ApiKind::LazadaOpen;
        IntegrationCard card(lazada ? Platform::Lazada : Platform::Shopee);
        const IntegrationCardState s = realShop(kind);
        card.setView(s);
        // As narrow as the card lets itself be, as tall as its wrapped texts need there.
        const int width = card.minimumSizeHint().width();
        card.resize(width, qMax(card.sizeHint().height(), card.heightForWidth(width)));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QVERIFY(IntegrationCard::isRealShop(card.view()));

        auto *url = card.findChild<QLineEdit *>(u"deliveryUrl"_s);
        auto *copy = card.findChild<QToolButton *>(u"copyUrl"_s);
        auto *secret = card.findChild<QLineEdit *>(u"signingSecret"_s);
        auto *signing = card.findChild<QComboBox *>(u"webhookSigning"_s);
        QVERIFY(url && copy && secret && signing);
        QVERIFY(url->isVisible() && url->isReadOnly());
        QCOMPARE(url->text(), s.pushUrl);
        QVERIFY(copy->isVisible() && copy->isEnabled());
        QCOMPARE(copy->toolTip(), IntegrationCard::tr("Copy the push URL"));
        QApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), s.pushUrl);
        QVERIFY(!secret->isVisible());
        QVERIFY(!signing->isVisible());

        const QStringList texts = visibleTexts(card);
        const QString text = texts.join(u'\n');
        const QString withKind = u"%1: %2\n"_s.arg(language, apiKindSlug(kind)) + text;
        QVERIFY2(texts.contains(IntegrationCard::tr("Push URL")), qPrintable(withKind));
        // No clone-style rows (labels compared whole), nor anything of a per-shop secret.
        for (const QString &row :
             {IntegrationCard::tr("Webhook URL"), IntegrationCard::tr("Signing secret"),
              IntegrationCard::tr("Deliveries"), IntegrationCard::tr("Copy the webhook URL"),
              IntegrationCard::tr("Copy the signing secret")})
            QVERIFY2(!texts.contains(row), qPrintable(u"shows \"%1\":\n"_s.arg(row) + withKind));
        for (const QString &gone :
             {s.webhookSecret, u"/api/webhooks"_s, IntegrationCard::tr("(hidden: press the eye to show it)")})
            QVERIFY2(!text.contains(gone), qPrintable(u"shows \"%1\":\n"_s.arg(gone) + withKind));
        // Where the push is set up: the platform's app console, with the push to turn on.
        const QString console = lazada
                                    ? IntegrationCard::tr("Pushes are set up in Lazada's App Console, not in "
                                                          "BVA: enter this push URL under Push and subscribe "
                                                          "to Trade order.")
                                    : IntegrationCard::tr("Pushes are set up in Shopee's app console, not in "
                                                          "BVA: enter this push URL under Push Mechanism and "
                                                          "turn on Order status update.");
        QVERIFY2(text.contains(console), qPrintable(withKind));
        if (language == u"en"_s)
            QVERIFY2(text.contains(u"app console"_s, Qt::CaseInsensitive) &&
                         text.contains(u"no signing secret"_s),
                     qPrintable(withKind));

        // Every button whole, as for a clone shop.
        for (QAbstractButton *b : card.findChildren<QAbstractButton *>()) {
            if (!b->isVisible())
                continue;
            const QRect inCard(b->mapTo(&card, QPoint(0, 0)), b->size());
            QVERIFY2(b->width() >= b->sizeHint().width() && card.contentsRect().contains(inCard),
                     qPrintable(b->objectName() + u" \""_s + b->text() + u"\" clipped"_s));
        }
        const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            card.grab().save(dir + u"/integration-card-"_s + apiKindSlug(kind) + u'-' + language + u".png"_s);
        }

        // The server down: said in the field, nothing to copy.
        IntegrationCardState down = s;
        down.pushUrl.clear();
        card.setView(down);
        QCOMPARE(url->text(), IntegrationCard::tr("(BVA's server is not running)"));
        QVERIFY(!copy->isEnabled());
        QCoreApplication::removeTranslator(&translator);
    }

    // The same card shown a clone shop again: the clone's webhook URL and secret are back.
    void cloneShopKeepsWebhookAndSecret()
    {
        IntegrationCard card(Platform::Shopee);
        card.setView(realShop(ApiKind::ShopeeOpen));
        IntegrationCardState clone = connectedShop(false);
        clone.pushUrl = u"https://bva.example.com/api/push/shopee-open"_s;
        card.setView(clone);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *url = card.findChild<QLineEdit *>(u"deliveryUrl"_s);
        auto *secret = card.findChild<QLineEdit *>(u"signingSecret"_s);
        QVERIFY(url && secret);
        QCOMPARE(url->text(), clone.webhookUrl);
        QVERIFY(secret->isVisible());
        const QStringList texts = visibleTexts(card);
        QVERIFY2(texts.contains(IntegrationCard::tr("Webhook URL")) &&
                     texts.contains(IntegrationCard::tr("Signing secret")) &&
                     !texts.contains(IntegrationCard::tr("Push URL")),
                 qPrintable(texts.join(u'\n')));
        QApplication::clipboard()->clear();
        card.findChild<QToolButton *>(u"copyUrl"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), clone.webhookUrl);
    }

    // "press the eye to show it" beside an eye; once shown, the eye is crossed out.
    void secretToggleIsAnEye()
    {
        IntegrationCard card(Platform::Shopee);
        IntegrationCardState s = connectedShop(false);
        card.setView(s);
        QLineEdit *secret = nullptr;
        for (QLineEdit *e : card.findChildren<QLineEdit *>()) {
            if (e->text() == IntegrationCard::tr("(hidden: press the eye to show it)"))
                secret = e;
        }
        QVERIFY(secret);
        QToolButton *toggle = nullptr;
        for (QToolButton *b : card.findChildren<QToolButton *>()) {
            if (b->isCheckable())
                toggle = b;
        }
        QVERIFY(toggle);
        QVERIFY(!imageOf(Theme::icon(u"eye"_s)).isNull());
        QCOMPARE(imageOf(toggle->icon()), imageOf(Theme::icon(u"eye"_s)));
        QVERIFY(imageOf(toggle->icon()) != imageOf(Theme::icon(u"lock"_s)));
        s.webhookSecret = u"whsec_c2VjcmV0"_s;
        card.setView(s);
        QCOMPARE(secret->text(), s.webhookSecret);
        QCOMPARE(imageOf(toggle->icon()), imageOf(Theme::icon(u"eye-off"_s)));
    }

    // Qt ships no Filipino or Indonesian translation of its own texts: the standard buttons of BVA's
    // dialogs and questions (Cancel, Save, Yes, No) and a text field's context menu read in the
    // seller's language from BVA's own files, not in English.
    // "last synced" on the shop's clock, like its orders; the zone named only where the computer's
    // clock reads another hour (a Manila shop seen from Jakarta), not where the two agree.
    void lastSyncedOnTheShopsClock_data()
    {
        QTest::addColumn<QByteArray>("computerZone");
        QTest::addColumn<bool>("named");
        QTest::newRow("computer in Manila") << QByteArray("Asia/Manila") << false;
        QTest::newRow("computer in Jakarta") << QByteArray("Asia/Jakarta") << true;
        QTest::newRow("computer on UTC") << QByteArray("UTC") << true;
    }
    void lastSyncedOnTheShopsClock()
    {
        QFETCH(QByteArray, computerZone);
        QFETCH(bool, named);
        const test::ComputerZone zone(computerZone);
        IntegrationCardState s = connectedShop(false); // last synced 09:30 UTC: 17:30 in Manila
        s.shopTimeZone = u"Asia/Manila"_s;
        IntegrationCard card(Platform::Shopee);
        card.setView(s);
        const QString onShopClock = QLocale().toString(
            QDateTime(QDate(2026, 12, 5), QTime(17, 30), QTimeZone("Asia/Manila")), QLocale::ShortFormat);
        const QString expected =
            named ? u"last synced %1 (Manila time)"_s.arg(onShopClock) : u"last synced %1"_s.arg(onShopClock);
        const QStringList texts = visibleTexts(card);
        const auto detail = std::find_if(texts.cbegin(), texts.cend(),
                                         [](const QString &t) { return t.contains(u"last synced"_s); });
        QVERIFY2(detail != texts.cend(), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(detail->contains(expected), qPrintable(*detail + u" lacks "_s + expected));
        QVERIFY2(named || !detail->contains(u"time)"_s), qPrintable(*detail));
    }

    // A failed sync's message is kept in no language: the card shows it in the one the seller picks,
    // also after switching. A row stored before that holds only its text, shown as it is.
    void failedSyncFollowsTheLanguage()
    {
        QTranslator translator;
        const auto speak = [&translator](const QString &language) {
            QCoreApplication::removeTranslator(&translator);
            Language::apply(language);
            QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
            QCoreApplication::installTranslator(&translator); // the card hears of it (posted)
        };
        const auto restore = qScopeGuard([&translator] {
            QCoreApplication::removeTranslator(&translator);
            Language::apply(u"en"_s);
        });
        IntegrationCardState s = connectedShop(false);
        s.integration->state = IntegrationState::Error;
        // What SyncService stores when a run fails (the run's own error is the client's, in English).
        s.integration->lastError =
            StoredText("bva::SyncService", "Sync failed: %1", {u"HTTP 500 on /api/v2/orders?q=%1"_s})
                .stored();
        speak(u"en"_s);
        IntegrationCard card(Platform::Shopee);
        card.setView(s);
        const auto detail = [&card] {
            const QStringList texts = visibleTexts(card);
            return texts.filter(u"HTTP 500"_s).join(u" | "_s);
        };
        QVERIFY2(detail().contains(u"Sync failed: HTTP 500 on /api/v2/orders?q=%1"_s), qPrintable(detail()));
        speak(u"fil"_s);
        QTRY_VERIFY2(detail().contains(u"Pumalya ang sync: HTTP 500 on /api/v2/orders?q=%1"_s),
                     qPrintable(detail()));
        speak(u"id"_s);
        QTRY_VERIFY2(detail().contains(u"Sinkronisasi gagal: HTTP 500 on /api/v2/orders?q=%1"_s),
                     qPrintable(detail()));

        s.integration->lastError = u"Sync failed: HTTP 500 (stored by BVA 1.4)"_s;
        card.setView(s);
        QVERIFY2(detail().contains(u"Sync failed: HTTP 500 (stored by BVA 1.4)"_s), qPrintable(detail()));
    }

    // A shop's name of 200 characters, with direction marks and emoji: the card ends it with "…" and
    // keeps it whole in a plain tip; the label asked for the whole name's width, widening the page.
    void longShopNameIsElided()
    {
        IntegrationCardState s = connectedShop(false);
        s.shopName =
            QString(u"\u200F\U0001F6D2 <b>"_s + u"Toko Serba Ada Murah Meriah "_s.repeated(8)).left(200);
        IntegrationCard card(Platform::Shopee);
        card.setView(s);
        card.resize(640, card.sizeHint().height());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QVERIFY2(card.minimumSizeHint().width() <= 640,
                 qPrintable(QString::number(card.minimumSizeHint().width())));
        QLabel *title = nullptr;
        for (QLabel *l : card.findChildren<QLabel *>())
            if (l->text().startsWith(s.shopName.left(3)))
                title = l;
        QVERIFY(title);
        QVERIFY2(title->text().endsWith(u'…') && title->text().size() < s.shopName.size(),
                 qPrintable(title->text()));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(QTextDocumentFragment::fromHtml(title->toolTip()).toPlainText(), s.shopName);
        card.resize(2400, card.height());
        QTRY_COMPARE(title->text(), s.shopName);
    }

    void qtTextsInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // Cancel, Save, Yes, No, the menu's Copy
        QTest::newRow("fil") << u"fil"_s
                             << QStringList{u"Kanselahin"_s, u"I-save"_s, u"&Oo"_s, u"&Hindi"_s,
                                            u"&Kopyahin"_s};
        QTest::newRow("id") << u"id"_s
                            << QStringList{u"Batal"_s, u"Simpan"_s, u"&Ya"_s, u"&Tidak"_s, u"&Salin"_s};
    }
    void qtTextsInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        Language::apply(language);
        const auto restore = qScopeGuard([] { Language::apply(u"en"_s); });
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);

        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), expected.at(0));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), expected.at(1));
        QMessageBox ask(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(ask.button(QMessageBox::Yes)->text(), expected.at(2));
        QCOMPARE(ask.button(QMessageBox::No)->text(), expected.at(3));
        QLineEdit field(u"text"_s);
        field.selectAll();
        const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QStringList items;
        for (const QAction *a : menu->actions())
            items.append(a->text().section(u'\t', 0, 0)); // "&Copy\tCtrl+C"
        QVERIFY2(items.contains(expected.at(4)), qPrintable(items.join(u", "_s)));
    }
};

QTEST_MAIN(TstIntegrationCard)
#include "tst_integrationcard.moc"
