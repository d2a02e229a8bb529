// The shop card of the Integrations page as a seller sees it: every button whole (not clipped) in
// English and in Filipino (the longest strings), at 100% and 150% scale (run again with
// QT_SCALE_FACTOR=1.5), and the hidden signing secret's text and icon agreeing (an eye).
// BVA_SCREENSHOT_DIR keeps a picture of each for a person to look at.
#include "settings/integrationcard.h"
#include "settings/language.h"
#include "theme/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::ui;

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
};

QTEST_MAIN(TstIntegrationCard)
#include "tst_integrationcard.moc"
