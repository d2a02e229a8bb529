// The desktop's BVA channel on SQLite and PostgreSQL: the Products page's New product and Edit
// product dialogs (validation messages, a SKU already used, prices kept exactly), Record sale (an
// oversell asks "Sell anyway", the stock taken, the KPIs counting it), the CSV import dialog (row
// errors with their row numbers, valid rows only or all or nothing, a re-import adding nothing, a
// default date chosen for undated sales) and a viewer of a channel unable to edit.
#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "auth/authservice.h"
#include "catalog/csvimportdialog.h"
#include "catalog/productdialog.h"
#include "catalog/saledialog.h"
#include "domain/eventbus.h"
#include "models/productfilterproxy.h"
#include "models/producttablemodel.h"
#include "pages/productspage.h"
#include "shell/topbar.h"
#include "shell/uiservices.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "sync/nativecatalog.h"
#include "testserver.h"
#include "theme/theme.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

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

UiServices uiOf(TestServer &s)
{
    UiServices u;
    AppServices &a = s.services();
    u.db = &a.database();
    u.bus = &a.eventBus();
    u.vault = &a.vault();
    u.auth = &a.auth();
    u.team = &a.team();
    u.audit = &a.audit();
    u.analytics = &a.analytics();
    u.catalog = &a.catalog();
    return u;
}

void signIn(UserSession &session, AuthService &auth, const QString &email)
{
    auto s = auth.signIn(email, u"correct horse"_s);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    session.start(s->user, s->token, s->sessionId, s->expiresAt);
}

int rowOf(ProductsPage &page, const QString &sku)
{
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        if (page.proxy()->index(row, ProductTableModel::Sku).data().toString() == sku)
            return row;
    }
    return -1;
}

