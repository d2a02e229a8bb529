// The audit trail as the Activity page shows it: one row per entry, newest first, in words a seller
// reads ("Signed in", "Changed a role: Viewer → Editor", "Sync finished: 120 products, 30 orders").
// The same texts go into the page's CSV export.
#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated texts of one entry, column by column (the table and the CSV export).
    static QString text(const AuditEntry &e, int column);
    static QString actionText(const QString &action);
    static QString sourceText(const QString &source);
    static QString outcomeText(const QString &outcome);
    static QString detailText(const AuditEntry &e);
    static QString columnTitle(int column);

private:
    QList<AuditEntry> m_entries;
};

} // namespace bva::ui
