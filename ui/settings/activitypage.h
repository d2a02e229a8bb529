// Settings → Activity: the audit trail the signed-in user may read (their own account's entries and
// everything about the shops they administer; AuditService decides), newest first, with filters by
// shop, kind of activity, result, period and text, "Show more" paging, CSV export of everything that
// matches, and how long activity is kept (shop admins may change it; the change is itself recorded).
#pragma once

#include "auth/auditservice.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bva::ui {

class ActivityModel;
class UserSession;
struct UiServices;

class ActivityPage final : public QWidget
{
    Q_OBJECT
public:
    ActivityPage(const UiServices &services, UserSession *session, QWidget *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The filter the controls describe now.
    AuditFilter filter() const;
    // Every entry the filter finds, as the table words them, to `path` (UTF-8 with a byte order
    // mark), times on the shops' clocks (`shopZones`, ActivityModel::timeZoneOf); the Export button
    // runs it on the pool.
    static Result<int> writeCsv(AuditService &audit, qint64 userId, const AuditFilter &filter,
                                const QString &path, const QHash<qint64, QString> &shopZones = {});
    void setCategory(const QString &actionPrefix);
    void setOutcome(const QString &outcome);
    void setSearch(const QString &text);
    void setRetentionDays(int days);
    qint64 total() const { return m_total; }

public slots:
    void reload();
    void showMore();

signals:
    void loaded();
    void retentionSaved(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillShops();
    QHash<qint64, QString> shopZones() const;
    void loadRetention();
    void chooseExport();
    void updateFooter();
    void retranslate();

    const UiServices &m_services;
    UserSession *m_session;
    ActivityModel *m_model;
    QTableView *m_view;
    QLabel *m_title, *m_intro, *m_footer, *m_retentionLabel, *m_retentionHint;
    QComboBox *m_shop, *m_category, *m_outcome, *m_period, *m_retention;
    QLineEdit *m_search;
    QPushButton *m_more, *m_export, *m_refresh;
    qint64 m_total = 0;
    int m_page = 1;
    int m_generation = 0;
    bool m_retentionLoading = false;
};

} // namespace bva::ui