QString cell(QTableWidget *t, int row, int column)
{
    QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TstCatalogDialogs : public QObject
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

    void productAndSaleDialogs_data() { addBackendRows(); }
    void productAndSaleDialogs()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server);
        server->registerUser(u"alice@example.com"_s);
        UserSession session(ui);
        signIn(session, server->services().auth(), u"alice@example.com"_s);
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(BVA_QM_DIR) + u"/bva_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
        ProductsPage page(*ui.analytics, *ui.bus);
        page.setCatalog(ui.catalog, &session);
        QVERIFY(page.newProductButton()->isVisibleTo(&page));
        connect(&session, &UserSession::shopsChanged, &page, [&] {
            AnalyticsScope scope;
            scope.shopIds = session.shopIds();
            page.setScope(scope);
        });

        // New product: the form says what is wrong; nothing is stored until it is right.
        page.newProductButton()->click();
        QTRY_VERIFY(page.findChild<ProductDialog *>());
        auto *dialog = page.findChild<ProductDialog *>();
        dialog->saveButton()->click();
        QVERIFY(dialog->errorLabel()->isVisibleTo(dialog));
        QVERIFY(dialog->errorLabel()->text().contains(u"name"_s));
        // A pasted megabyte stops at the field (twice the cap in UTF-16 units: 1,000 emoji fit whole).
        dialog->nameField()->insert(QString(1'000'000, u'x'));
        QCOMPARE(dialog->nameField()->text().size(), 2000);
        dialog->nameField()->setText(QString(u"\U0001F353"_s).repeated(1000));
        QCOMPARE(dialog->nameField()->text().size(), 2000);
        dialog->skuField()->setText(QString(5000, u'x'));
        QCOMPARE(dialog->skuField()->text().size(), 800);
        dialog->priceField()->setText(QString(5000, u'9'));
        QCOMPARE(dialog->priceField()->text().size(), 32);
        dialog->priceField()->clear();
        dialog->nameField()->setText(u"Strawberry jam"_s);
        dialog->skuField()->setText(u"JAM-1"_s);
        dialog->priceField()->setText(u"99.999"_s);
        dialog->saveButton()->click();
        QVERIFY(dialog->errorLabel()->text().contains(u"Price"_s));
        dialog->priceField()->setText(u"99.95"_s);
        dialog->costField()->setText(u"40"_s);
        dialog->stockField()->setValue(5);
        // Read from the signal: the dialog deletes itself once it has saved.
        auto savedShop = std::make_shared<qint64>(0);
        connect(dialog, &ProductDialog::productSaved, this,
                [savedShop](const Product &p) { *savedShop = p.shopId; });
        dialog->saveButton()->click();
        QTRY_VERIFY(*savedShop != 0);
        const qint64 channel = *savedShop;
        QTRY_VERIFY(page.findChild<ProductDialog *>() == nullptr); // closed (deleted on close)
        auto jam = ProductRepository(server->db()).findBySku(channel, u"JAM-1"_s);
        QVERIFY(jam.ok() && jam->has_value());
        QCOMPARE((*jam)->priceMinor, 9995);
        QCOMPARE((*jam)->costMinor, std::optional<qint64>(4000));
        // The new channel reaches the session (top bar, scope) and the table.
        QTRY_VERIFY(session.shop(channel) != nullptr);
        QCOMPARE(session.shop(channel)->platform, Platform::Other);
        QTRY_VERIFY(rowOf(page, u"JAM-1"_s) >= 0);
        // One product is counted as one (the English plural forms the app installs).
        QTRY_COMPARE(page.findChild<QLabel *>(u"productCount"_s)->text(), u"1 of 1 product"_s);

        // The same SKU again: the store's reason shows, the dialog stays open.
        page.newProductButton()->click();
        QTRY_VERIFY(page.findChild<ProductDialog *>());
        dialog = page.findChild<ProductDialog *>();
        dialog->nameField()->setText(u"Another jam"_s);
        dialog->skuField()->setText(u"jam-1"_s);
        dialog->priceField()->setText(u"10"_s);
        dialog->saveButton()->click();
        QTRY_VERIFY(dialog->errorLabel()->text().contains(u"already used"_s));
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(page.findChild<ProductDialog *>() == nullptr);
        QCOMPARE(ProductRepository(server->db()).count(channel).value(), 1);

        // Record sale: more than in stock asks first; a smaller sale goes through and takes stock.
        page.recordSaleButton()->click();
        QTRY_VERIFY(page.findChild<SaleDialog *>());
        auto *sale = page.findChild<SaleDialog *>();
        QTRY_COMPARE(sale->lines()->rowCount(), 1);
        QCOMPARE(sale->dateField()->dateTime().toUTC().date(), Clock::nowUtc().date());
        auto *quantity = qobject_cast<QSpinBox *>(sale->lines()->cellWidget(0, SaleDialog::QuantityColumn));
        QVERIFY(quantity);
        quantity->setValue(7);
        sale->recordButton()->click();
        QTRY_COMPARE(sale->recordButton()->text(), SaleDialog::tr("Sell anyway"));
        QVERIFY(sale->errorLabel()->text().contains(u"5 in stock"_s));
        QCOMPARE(OrderRepository(server->db()).count(channel).value(), 0);
        quantity->setValue(3); // a changed sale asks again
        QCOMPARE(sale->recordButton()->text(), SaleDialog::tr("Record sale"));
        QVERIFY(sale->totalLabel()->text().contains(u"299.85"_s));
        sale->customerField()->setText(u"Walk-in"_s);
        QSignalSpy recorded(sale, &SaleDialog::saleRecorded);
        sale->recordButton()->click();
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(ProductRepository(server->db()).findBySku(channel, u"JAM-1"_s).value()->stock, 2);
        QCOMPARE(OrderRepository(server->db()).count(channel).value(), 1);
        AnalyticsScope scope;
        scope.shopIds = {channel};
        scope.preset = DatePreset::Last7Days;
        auto kpis = ui.analytics->kpis(scope);
        QVERIFY(kpis.ok() && kpis->size() == 1);
        QCOMPARE(kpis->constFirst().current.revenueMinor, 3 * 9995);

        // Edit product: the form starts from the stored product; the price is kept exactly.
        QTRY_VERIFY(rowOf(page, u"JAM-1"_s) >= 0);
        page.selectRow(rowOf(page, u"JAM-1"_s));
        QVERIFY(page.editProductButton()->isEnabled());
        page.editProductButton()->click();
        QTRY_VERIFY(page.findChild<ProductDialog *>());
        dialog = page.findChild<ProductDialog *>();
        QCOMPARE(dialog->priceField()->text(), u"99.95"_s);
        QCOMPARE(dialog->stockField()->value(), 2);
        dialog->priceField()->setText(u"1,020.10"_s);
        QSignalSpy edited(dialog, &ProductDialog::productSaved);
        dialog->saveButton()->click();
        QTRY_COMPARE(edited.size(), 1);
        QCOMPARE(ProductRepository(server->db()).findBySku(channel, u"JAM-1"_s).value()->priceMinor, 102010);
        QCOMPARE(ProductRepository(server->db()).count(channel).value(), 1);
        QTRY_VERIFY(page.findChild<ProductDialog *>() == nullptr);

        // Remove product: asks first (Cancel keeps it), then takes it off the list; its sale stays.
        QTRY_VERIFY(rowOf(page, u"JAM-1"_s) >= 0);
        page.selectRow(rowOf(page, u"JAM-1"_s));
        page.editProductButton()->click();
        QTRY_VERIFY(page.findChild<ProductDialog *>());
        dialog = page.findChild<ProductDialog *>();
        QVERIFY(dialog->removeButton());
        const auto confirm = [&](QMessageBox::StandardButton choice) {
            dialog->removeButton()->click();
            QTRY_VERIFY(dialog->findChild<QMessageBox *>(u"confirmRemove"_s));
            auto *box = dialog->findChild<QMessageBox *>(u"confirmRemove"_s);
            QVERIFY(box->text().contains(u"Strawberry jam"_s));
            box->button(choice)->click();
        };
        confirm(QMessageBox::Cancel);
        QTest::qWait(100);
        QCOMPARE(ProductRepository(server->db()).count(channel).value(), 1);
        QSignalSpy removed(dialog, &ProductDialog::productRemoved);
        confirm(QMessageBox::Yes);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(ProductRepository(server->db()).count(channel).value(), 0);
        QCOMPARE(OrderRepository(server->db()).count(channel).value(), 1);
        QTRY_COMPARE(rowOf(page, u"JAM-1"_s), -1);
        // Its SKU is free again.
        Product again;
        again.name = u"Strawberry jam (new recipe)"_s;
        again.sku = u"JAM-1"_s;
        again.priceMinor = 12000;
        BVA_VERIFY_OK(ui.catalog->saveProduct(session.actor(), channel, again));
    }

    // The shop pickers list the BVA channel: the top bar (its own entry and "all BVA channels") and the
    // Products page's platform filter.
    void pickersShowTheChannel()
    {
        Shop market;
        market.id = 1;
        market.platform = Platform::Shopee;
        market.name = u"Juan's Shopee"_s;
        Shop own;
        own.id = 2;
        own.platform = Platform::Other;
        own.name = u"My products"_s;
        TopBar bar;
        bar.setShops({market, own});
        auto *scope = bar.findChild<QComboBox *>(u"scopeFilter"_s);
        QVERIFY(scope);
        QVERIFY(scope->findData(u"platform:OTHER"_s) >= 0);
        QVERIFY(scope->findData(u"shop:2"_s) >= 0);
        QCOMPARE(scope->itemText(scope->findData(u"shop:2"_s)), u"My products"_s);
        QCOMPARE(platformDisplayName(Platform::Other), u"BVA"_s);
    }

    // A 1024-pixel window leaves the page 792 pixels beside the sidebar: the page title, the product
    // count, the catalogue's buttons and the filters are whole (squeezed into one row with the count,
    // the title read "Products & Inv" and "Record sale" was cut on both sides). In every language: the
    // Filipino buttons are longer, and the title read "Mga Produkto a".
    void productsHeaderFitsA1024Window_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fil") << u"fil"_s;
        QTest::newRow("id") << u"id"_s;
    }
    void productsHeaderFitsA1024Window()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        START(server, u"sqlite"_s);
        const UiServices ui = uiOf(*server);
        server->registerUser(u"narrow@example.com"_s);
        UserSession session(ui);
        signIn(session, server->services().auth(), u"narrow@example.com"_s);
        // In the window the page cannot grow past its place (alone it would widen to its minimum).
        QWidget window;
        window.resize(792, 600);
        ProductsPage page(*ui.analytics, *ui.bus, &window);
        page.setCatalog(ui.catalog, &session);
        page.setGeometry(window.rect());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(page.width(), 792);
        // A catalogue of a busy seller's size (the count is what the filters leave of all products).
        auto *count = page.findChild<QLabel *>(u"productCount"_s);
        QVERIFY(count);
        count->setText(ProductsPage::tr("%1 of %Ln product(s)", nullptr, 1204).arg(u"1,204"_s));
        QCoreApplication::processEvents();
        int checked = 0;
        for (QWidget *w : page.findChildren<QWidget *>()) {
            const bool kind = qobject_cast<QLabel *>(w) || qobject_cast<QPushButton *>(w) ||
                              qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w);
            if (!kind || !w->isVisibleTo(&page) || w->mapTo(&page, QPoint()).y() > 100)
                continue; // the header and filter rows only
            const auto *label = qobject_cast<QLabel *>(w);
            const QString what = w->property("text").toString();
            QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                     qPrintable(u"\"%1\" is %2 wide, needs %3"_s.arg(what)
                                    .arg(w->width())
                                    .arg(w->minimumSizeHint().width())));
            if (label && label->wordWrap())
                QVERIFY2(w->height() >= label->heightForWidth(w->width()), qPrintable(what));
            ++checked;
        }
        QVERIFY(checked >= 6); // the title, the count and four buttons

        // The filter row: the search field keeps room for the first words of its hint beside four
        // boxes (in Filipino it was squeezed to "Han…"), and no box runs off the page.
        auto *search = page.findChild<QLineEdit *>();
        QVERIFY(search);
        const QString firstWords = search->placeholderText().section(u' ', 0, 1);
        QVERIFY2(
            search->width() >= search->fontMetrics().horizontalAdvance(firstWords) + 40,
            qPrintable(u"the search field is %1 wide for \"%2\""_s.arg(search->width()).arg(firstWords)));
        for (const QComboBox *box : page.findChildren<QComboBox *>())
            QVERIFY2(box->mapTo(&page, QPoint(box->width(), 0)).x() <= page.width(),
                     qPrintable(box->currentText()));
    }

    // The products table in a 1024-pixel window: every heading in sight whole ("Kalagayan ng stock"
    // read "Kalagayan n" in Filipino).
    void productsHeadingsWhole_data() { productsHeaderFitsA1024Window_data(); }
    void productsHeadingsWhole()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
        auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        START(server, u"sqlite"_s);
        const UiServices ui = uiOf(*server);
        const qint64 userId = server->registerUser(u"headings@example.com"_s).first;
        const Actor actor{userId, u"headings@example.com"_s, u"test"_s};
        Product p;
        p.name = u"Tea"_s;
        p.sku = u"TEA"_s;
        p.priceMinor = 2500;
        const qint64 channel = ui.catalog->saveProduct(actor, 0, p).value().shopId;
        UserSession session(ui);
        signIn(session, server->services().auth(), u"headings@example.com"_s);
        QTRY_VERIFY(session.shop(channel) != nullptr);
        QWidget window;
        window.resize(792, 600);
        ProductsPage page(*ui.analytics, *ui.bus, &window);
        page.setCatalog(ui.catalog, &session);
        AnalyticsScope scope;
        scope.shopIds = session.shopIds();
        page.setScope(scope);
        page.setGeometry(window.rect());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = page.findChild<QTableView *>();
        QVERIFY(view);
        QTRY_VERIFY(rowOf(page, u"TEA"_s) >= 0);
        QTRY_VERIFY(view->isVisible());
        QHeaderView *header = view->horizontalHeader();
        for (int column : {ProductTableModel::Stock, ProductTableModel::State, ProductTableModel::UnitsSold})
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(u"\"%1\" is %2 wide, needs %3"_s
                                    .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(column))
                                    .arg(header->sectionSizeHint(column))));
    }

    void viewerCannotEdit_data() { addBackendRows(); }
    void viewerCannotEdit()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server);
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        const qint64 bobId = server->registerUser(u"bob@example.com"_s).first;
        Q_UNUSED(aliceId);
        const Actor alice{aliceId, u"alice@example.com"_s, u"test"_s};
        Product p;
        p.name = u"Tea"_s;
        p.sku = u"TEA"_s;
        p.priceMinor = 2500;
        const qint64 channel = ui.catalog->saveProduct(alice, 0, p).value().shopId;
        QVERIFY(ShopRepository(server->db()).grantAccess(bobId, channel, ShopRole::Viewer).ok());
        UserSession session(ui);
        signIn(session, server->services().auth(), u"bob@example.com"_s);
        QTRY_VERIFY(session.shop(channel) != nullptr);
        ProductsPage page(*ui.analytics, *ui.bus);
        page.setCatalog(ui.catalog, &session);
        AnalyticsScope scope;
        scope.shopIds = session.shopIds();
        page.setScope(scope);
        QTRY_VERIFY(rowOf(page, u"TEA"_s) >= 0);
        page.selectRow(rowOf(page, u"TEA"_s));
        QVERIFY(!page.editProductButton()->isEnabled());
        QVERIFY(!page.editProductButton()->toolTip().isEmpty());
        // The platform filter offers BVA and keeps the channel's products under it.
        QComboBox *platform = nullptr;
        for (QComboBox *box : page.findChildren<QComboBox *>()) {
            if (box->findData(u"OTHER"_s) >= 0)
                platform = box;
        }
        QVERIFY(platform);
        platform->setCurrentIndex(platform->findData(u"OTHER"_s));
        QCOMPARE(platform->currentText(), u"BVA"_s);
        QVERIFY(rowOf(page, u"TEA"_s) >= 0);
        platform->setCurrentIndex(platform->findData(u"SHOPEE"_s));
        QCOMPARE(rowOf(page, u"TEA"_s), -1);
    }

    void csvImportDialog_data() { addBackendRows(); }
    void csvImportDialog()
    {
        QFETCH(QString, backend);
        START(server, backend);
        const UiServices ui = uiOf(*server);
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        const Actor alice{aliceId, u"alice@example.com"_s, u"test"_s};
        auto channels = ui.catalog->channels(alice);
        QVERIFY(channels.ok() && channels->size() == 1);
        const qint64 channel = channels->constFirst().shop.id;

        QTemporaryDir dir;
        const QString products = dir.filePath(u"products.csv"_s);
        {
            QFile f(products);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "sku,name,price,cost,stock\nJAM,Jam,99.95,40,10\nTEA,Tea,25,,5\nBAD,Bad,12abc,,1\nJAM,Twice,1,,1\n");
        }
        QWidget host;
        auto *dialog = new CsvImportDialog(CsvImportDialog::Kind::Products, *ui.catalog, alice, *channels,
                                           Clock::nowUtc(), &host);
        QSignalSpy shown(dialog, &CsvImportDialog::previewShown);
        dialog->loadFile(products);
        QTRY_COMPARE(shown.size(), 1);
        QTableWidget *t = dialog->previewTable();
        QCOMPARE(t->rowCount(), 4);
        const int problem = t->columnCount() - 1;
        QCOMPARE(cell(t, 2, 0), u"4"_s); // the file's row number
        QCOMPARE(cell(t, 2, 1), CsvImportDialog::tr("Error"));
        QVERIFY(cell(t, 2, problem).contains(u"price: \"12abc\""_s));
        QVERIFY(cell(t, 3, problem).contains(u"already on row 2"_s));
        QVERIFY(dialog->summaryLabel()->text().contains(u"2 with errors"_s));
        QVERIFY(dialog->importButton()->isEnabled());
        dialog->allOrNothingChoice()->setChecked(true);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->validOnlyChoice()->setChecked(true);
        QSignalSpy imported(dialog, &CsvImportDialog::imported);
        shown.clear();
        dialog->importButton()->click();
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(dialog->outcome()->created, 2);
        QCOMPARE(dialog->outcome()->skipped, 2);
        QCOMPARE(ProductRepository(server->db()).count(channel).value(), 2);
        // After the import every valid row reads as already there; importing again adds nothing.
        QTRY_VERIFY(shown.size() >= 1);
        QCOMPARE(cell(t, 0, 1), CsvImportDialog::tr("Unchanged"));
        QVERIFY(!dialog->importButton()->isEnabled());

        const QString sales = dir.filePath(u"sales.csv"_s);
        {
            QFile f(sales);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray day = Clock::nowUtc().date().addDays(-2).toString(Qt::ISODate).toLatin1();
            f.write("date,sku,quantity,unit_price,receipt\n" + day + ",JAM,2,,R1\n,TEA,1,20.00,\n" + day +
                    ",NOPE,1,,\n");
        }
        auto *salesDialog = new CsvImportDialog(CsvImportDialog::Kind::Sales, *ui.catalog, alice, *channels,
                                                Clock::nowUtc(), &host);
        QSignalSpy salesShown(salesDialog, &CsvImportDialog::previewShown);
        salesDialog->loadFile(sales);
        QTRY_COMPARE(salesShown.size(), 1);
        t = salesDialog->previewTable();
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(cell(t, 0, 1), CsvImportDialog::tr("New"));
        QVERIFY(cell(t, 1, t->columnCount() - 1).contains(u"date: required"_s));
        QVERIFY(cell(t, 2, t->columnCount() - 1).contains(u"NOPE"_s));
        // The seller picks the date of undated rows: that row becomes valid.
        salesDialog->defaultDateField()->setDateTime(Clock::nowUtc().addDays(-1).toLocalTime());
        salesDialog->defaultDateChoice()->setChecked(true);
        QTRY_COMPARE(cell(t, 1, 1), CsvImportDialog::tr("New"));
        QSignalSpy salesImported(salesDialog, &CsvImportDialog::imported);
        salesDialog->importButton()->click();
        QTRY_COMPARE(salesImported.size(), 1);
        QCOMPARE(salesDialog->outcome()->created, 2);
        QCOMPARE(OrderRepository(server->db()).count(channel).value(), 2);
        QCOMPARE(ProductRepository(server->db()).findBySku(channel, u"JAM"_s).value()->stock, 8);
        QTRY_COMPARE(cell(t, 0, 1), CsvImportDialog::tr("Already imported"));
    }

    // A file's 20,000-character cell (a description, or a name over its cap) is shown cut with "…", the
    // rest in a plain tooltip of its own bounded size; the column stays within a screen.
    void csvPreviewCutsLongCells()
    {
        START(server, u"sqlite"_s);
        const UiServices ui = uiOf(*server);
        const qint64 aliceId = server->registerUser(u"alice@example.com"_s).first;
        const Actor alice{aliceId, u"alice@example.com"_s, u"test"_s};
        auto channels = ui.catalog->channels(alice);
        QVERIFY(channels.ok() && channels->size() == 1);
        QTemporaryDir dir;
        const QString products = dir.filePath(u"products.csv"_s);
        const QString longName = u"<b>Jam</b> "_s + QString(u"\U0001F353"_s).repeated(9'000);
        {
            QFile f(products);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("sku,name,price,cost,stock\nJAM," + longName.toUtf8() + ",99.95,40,10\nTEA,Tea,25,,5\n");
        }
        QWidget host;
        auto *dialog = new CsvImportDialog(CsvImportDialog::Kind::Products, *ui.catalog, alice, *channels,
                                           Clock::nowUtc(), &host);
        QSignalSpy shown(dialog, &CsvImportDialog::previewShown);
        dialog->loadFile(products);
        QTRY_COMPARE(shown.size(), 1);
        QTableWidget *t = dialog->previewTable();
        QCOMPARE(t->rowCount(), 2);
        const int nameColumn = 3; // Row, Status, SKU, Name
        const QTableWidgetItem *item = t->item(0, nameColumn);
        QVERIFY2(item->text().size() <= 120, qPrintable(QString::number(item->text().size())));
        QVERIFY(item->text().startsWith(u"<b>Jam</b> \U0001F353"_s));
        QVERIFY(item->text().endsWith(u"\U0001F353…"_s)); // no half of a pair before the "…"
        const QString tip = item->toolTip();
        QVERIFY2(tip.size() > 120 && tip.size() <= 2100, qPrintable(QString::number(tip.size())));
        QVERIFY2(tip.contains(u"&lt;b&gt;Jam"_s), qPrintable(tip.left(60))); // shown as the characters it is
        QCOMPARE(t->item(1, nameColumn)->text(), u"Tea"_s);
        QVERIFY(t->item(1, nameColumn)->toolTip().isEmpty());
        QVERIFY2(t->columnWidth(nameColumn) < 2000, qPrintable(QString::number(t->columnWidth(nameColumn))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstCatalogDialogs)
#include "tst_catalogdialogs.moc"
