#include "activitypage.h"

#include "accounts/usersession.h"
#include "auth/accesspolicy.h"
#include "charts/pagekit.h"
#include "domain/eventbus.h"
#include "domain/platform.h"
#include "models/activitymodel.h"
#include "models/displayformat.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "util/clock.h"
#include "util/csvwriter.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

constexpr int kPageSize = 200;
const int kRetentionChoices[] = {30, 90, 180, 365, 730, 0};

} // namespace

ActivityPage::ActivityPage(const UiServices &services, UserSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_model(new ActivityModel(this))
    , m_view(new QTableView(this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 16, 0, 0);
    l->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setObjectName(u"h3"_s);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"muted"_s);
    m_intro->setWordWrap(true);
    l->addWidget(m_title);
    l->addWidget(m_intro);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"activitySearch"_s);
    m_search->setClearButtonEnabled(true);
    m_shop = new QComboBox(this);
    m_category = new QComboBox(this);
    m_outcome = new QComboBox(this);
    m_period = new QComboBox(this);
    for (const char *prefix : {"", "auth.", "integration.", "team.", "sync.", "settings."})
        m_category->addItem(QString(), QString::fromLatin1(prefix));
    for (const char *outcome : {"", "ok", "failed", "refused"})
        m_outcome->addItem(QString(), QString::fromLatin1(outcome));
    for (int days : {1, 7, 30, 90, 0})
        m_period->addItem(QString(), days);
    m_period->setCurrentIndex(2);
    filters->addWidget(m_search, 2);
    for (QComboBox *box : {m_shop, m_category, m_outcome, m_period})
        filters->addWidget(box, 1);
    m_refresh = new QPushButton(this);
    m_export = new QPushButton(this);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    l->addLayout(filters);

    styleTable(m_view);
    m_view->setObjectName(u"activityTable"_s);
    m_view->setModel(m_model);
    m_view->setMinimumHeight(320);
    // The details take what is left; the rest keep a readable width (and can be dragged).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActivityModel::Details, QHeaderView::Stretch);
    header->setSectionResizeMode(ActivityModel::Result, QHeaderView::ResizeToContents);
    header->resizeSection(ActivityModel::When, 150);
    header->resizeSection(ActivityModel::Account, 170);
    header->resizeSection(ActivityModel::From, 110);
    header->resizeSection(ActivityModel::Shop, 150);
    header->resizeSection(ActivityModel::Activity, 190);
    l->addWidget(m_view, 1);

    auto *footer = new QHBoxLayout;
    m_footer = new QLabel(this);
    m_footer->setObjectName(u"muted"_s);
    m_more = new QPushButton(this);
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_more);
    l->addLayout(footer);

    auto *keep = new QHBoxLayout;
    m_retentionLabel = new QLabel(this);
    m_retention = new QComboBox(this);
    m_retention->setObjectName(u"retention"_s);
    for (int days : kRetentionChoices)
        m_retention->addItem(QString(), days);
    m_retentionHint = new QLabel(this);
    m_retentionHint->setObjectName(u"muted"_s);
    m_retentionHint->setWordWrap(true);
    keep->addWidget(m_retentionLabel);
    keep->addWidget(m_retention);
    keep->addWidget(m_retentionHint, 1);
    l->addLayout(keep);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, &ActivityPage::reload);
    for (QComboBox *box : {m_shop, m_category, m_outcome, m_period})
        connect(box, &QComboBox::activated, this, &ActivityPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ActivityPage::reload);
    connect(m_more, &QPushButton::clicked, this, &ActivityPage::showMore);
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::chooseExport);
    connect(m_retention, &QComboBox::activated, this,
            [this](int index) { setRetentionDays(m_retention->itemData(index).toInt()); });
    connect(session, &UserSession::shopsChanged, this, [this] {
        fillShops();
        loadRetention();
    });
    connect(session, &UserSession::userChanged, this, &ActivityPage::reload);
    retranslate();
    fillShops();
    loadRetention();
    reload();
}

