#include "catalogimport.h"

#include "domain/eventbus.h"
#include "domain/money.h"
#include "platforms/payloadreader.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/transaction.h"
#include "util/clock.h"
#include "util/csvreader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>
#include <tuple>

using namespace Qt::StringLiterals;

namespace bva {

int ImportPreview::count(ImportRow::State state) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [state](const ImportRow &r) { return r.state == state; }));
}

struct CatalogImport::ProductPlan
{
    AccessibleShop shop;
    ImportPreview preview;
    QList<Product> writes; // new and changed products of valid rows
};

struct CatalogImport::Source
{
    AccessibleShop shop;
    QList<CsvRecord> records;              // the first is the header
    DecimalMark mark = DecimalMark::Point; // a comma in semicolon-separated files
    QHash<QString, int> columns;
    QList<Product> products;       // of the channel
    QHash<QString, Product> bySku; // lower-case SKU -> product
};

struct CatalogImport::SalePlan
{
    AccessibleShop shop;
    ImportPreview preview;
    QList<OfflineSale> sales; // new sales of valid rows
    QList<QList<int>> rowsOf; // preview row indexes of each sale
};

namespace {

// The columns of a file by their normalised names ("Unit Price" -> unit_price), with aliases.
QHash<QString, int> columnsOf(const QStringList &header, const QHash<QString, QString> &aliases)
{
    QHash<QString, int> out;
    for (qsizetype i = 0; i < header.size(); ++i) {
        QString name = header.at(i).trimmed().toLower();
        name.replace(u' ', u'_').replace(u'-', u'_');
        name = aliases.value(name, name);
        if (!out.contains(name))
            out.insert(name, int(i));
    }
    return out;
}

QString cellOf(const CsvRecord &r, const QHash<QString, int> &columns, const QString &name)
{
    const int i = columns.value(name, -1);
    return i >= 0 && i < r.cells.size() ? r.cells.at(i).trimmed() : QString();
}

struct MoneyCell
{
    std::optional<qint64> minor;
    QString error;
};

// "1,234.50" or "1234.5" (with a decimal comma: "1.234,50", "1234,5") -> minor units of a currency
// with `exponent` decimals; no sign, no float.
MoneyCell moneyCell(const QString &column, const QString &text, int exponent, DecimalMark mark)
{
    if (const auto minor = parseExactMinorUnits(text, exponent, mark))
        return {minor, {}};
    const bool comma = mark == DecimalMark::Comma;
    static const QRegularExpression pointNumber(u"^[\\d,]+(\\.(\\d+))?$"_s);
    static const QRegularExpression commaNumber(u"^[\\d.]+(,(\\d+))?$"_s);
    const QRegularExpressionMatch m = (comma ? commaNumber : pointNumber).match(text);
    if (m.hasMatch() && m.capturedLength(2) > exponent)
        return {
            std::nullopt,
            CatalogImport::tr("%1: \"%2\" has more than %n decimal(s)", nullptr, exponent).arg(column, text)};
    if (m.hasMatch() && !text.contains(comma ? u'.' : u','))
        return {std::nullopt, CatalogImport::tr("%1: \"%2\" is too large").arg(column, text)};
    return {std::nullopt,
            comma
                ? CatalogImport::tr("%1: \"%2\" is not an amount (this file uses decimal commas: write it "
                                    "like 1234,50)")
                      .arg(column, text)
                : CatalogImport::tr("%1: \"%2\" is not an amount (write it like 1234.50)").arg(column, text)};
}

std::optional<int> wholeNumber(const QString &text, int max)
{
    static const QRegularExpression digits(u"^\\d{1,10}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 v = text.toLongLong();
    return v <= max ? std::optional<int>(int(v)) : std::nullopt;
}

// A date of the file: with a zone (ISO-8601), or a local date and time of the shop, or a day (its
// start in the shop's zone). Nothing else: no guessing between day-month and month-day orders.
std::optional<QDateTime> dateCell(const QString &text, const QTimeZone &zone)
{
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression zoned(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (zoned.match(text).hasMatch()) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
    }
    for (const QString &format :
         {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-ddTHH:mm"_s}) {
        const QDateTime local = QDateTime::fromString(text, format);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toUTC();
    }
    const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (day.isValid())
        return day.startOfDay(zone).toUTC();
    return std::nullopt;
}

QString displayMoney(std::optional<qint64> minor, int exponent)
{
    return minor ? formatMinorUnits(*minor, exponent) : QString();
}

} // namespace

QStringList CatalogImport::productColumns()
{
    return {u"sku"_s, u"name"_s, u"price"_s, u"cost"_s, u"stock"_s, u"category"_s, u"description"_s};
}

QStringList CatalogImport::saleColumns()
{
    return {u"date"_s, u"sku"_s, u"quantity"_s, u"unit_price"_s, u"receipt"_s, u"customer"_s};
}

Result<CatalogImport::Source> CatalogImport::readSource(const Actor &actor, qint64 shopId,
                                                        const QByteArray &csv,
                                                        const QHash<QString, QString> &aliases,
                                                        const QStringList &required, const QStringList &known)
{
    Source source;
    auto shop = m_catalog.writableChannel(actor, shopId);
    if (!shop)
        return shop.error();
    source.shop = *shop;
    auto table = readCsv(csv);
    if (!table)
        return table.error();
    if (table->records.isEmpty())
        return Error::invalid(tr("the file is empty"));
    source.mark = table->decimalComma() ? DecimalMark::Comma : DecimalMark::Point;
    source.records = std::move(table->records);
    source.columns = columnsOf(source.records.constFirst().cells, aliases);
    for (const QString &column : required) {
        if (!source.columns.contains(column))
            return Error::invalid(
                tr("the file has no \"%1\" column (columns: %2)").arg(column, known.join(u", "_s)));
    }
    auto products = ProductRepository(m_db).listByShop(source.shop.shop.id);
    if (!products)
        return products.error();
    source.products = std::move(products).value();
    for (const Product &p : std::as_const(source.products)) {
        if (!p.sku.isEmpty())
            source.bySku.insert(p.sku.toLower(), p);
    }
    return source;
}

Result<CatalogImport::ProductPlan> CatalogImport::planProducts(const Actor &actor, qint64 shopId,
                                                               const QByteArray &csv)
{
    auto source = readSource(actor, shopId, csv,
                             {{u"product"_s, u"name"_s},
                              {u"product_name"_s, u"name"_s},
                              {u"qty"_s, u"stock"_s},
                              {u"quantity"_s, u"stock"_s}},
                             {u"sku"_s, u"name"_s, u"price"_s}, productColumns());
    if (!source)
        return source.error();
    const QList<CsvRecord> &records = source->records;
    const QHash<QString, int> &columns = source->columns;
    const QHash<QString, Product> &bySku = source->bySku;
    ProductPlan plan;
    plan.shop = source->shop;
    const int exp = currencyExponent(plan.shop.shop.currency);
    plan.preview.columns = {tr("SKU"), tr("Name"), tr("Price"), tr("Cost"), tr("Stock"), tr("Category")};
    QHash<QString, int> seenOnLine;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &rec = records.at(i);
        ImportRow row;
        row.line = rec.line;
        const QString sku = cellOf(rec, columns, u"sku"_s);
        const QString name = cellOf(rec, columns, u"name"_s);
        const QString priceText = cellOf(rec, columns, u"price"_s);
        const QString costText = cellOf(rec, columns, u"cost"_s);
        const QString stockText = cellOf(rec, columns, u"stock"_s);
        const QString category = cellOf(rec, columns, u"category"_s);
        row.key = sku;
        row.cells = {sku, name, priceText, costText, stockText, category};
        QStringList errors;
        if (sku.isEmpty())
            errors << tr("sku: required");
        if (name.isEmpty())
            errors << tr("name: required");
        for (const auto &[field, text, limit] :
             {std::tuple{u"sku"_s, &sku, payload::kMaxSkuChars},
              std::tuple{u"name"_s, &name, payload::kMaxNameChars},
              std::tuple{u"category"_s, &category, payload::kMaxCategoryChars}}) {
            if (auto e = NativeCatalog::overlong(field, *text, limit))
                errors << *e;
        }
        std::optional<qint64> price, cost;
        std::optional<int> stock;
        if (priceText.isEmpty()) {
            errors << tr("price: required");
        } else {
            const MoneyCell m = moneyCell(u"price"_s, priceText, exp, source->mark);
            price = m.minor;
            if (!m.minor)
                errors << m.error;
        }
        if (!costText.isEmpty()) {
            const MoneyCell m = moneyCell(u"cost"_s, costText, exp, source->mark);
            cost = m.minor;
            if (!m.minor)
                errors << m.error;
        }
        if (!stockText.isEmpty()) {
            stock = wholeNumber(stockText, NativeCatalog::kMaxStock);
            if (!stock)
                errors << tr("stock: \"%1\" is not a whole number of at least 0").arg(stockText);
        }
        if (!sku.isEmpty()) {
            const auto seen = seenOnLine.constFind(sku.toLower());
            if (seen != seenOnLine.cend())
                errors << tr("sku: %1 is already on row %2").arg(sku).arg(*seen);
            else
                seenOnLine.insert(sku.toLower(), rec.line);
        }
        if (!errors.isEmpty()) {
            row.reason = errors.join(u"; "_s);
            plan.preview.rows.append(row);
            continue;
        }
        const auto known = bySku.constFind(sku.toLower());
        Product p = known != bySku.cend() ? *known : Product();
        const Product before = p;
        p.sku = known != bySku.cend() ? before.sku : sku;
        p.name = name;
        p.priceMinor = *price;
        if (!costText.isEmpty())
            p.costMinor = cost;
        if (stock)
            p.stock = *stock;
        if (columns.contains(u"category"_s))
            p.category = category;
        if (columns.contains(u"description"_s))
            p.description = cellOf(rec, columns, u"description"_s);
        if (known == bySku.cend()) {
            p.externalId = u"bva-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
            row.state = ImportRow::State::New;
        } else {
            const bool same = before.name == p.name && before.priceMinor == p.priceMinor &&
                              before.costMinor == p.costMinor && before.stock == p.stock &&
                              before.category == p.category && before.description == p.description;
            row.state = same ? ImportRow::State::Unchanged : ImportRow::State::Update;
        }
        row.cells = {p.sku,
                     p.name,
                     formatMinorUnits(p.priceMinor, exp),
                     displayMoney(p.costMinor, exp),
                     QString::number(p.stock),
                     p.category};
        if (row.state != ImportRow::State::Unchanged)
            plan.writes.append(p);
        plan.preview.rows.append(row);
    }
    return plan;
}

Result<ImportPreview> CatalogImport::previewProducts(const Actor &actor, qint64 shopId, const QByteArray &csv)
{
    auto plan = planProducts(actor, shopId, csv);
    if (!plan)
        return plan.error();
    return plan->preview;
}

Result<ImportOutcome> CatalogImport::importProducts(const Actor &actor, qint64 shopId, const QByteArray &csv,
                                                    Policy policy)
{
    auto plan = planProducts(actor, shopId, csv);
    if (!plan)
        return plan.error();
    ImportOutcome out;
    out.skipped = plan->preview.count(ImportRow::State::Error);
    if (policy == Policy::AllOrNothing && out.skipped > 0)
        return Error::invalid(tr("%n row(s) have errors; nothing was imported", nullptr, out.skipped));
    out.created = plan->preview.count(ImportRow::State::New);
    out.updated = plan->preview.count(ImportRow::State::Update);
    out.unchanged = plan->preview.count(ImportRow::State::Unchanged);
    if (plan->writes.isEmpty())
        return out;
    const qint64 id = plan->shop.shop.id;
    if (auto r = ProductRepository(m_db).upsertBatch(id, plan->writes, u"import"_s); !r)
        return r.error();
    if (EventBus *bus = m_catalog.bus()) {
        for (const Product &p : std::as_const(plan->writes))
            emit bus->productChanged(id, p.externalId,
                                     QJsonObject{{u"productId"_s, p.externalId}, {u"name"_s, p.name}});
        emit bus->dashboardChanged(id);
    }
    return out;
}

Result<CatalogImport::SalePlan> CatalogImport::planSales(const Actor &actor, qint64 shopId,
                                                         const QByteArray &csv,
                                                         const SalesImportOptions &options)
{
    auto source = readSource(actor, shopId, csv,
                             {{u"qty"_s, u"quantity"_s},
                              {u"price"_s, u"unit_price"_s},
                              {u"receipt_no"_s, u"receipt"_s},
                              {u"receipt_number"_s, u"receipt"_s},
                              {u"customer_name"_s, u"customer"_s},
                              {u"placed_at"_s, u"date"_s}},
                             {u"sku"_s, u"quantity"_s}, saleColumns());
    if (!source)
        return source.error();
    const QList<CsvRecord> &records = source->records;
    const QHash<QString, int> &columns = source->columns;
    const QHash<QString, Product> &bySku = source->bySku;
    if (!columns.contains(u"date"_s) && !options.defaultDate)
        return Error::invalid(tr("the file has no \"date\" column: add one, or choose a date for every row"));
    SalePlan plan;
    plan.shop = source->shop;
    const int exp = currencyExponent(plan.shop.shop.currency);
    const QTimeZone zone(plan.shop.shop.timezone.toUtf8());
    const QDateTime now = Clock::nowUtc();
    plan.preview.columns = {tr("Date"),     tr("Receipt"),    tr("SKU"),
                            tr("Quantity"), tr("Unit price"), tr("Customer")};

    struct Parsed
    {
        QDateTime at;
        Product product;
        int quantity = 0;
        qint64 unitPrice = 0;
        QString receipt;
        QString customer;
    };
    QList<std::optional<Parsed>> parsed;
    QHash<QString, int> identical; // content key -> rows seen so far
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &rec = records.at(i);
        ImportRow row;
        row.line = rec.line;
        const QString dateText = cellOf(rec, columns, u"date"_s);
        const QString sku = cellOf(rec, columns, u"sku"_s);
        const QString qtyText = cellOf(rec, columns, u"quantity"_s);
        const QString priceText = cellOf(rec, columns, u"unit_price"_s);
        const QString receipt = cellOf(rec, columns, u"receipt"_s);
        const QString customer = cellOf(rec, columns, u"customer"_s);
        row.cells = {dateText, receipt, sku, qtyText, priceText, customer};
        QStringList errors;
        Parsed p;
        p.receipt = receipt;
        p.customer = customer;
        // A receipt names the order ("csv-r-" and the receipt): held to a marketplace id's cap.
        for (const auto &[field, text, limit] :
             {std::tuple{u"receipt"_s, &receipt, payload::kMaxIdChars - 6},
              std::tuple{u"customer"_s, &customer, payload::kMaxCustomerNameChars}}) {
            if (auto e = NativeCatalog::overlong(field, *text, limit))
                errors << *e;
        }
        if (dateText.isEmpty()) {
            if (options.defaultDate)
                p.at = options.defaultDate->toUTC();
            else
                errors << tr("date: required (or choose a date for rows without one)");
        } else if (const auto at = dateCell(dateText, zone)) {
            p.at = *at;
            if (p.at > now)
                errors << tr("date: %1 is in the future").arg(dateText);
        } else {
            errors << tr("date: \"%1\" is not a date (write 2026-12-05, 2026-12-05 14:30 or "
                         "2026-12-05T14:30:00+08:00)")
                          .arg(dateText);
        }
        if (sku.isEmpty()) {
            errors << tr("sku: required");
        } else if (const auto known = bySku.constFind(sku.toLower()); known != bySku.cend()) {
            p.product = *known;
        } else {
            errors << tr("sku: no product with SKU %1 in this channel").arg(sku);
        }
        if (qtyText.isEmpty()) {
            errors << tr("quantity: required");
        } else if (const auto q = wholeNumber(qtyText, NativeCatalog::kMaxQuantity); q && *q > 0) {
            p.quantity = *q;
        } else {
            errors << tr("quantity: \"%1\" is not a whole number from 1 to %2")
                          .arg(qtyText)
                          .arg(NativeCatalog::kMaxQuantity);
        }
        if (!priceText.isEmpty()) {
            const MoneyCell m = moneyCell(u"unit_price"_s, priceText, exp, source->mark);
            if (m.minor)
                p.unitPrice = *m.minor;
            else
                errors << m.error;
        } else {
            p.unitPrice = p.product.priceMinor;
        }
        if (errors.isEmpty()) {
            row.cells = {QLocale::c().toString(p.at.toTimeZone(zone), u"yyyy-MM-dd HH:mm"_s),
                         receipt,
                         p.product.sku,
                         QString::number(p.quantity),
                         formatMinorUnits(p.unitPrice, exp),
                         customer};
            if (receipt.isEmpty()) {
                const QString content = QString::number(p.at.toMSecsSinceEpoch()) + u'|' +
                                        p.product.sku.toLower() + u'|' + QString::number(p.quantity) + u'|' +
                                        QString::number(p.unitPrice);
                const int n = identical.value(content);
                identical.insert(content, n + 1);
                const QByteArray hash = QCryptographicHash::hash(
                    QString(content + u'|' + QString::number(n)).toUtf8(), QCryptographicHash::Sha256);
                row.key = u"csv-"_s + QString::fromLatin1(hash.toHex().left(24));
            } else {
                row.key = u"csv-r-"_s + receipt;
            }
            row.state = ImportRow::State::New;
            parsed.append(p);
        } else {
            row.reason = errors.join(u"; "_s);
            parsed.append(std::nullopt);
        }
        plan.preview.rows.append(row);
    }

