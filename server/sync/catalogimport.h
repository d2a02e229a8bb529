// CSV import of BVA-native products and offline sales into a BVA channel: a preview first (every row
// with what would happen to it, or why it cannot be imported), then the import of the valid rows or
// of nothing at all, as the seller chooses, in one transaction.
//
// Re-importing the same file changes nothing. Products are keyed by SKU within the channel (a row
// whose SKU exists updates that product). A sale is keyed by its receipt number when the file has a
// `receipt` column (rows sharing one form one order), else by the row's own content (date, SKU,
// quantity, unit price) and how many identical rows came before it in the file; a key already
// recorded is "already imported" and skipped, its stock not taken again.
//
// Money is read from the text as decimals in the channel's currency (never through a float); dates
// come from the file. A sale row without a date is an error unless the seller gave a default date.
// Thread-safe like NativeCatalog (the desktop calls it through runAsync).
#pragma once

#include "nativecatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace bva {

struct ImportRow
{
    enum class State { New, Update, Unchanged, Error };
    int line = 0; // the file's row number (the header is row 1)
    State state = State::Error;
    QString key;       // SKU (products) or order id (sales)
    QStringList cells; // as shown: products sku, name, price, cost, stock, category;
                       // sales date, receipt, sku, quantity, unit price, customer
    QString reason;    // why the row cannot be imported
};

struct ImportPreview
{
    QStringList columns; // headers of `cells`, translated
    QList<ImportRow> rows;
    int count(ImportRow::State state) const;
};

struct ImportOutcome
{
    int created = 0;
    int updated = 0;
    int unchanged = 0; // already there as in the file
    int skipped = 0;   // rows with errors left out
};

struct SalesImportOptions
{
    std::optional<QDateTime> defaultDate; // for rows without one, chosen by the seller
    bool allowOversell = false;           // the seller confirmed selling beyond stock
};

class CatalogImport final
{
    Q_DECLARE_TR_FUNCTIONS(bva::CatalogImport)
public:
    enum class Policy { ValidRowsOnly, AllOrNothing };

    explicit CatalogImport(NativeCatalog &catalog)
        : m_db(catalog.database())
        , m_catalog(catalog)
    {}

    static QStringList productColumns(); // the file's column names: sku, name, price, cost, stock, ...
    static QStringList saleColumns();    // date, sku, quantity, unit_price, receipt, customer

    Result<ImportPreview> previewProducts(const Actor &actor, qint64 shopId, const QByteArray &csv);
    Result<ImportOutcome> importProducts(const Actor &actor, qint64 shopId, const QByteArray &csv,
                                         Policy policy);
    Result<ImportPreview> previewSales(const Actor &actor, qint64 shopId, const QByteArray &csv,
                                       const SalesImportOptions &options = {});
    Result<ImportOutcome> importSales(const Actor &actor, qint64 shopId, const QByteArray &csv, Policy policy,
                                      const SalesImportOptions &options = {});

private:
    struct Source;
    struct ProductPlan;
    struct SalePlan;
    // What both imports read first: the writable channel, the file's records and columns (by normalised
    // name or alias; each of `required` present, else an error listing `known`), the channel's products.
    Result<Source> readSource(const Actor &actor, qint64 shopId, const QByteArray &csv,
                              const QHash<QString, QString> &aliases, const QStringList &required,
                              const QStringList &known);
    Result<ProductPlan> planProducts(const Actor &actor, qint64 shopId, const QByteArray &csv);
    Result<SalePlan> planSales(const Actor &actor, qint64 shopId, const QByteArray &csv,
                               const SalesImportOptions &options);

    Database &m_db;
    NativeCatalog &m_catalog;
};

} // namespace bva
