// The deliveries inspector for one shop (Settings → Integrations → a shop's card → "Webhook
// deliveries…", admins only): its recent webhook deliveries with when, topic, outcome and reason, a
// search box and filters, the masked body of the one selected, and Replay for a failed one once its
// cause is fixed. Every call to DeliveryService runs off the GUI thread (runAsync); the service checks
// the role again and audits replays with "desktop" as the source.
#pragma once

#include "auth/actor.h"
#include "domain/webhookdelivery.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bva {
class DeliveryService;
}

namespace bva::ui {

class DeliveriesModel;

class DeliveriesDialog final : public QDialog
{
    Q_OBJECT
public:
    // `shopTimeZone`: the shop's IANA zone, whose clock the times are on.
    DeliveriesDialog(DeliveryService *service, const Actor &actor, qint64 integrationId,
                     const QString &shopName, const QString &shopTimeZone, QWidget *parent = nullptr);

    qint64 integrationId() const { return m_integrationId; }
    DeliveriesModel *model() const { return m_model; }
    // The first page again, with the search and filters as they are.
    void reload();
    void loadMore();
    // Replays the selected delivery (a failed one).
    void replaySelected();
    QString resultText() const;

signals:
    void loaded();         // a page arrived (or failed to)
    void detailShown();    // the selected delivery's body is shown
    void replayFinished(); // a replay answered

protected:
    void changeEvent(QEvent *event) override;

private:
    DeliveryQuery query() const;
    void fetch(bool more);
    void select(const QString &id);
    void offerTopics(const QList<WebhookDelivery> &items);
    void showDetail(const WebhookDelivery *delivery);
    void setResult(const QString &text, bool error);
    void retranslate();

    DeliveryService *m_service;
    Actor m_actor;
    qint64 m_integrationId;
    QString m_shopName;
    DeliveriesModel *m_model;
    QString m_nextCursor;
    QString m_selected;
    quint64 m_generation = 0;
    bool m_replaying = false;
    bool m_refilling = false;
    QTimer m_searchDelay;
    QLabel *m_title, *m_status, *m_detailTitle, *m_result;
    QLineEdit *m_search;
    QComboBox *m_topic, *m_outcome, *m_since;
    QPushButton *m_refresh, *m_more, *m_replay;
    QTableView *m_table;
    QPlainTextEdit *m_body;
};

} // namespace bva::ui