    // Rows of one receipt form one sale: same date; one bad row keeps the whole receipt out.
    QHash<QString, QList<int>> byKey;
    QStringList keyOrder;
    for (qsizetype i = 0; i < plan.preview.rows.size(); ++i) {
        const ImportRow &row = plan.preview.rows.at(i);
        const QString key =
            row.key.isEmpty() && !row.cells.at(1).isEmpty() ? u"csv-r-"_s + row.cells.at(1) : row.key;
        if (key.isEmpty())
            continue;
        if (!byKey.contains(key))
            keyOrder.append(key);
        byKey[key].append(int(i));
    }
    QStringList keys;
    for (const QString &key : std::as_const(keyOrder)) {
        const QList<int> rows = byKey.value(key);
        QString problem;
        for (int r : rows) {
            if (!parsed.at(r)) {
                problem = tr("receipt %1 has an error on row %2")
                              .arg(plan.preview.rows.at(r).cells.at(1))
                              .arg(plan.preview.rows.at(r).line);
                break;
            }
        }
        if (problem.isEmpty()) {
            for (int r : rows) {
                if (parsed.at(r)->at != parsed.at(rows.constFirst())->at)
                    problem = tr("receipt %1: rows %2 and %3 have different dates")
                                  .arg(parsed.at(r)->receipt)
                                  .arg(plan.preview.rows.at(rows.constFirst()).line)
                                  .arg(plan.preview.rows.at(r).line);
            }
        }
        if (!problem.isEmpty()) {
            for (int r : rows) {
                ImportRow &row = plan.preview.rows[r];
                if (parsed.at(r)) {
                    row.state = ImportRow::State::Error;
                    row.reason = problem;
                }
            }
            continue;
        }
        keys.append(key);
    }
    auto states = OrderRepository(m_db).states(plan.shop.shop.id, keys);
    if (!states)
        return states.error();
    QHash<QString, int> stockLeft;
    for (const Product &p : std::as_const(source->products))
        stockLeft.insert(p.externalId, p.stock);
    for (const QString &key : std::as_const(keys)) {
        const QList<int> rows = byKey.value(key);
        if (states->contains(key)) {
            for (int r : rows)
                plan.preview.rows[r].state = ImportRow::State::Unchanged;
            continue;
        }
        OfflineSale sale;
        sale.shopId = plan.shop.shop.id;
        sale.externalId = key;
        sale.placedAt = parsed.at(rows.constFirst())->at;
        QString shortage;
        for (int r : rows) {
            const Parsed &p = *parsed.at(r);
            if (!p.customer.isEmpty())
                sale.customerName = p.customer;
            sale.lines.append({p.product.externalId, p.quantity, p.unitPrice});
            int &left = stockLeft[p.product.externalId];
            if (!options.allowOversell && p.quantity > left && shortage.isEmpty())
                shortage = tr("only %1 of %2 left in stock for this row (selling %3)")
                               .arg(left)
                               .arg(p.product.sku)
                               .arg(p.quantity);
            left = std::max(0, left - p.quantity);
        }
        if (!shortage.isEmpty()) {
            for (int r : rows) {
                plan.preview.rows[r].state = ImportRow::State::Error;
                plan.preview.rows[r].reason = shortage;
            }
            continue;
        }
        plan.sales.append(sale);
        plan.rowsOf.append(rows);
    }
    return plan;
}

