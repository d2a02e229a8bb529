// The audit trail as the Activity page shows it: one row per entry, newest first, in words a seller
// reads ("Signed in", "Changed a role: Viewer → Editor", "Sync finished: 120 products, 30 orders").
// The same texts go into the page's CSV export.
#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace bva::ui {

class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Account, From, Shop, Activity, Details, Result, ColumnCount };

    explicit ActivityModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    void appendEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    // The shops' IANA zones by shop id: times are on the shop's clock, as its orders are shown.
    void setShopTimeZones(const QHash<qint64, QString> &zones);
    // An entry about a shop: that shop's zone; any other: the zone all the shops share, if they share
    // one; else empty (the computer's clock).
    static QString timeZoneOf(const AuditEntry &e, const QHash<qint64, QString> &zones);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated texts of one entry, column by column (the table and the CSV export); the time on
    // the clock of `timeZone` (an IANA id; empty: the computer's).
    static QString text(const AuditEntry &e, int column, const QString &timeZone = {});
    static QString actionText(const QString &action);
    static QString sourceText(const QString &source);
    static QString outcomeText(const QString &outcome);
    static QString detailText(const AuditEntry &e);
    static QString columnTitle(int column);

private:
    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_zones;
};

} // namespace bva::ui
