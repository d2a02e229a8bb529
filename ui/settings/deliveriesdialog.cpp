#include "deliveriesdialog.h"

#include "deliveriesmodel.h"
#include "integrationactions.h"
#include "shell/async.h"
#include "theme/format.h"
#include "util/clock.h"
#include "webhooks/deliveryservice.h"
#include "webhooks/webhookpayload.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

constexpr int kPageSize = 100;

// JSON bodies are easier to read indented; anything else is shown as it came (masked either way).
QString readable(const QString &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8());
    return doc.isNull() ? body : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

DeliveriesDialog::DeliveriesDialog(DeliveryService *service, const Actor &actor, qint64 integrationId,
                                   const QString &shopName, const QString &shopTimeZone, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(actor)
    , m_integrationId(integrationId)
    , m_shopName(shopName)
    , m_model(new DeliveriesModel(this))
{
    setObjectName(u"deliveriesDialog"_s);
    m_model->setTimeZone(shopTimeZone);
    resize(1000, 640);
    auto *v = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"h2"_s);
    m_title->setTextFormat(Qt::PlainText); // names the shop
    v->addWidget(m_title);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"deliverySearch"_s);
    m_search->setClearButtonEnabled(true);
    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"deliveryTopic"_s);
    m_topic->addItem(QString(), QString());
    for (WebhookTopic t : kAllWebhookTopics)
        m_topic->addItem(webhookTopicName(t), webhookTopicName(t));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"deliveryOutcome"_s);
    m_outcome->addItem(QString(), -1);
    for (DeliveryOutcome o : {DeliveryOutcome::Applied, DeliveryOutcome::Duplicate, DeliveryOutcome::Refused,
                              DeliveryOutcome::Failed})
        m_outcome->addItem(QString(), int(o));
    m_since = new QComboBox(this);
    m_since->setObjectName(u"deliverySince"_s);
    for (int hours : {0, 1, 24, 24 * 7, 24 * 30})
        m_since->addItem(QString(), hours);
    m_refresh = new QPushButton(this);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_topic);
    filters->addWidget(m_outcome);
    filters->addWidget(m_since);
    filters->addWidget(m_refresh);
    v->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(top);
    m_table->setObjectName(u"deliveries"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    topLayout->addWidget(m_table, 1);
    auto *under = new QHBoxLayout;
    m_status = new QLabel(top);
    m_status->setObjectName(u"muted"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_more = new QPushButton(top);
    m_more->setObjectName(u"moreDeliveries"_s);
    under->addWidget(m_status, 1);
    under->addWidget(m_more);
    topLayout->addLayout(under);

    auto *bottom = new QWidget(split);
    auto *detail = new QVBoxLayout(bottom);
    detail->setContentsMargins(0, 0, 0, 0);
    auto *detailHead = new QHBoxLayout;
    m_detailTitle = new QLabel(bottom);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_replay = new QPushButton(bottom);
    m_replay->setObjectName(u"replayDelivery"_s);
    detailHead->addWidget(m_detailTitle, 1);
    detailHead->addWidget(m_replay, 0, Qt::AlignTop);
    detail->addLayout(detailHead);
    m_result = new QLabel(bottom);
    m_result->setObjectName(u"muted"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();
    detail->addWidget(m_result);
    m_body = new QPlainTextEdit(bottom);
    m_body->setObjectName(u"deliveryBody"_s);
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detail->addWidget(m_body, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &DeliveriesDialog::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &DeliveriesDialog::reload);
    connect(m_topic, &QComboBox::activated, this, &DeliveriesDialog::reload);
    connect(m_outcome, &QComboBox::activated, this, &DeliveriesDialog::reload);
    connect(m_since, &QComboBox::activated, this, &DeliveriesDialog::reload);
    connect(m_refresh, &QPushButton::clicked, this, &DeliveriesDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &DeliveriesDialog::loadMore);
    connect(m_replay, &QPushButton::clicked, this, &DeliveriesDialog::replaySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_refilling)
                    return; // a page replacing the rows: select() picks the same delivery again
                const WebhookDelivery *d = m_model->at(current.row());
                const QString id = d ? d->id : QString();
                if (id != m_selected)
                    setResult({}, false);
                m_selected = id;
                showDetail(d);
            });
    retranslate();
    showDetail(nullptr);
    reload();
}