QHash<qint64, QString> ActivityPage::shopZones() const
{
    QHash<qint64, QString> zones;
    for (const Shop &s : m_session->shops())
        zones.insert(s.id, s.timezone);
    return zones;
}

void ActivityPage::fillShops()
{
    m_model->setShopTimeZones(shopZones());
    const qint64 current = m_shop->currentData().toLongLong();
    m_shop->clear();
    m_shop->addItem(tr("All shops"), qint64(0));
    for (const Shop &s : m_session->shops()) {
        const QString name = s.name.isEmpty() ? s.externalId : s.name;
        m_shop->addItem(QString(name + u" (" + platformDisplayName(s.platform) + u')'), s.id);
    }
    const int index = m_shop->findData(current);
    m_shop->setCurrentIndex(index < 0 ? 0 : index);
}

AuditFilter ActivityPage::filter() const
{
    AuditFilter f;
    f.shopId = m_shop->currentData().toLongLong();
    if (const QString prefix = m_category->currentData().toString(); !prefix.isEmpty())
        f.actions = {prefix};
    f.outcome = m_outcome->currentData().toString();
    f.text = m_search->text().trimmed();
    if (const int days = m_period->currentData().toInt(); days > 0)
        f.from = Clock::nowUtc().addDays(-days);
    f.pageSize = kPageSize;
    return f;
}

void ActivityPage::reload()
{
    AuditService *audit = m_services.audit;
    if (!audit || !m_session->isActive())
        return;
    m_page = 1;
    const int generation = ++m_generation;
    const qint64 viewer = m_session->user().id;
    const AuditFilter f = filter();
    runAsync(
        this, [audit, viewer, f] { return audit->read(viewer, f); },
        [this, generation](Result<AuditPage> page) {
            if (generation != m_generation)
                return;
            if (!page.ok()) {
                m_model->setEntries({});
                m_footer->setText(page.error().message);
                return;
            }
            m_total = page->total;
            m_model->setEntries(page->entries);
            updateFooter();
            emit loaded();
        });
}

void ActivityPage::showMore()
{
    AuditService *audit = m_services.audit;
    if (!audit || m_model->rowCount() >= m_total)
        return;
    const int generation = m_generation;
    const qint64 viewer = m_session->user().id;
    AuditFilter f = filter();
    f.page = ++m_page;
    runAsync(
        this, [audit, viewer, f] { return audit->read(viewer, f); },
        [this, generation](Result<AuditPage> page) {
            if (generation != m_generation || !page.ok())
                return;
            m_model->appendEntries(page->entries);
            updateFooter();
            emit loaded();
        });
}

void ActivityPage::updateFooter()
{
    m_footer->setText(m_total == 0 ? tr("Nothing recorded for these filters.")
                                   : tr("%1 of %n entries", nullptr, int(m_total)).arg(m_model->rowCount()));
    m_more->setVisible(m_model->rowCount() < m_total);
    m_export->setEnabled(m_total > 0);
}

void ActivityPage::chooseExport()
{
    AuditService *audit = m_services.audit;
    if (!audit)
        return;
    const QString suggested =
        u"bva-activity-"_s + Clock::nowUtc().toLocalTime().date().toString(Qt::ISODate) + u".csv"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export activity"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    runAsync(
        this,
        [audit, user = m_session->user().id, f = filter(), path, zones = shopZones()] {
            return writeCsv(*audit, user, f, path, zones);
        },
        [this, path](const Result<int> &written) {
            m_export->setEnabled(true);
            if (!written)
                QMessageBox::warning(this, tr("Export activity"),
                                     tr("Could not save the file: %1").arg(written.error().message));
            else
                m_footer->setText(tr("%n entries exported to %1.", nullptr, *written).arg(path));
        });
}