Result<ImportPreview> CatalogImport::previewSales(const Actor &actor, qint64 shopId, const QByteArray &csv,
                                                  const SalesImportOptions &options)
{
    auto plan = planSales(actor, shopId, csv, options);
    if (!plan)
        return plan.error();
    return plan->preview;
}

Result<ImportOutcome> CatalogImport::importSales(const Actor &actor, qint64 shopId, const QByteArray &csv,
                                                 Policy policy, const SalesImportOptions &options)
{
    auto plan = planSales(actor, shopId, csv, options);
    if (!plan)
        return plan.error();
    ImportOutcome out;
    out.skipped = plan->preview.count(ImportRow::State::Error);
    out.unchanged = plan->preview.count(ImportRow::State::Unchanged);
    if (policy == Policy::AllOrNothing && out.skipped > 0)
        return Error::invalid(tr("%n row(s) have errors; nothing was imported", nullptr, out.skipped));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin sales import: "_s + tx.beginError());
    for (const OfflineSale &sale : std::as_const(plan->sales)) {
        auto r = m_catalog.recordSale(actor, sale, options.allowOversell);
        if (!r)
            return r.error();
        if (r->created)
            out.created += int(sale.lines.size());
        else
            out.unchanged += int(sale.lines.size());
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return out;
}

} // namespace bva