DeliveryQuery DeliveriesDialog::query() const
{
    DeliveryQuery q;
    q.text = m_search->text().trimmed();
    q.topic = m_topic->currentData().toString();
    if (const int outcome = m_outcome->currentData().toInt(); outcome >= 0)
        q.outcomes = {DeliveryOutcome(outcome)};
    if (const int hours = m_since->currentData().toInt(); hours > 0)
        q.from = Clock::nowUtc().addSecs(-qint64(hours) * 3600);
    q.limit = kPageSize;
    return q;
}

void DeliveriesDialog::reload()
{
    m_searchDelay.stop();
    fetch(false);
}

void DeliveriesDialog::loadMore()
{
    if (!m_nextCursor.isEmpty())
        fetch(true);
}

void DeliveriesDialog::fetch(bool more)
{
    DeliveryQuery q = query();
    if (more)
        q.cursor = m_nextCursor;
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Loading…"));
    m_more->setEnabled(false);
    DeliveryService *service = m_service;
    const Actor actor = m_actor;
    const qint64 id = m_integrationId;
    runAsync(
        this, [service, actor, id, q] { return service->list(actor, id, q); },
        [this, generation, more](Result<DeliveryPage> page) {
            if (generation != m_generation)
                return; // a newer search or filter replaced this one
            if (!page) {
                if (!more)
                    m_model->setItems({});
                m_nextCursor.clear();
                m_status->setText(IntegrationActions::errorText(page.error()));
                m_more->setVisible(false);
                emit loaded();
                return;
            }
            const QString keep = m_selected;
            m_refilling = true;
            if (more)
                m_model->append(page->items);
            else
                m_model->setItems(page->items);
            m_refilling = false;
            offerTopics(page->items);
            m_nextCursor = page->nextCursor;
            m_more->setVisible(!m_nextCursor.isEmpty());
            m_more->setEnabled(true);
            m_status->setText(m_model->rowCount() == 0
                                  ? tr("No deliveries match.")
                                  : tr("%n deliveries shown, newest first.", nullptr, m_model->rowCount()));
            if (!more)
                select(keep);
            emit loaded();
        });
}

// Pushes of real platforms and retired topics are not in the fixed list: offer what was seen.
void DeliveriesDialog::offerTopics(const QList<WebhookDelivery> &items)
{
    for (const WebhookDelivery &d : items) {
        if (!d.topic.isEmpty() && m_topic->findData(d.topic) < 0)
            m_topic->addItem(d.topic, d.topic);
    }
}