Result<int> ActivityPage::writeCsv(AuditService &audit, qint64 userId, const AuditFilter &filter,
                                   const QString &path, const QHash<qint64, QString> &shopZones)
{
    auto all = audit.readAll(userId, filter);
    if (!all)
        return all.error();
    CsvWriter csv;
    QStringList header;
    for (int c = 0; c < ActivityModel::ColumnCount; ++c)
        header.append(ActivityModel::columnTitle(c));
    csv.row(header);
    for (const AuditEntry &e : std::as_const(*all)) {
        // The time as an ISO instant with its offset, so a spreadsheet sorts it; the rest as the table
        // words it.
        csv.text(onShopClock(e.createdAt, ActivityModel::timeZoneOf(e, shopZones)).toString(Qt::ISODate));
        for (int c = 1; c < ActivityModel::ColumnCount; ++c)
            csv.text(ActivityModel::text(e, c));
        csv.endRow();
    }
    if (auto r = csv.save(path); !r)
        return r.error();
    return int(all->size());
}

void ActivityPage::setCategory(const QString &actionPrefix)
{
    m_category->setCurrentIndex(qMax(0, m_category->findData(actionPrefix)));
    reload();
}

void ActivityPage::setOutcome(const QString &outcome)
{
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));
    reload();
}

void ActivityPage::setSearch(const QString &text)
{
    m_search->setText(text);
    reload();
}

void ActivityPage::loadRetention()
{
    AuditService *audit = m_services.audit;
    if (!audit)
        return;
    // Shop admins choose how long the store keeps activity; everyone sees the setting.
    bool admin = false;
    for (const Shop &s : m_session->shops())
        admin = admin || AccessPolicy::allows(m_session->roleOn(s.id), ShopAction::ReadShopActivity);
    m_retention->setEnabled(admin);
    m_retentionHint->setText(admin ? tr("Older activity is deleted for everyone who uses this database.")
                                   : tr("A shop admin can change this."));
    runAsync(
        this, [audit] { return audit->retentionDays(); },
        [this](Result<int> days) {
            if (!days.ok())
                return;
            int index = m_retention->findData(*days);
            if (index < 0) {
                m_retention->addItem(tr("%n day(s)", nullptr, *days), *days);
                index = m_retention->count() - 1;
            }
            m_retention->setCurrentIndex(index);
        });
}

void ActivityPage::setRetentionDays(int days)
{
    AuditService *audit = m_services.audit;
    if (!audit)
        return;
    const Actor actor = m_session->actor();
    runAsync(
        this, [audit, actor, days] { return audit->setRetentionDays(actor, days); },
        [this](Result<void> r) {
            if (!r.ok())
                QMessageBox::warning(this, tr("Keep activity"), r.error().message);
            loadRetention();
            reload();
            emit retentionSaved(r.ok());
        });
}

void ActivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillShops();
    }
    QWidget::changeEvent(event);
}

void ActivityPage::retranslate()
{
    m_title->setText(tr("Activity"));
    m_intro->setText(
        tr("Who did what, when and from where: sign-ins, shops connected, invitations and roles, syncs "
           "and settings. You see your own account's activity and everything about the shops you "
           "administer. Nothing here can be edited."));
    m_search->setPlaceholderText(tr("Search an email or what was acted on"));
    const QStringList categories{
        tr("All activity"), tr("Sign-ins and sessions"), tr("Shops and connections"), tr("Team"), tr("Syncs"),
        tr("Settings")};
    for (int i = 0; i < categories.size(); ++i)
        m_category->setItemText(i, categories.at(i));
    const QStringList outcomes{tr("Any result"), tr("Done"), tr("Failed"), tr("Refused")};
    for (int i = 0; i < outcomes.size(); ++i)
        m_outcome->setItemText(i, outcomes.at(i));
    const QStringList periods{tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                              tr("Everything kept")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Export CSV…"));
    m_more->setText(tr("Show more"));
    m_retentionLabel->setText(tr("Keep activity for"));
    for (int i = 0; i < m_retention->count(); ++i) {
        const int days = m_retention->itemData(i).toInt();
        m_retention->setItemText(i, days == 0         ? tr("Forever")
                                    : days % 365 == 0 ? tr("%n year(s)", nullptr, days / 365)
                                                      : tr("%n day(s)", nullptr, days));
    }
    emit m_model->headerDataChanged(Qt::Horizontal, 0, ActivityModel::ColumnCount - 1);
    updateFooter();
}

} // namespace bva::ui