void DeliveriesDialog::select(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0) {
        m_selected.clear();
        showDetail(nullptr);
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

void DeliveriesDialog::showDetail(const WebhookDelivery *d)
{
    m_replay->setVisible(d && d->outcome == DeliveryOutcome::Failed);
    m_replay->setEnabled(d && d->replayable() && !m_replaying);
    if (!d) {
        m_detailTitle->setText(tr("Select a delivery to see its body."));
        m_body->clear();
        return;
    }
    QString title = tr("%1 · %2 · %3")
                        .arg(d->topic, Format::shopDateTime(d->receivedAt, m_model->timeZone()),
                             DeliveriesModel::outcomeText(d->outcome));
    if (!d->reason.isEmpty())
        title += u'\n' + d->reason;
    if (!d->replayedAs.isEmpty())
        title += u'\n' + tr("Replayed and applied as delivery %1.").arg(d->replayedAs);
    if (!d->replayOf.isEmpty())
        title += u'\n' + tr("A replay of delivery %1.").arg(d->replayOf);
    if (d->attempts > 1)
        title += u'\n' + tr("Tried %n times.", nullptr, d->attempts);
    m_detailTitle->setText(title);
    m_replay->setToolTip(d->replayable() ? tr("Apply this delivery again, as if it had just arrived.")
                                         : tr("This delivery was already replayed and applied."));
    // The list carries the masked body; the whole one comes from the service.
    m_body->setPlainText(tr("Loading…"));
    DeliveryService *service = m_service;
    const Actor actor = m_actor;
    const qint64 integration = m_integrationId;
    const QString id = d->id;
    runAsync(
        this, [service, actor, integration, id] { return service->find(actor, integration, id); },
        [this, id](Result<WebhookDelivery> found) {
            if (id != m_selected)
                return;
            m_body->setPlainText(found ? readable(found->body)
                                       : IntegrationActions::errorText(found.error()));
            emit detailShown();
        });
}

void DeliveriesDialog::replaySelected()
{
    const int row = m_model->rowOf(m_selected);
    const WebhookDelivery *d = m_model->at(row);
    if (!d || !d->replayable() || m_replaying)
        return;
    m_replaying = true;
    m_replay->setEnabled(false);
    setResult(tr("Replaying…"), false);
    DeliveryService *service = m_service;
    const Actor actor = m_actor;
    const qint64 integration = m_integrationId;
    const QString id = d->id;
    runAsync(
        this, [service, actor, integration, id] { return service->replay(actor, integration, id); },
        [this, id](Result<ReplayResult> r) {
            m_replaying = false;
            if (!r) {
                setResult(IntegrationActions::errorText(r.error()), true);
            } else if (r->outcome == DeliveryOutcome::Applied) {
                QString text =
                    tr("Replayed: the delivery was applied (as delivery %1).").arg(r->delivery.replayedAs);
                if (!r->reason.isEmpty())
                    text += u' ' + r->reason;
                setResult(text, false);
            } else {
                setResult(tr("Replayed, but it failed again: %1 Fix the cause, then replay it again.")
                              .arg(r->reason.endsWith(u'.') ? r->reason : QString(r->reason + u'.')),
                          true);
            }
            if (r)
                m_model->update(r->delivery);
            if (m_selected == id)
                showDetail(m_model->at(m_model->rowOf(id)));
            reload(); // the replay itself is a new row
            emit replayFinished();
        });
}

QString DeliveriesDialog::resultText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : QString();
}

void DeliveriesDialog::setResult(const QString &text, bool error)
{
    m_result->setVisible(!text.isEmpty());
    m_result->setText(text);
    m_result->setObjectName(error ? u"error"_s : u"muted"_s);
    repolish(m_result);
}

void DeliveriesDialog::retranslate()
{
    setWindowTitle(tr("Webhook deliveries · %1").arg(m_shopName));
    m_title->setText(tr("Webhook deliveries of %1").arg(m_shopName));
    m_search->setPlaceholderText(tr("Search topic, reason, body or order id"));
    m_topic->setItemText(0, tr("All topics"));
    m_outcome->setItemText(0, tr("All outcomes"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i,
                               DeliveriesModel::outcomeText(DeliveryOutcome(m_outcome->itemData(i).toInt())));
    m_since->setItemText(0, tr("Any time"));
    m_since->setItemText(1, tr("Last hour"));
    m_since->setItemText(2, tr("Last 24 hours"));
    m_since->setItemText(3, tr("Last 7 days"));
    m_since->setItemText(4, tr("Last 30 days"));
    m_refresh->setText(tr("Refresh"));
    m_more->setText(tr("More"));
    m_replay->setText(tr("Replay"));
    m_body->setPlaceholderText(tr("Secrets (tokens, signatures, passwords) are masked."));
}

void DeliveriesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, DeliveriesModel::ColumnCount - 1);
    }
    QDialog::changeEvent(event);
}

} // namespace bva::ui
