#include "marketmatepage.h"

#include "adcopybox.h"
#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "charts/columnfit.h"
#include "charts/pagekit.h"
#include "forecasttable.h"
#include "models/promotionmodel.h"
#include "settings/language.h"
#include "shell/async.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

namespace {

QTableView *table(QAbstractItemModel *model, int stretchColumn, int nameColumn, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole + 1);
    return makeForecastTable(proxy, stretchColumn, nameColumn, 210, parent);
}

// The campaigns the page lists: those of the scope's shops (its platform respected), read off the GUI thread.
Result<QList<Campaign>> campaignsOf(CampaignStore &store, const QList<Shop> &shops)
{
    QList<Campaign> all;
    for (const Shop &s : shops) {
        auto list = store.list(s.id);
        if (!list)
            return list.error();
        all += *list;
    }
    return all;
}

int sourceRow(const QTableView *view)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
    return view->currentIndex().isValid() ? proxy->mapToSource(view->currentIndex()).row() : -1;
}

} // namespace

MarketMatePage::MarketMatePage(ForecastService &forecasts, AnalyticsService &analytics, QWidget *parent)
    : QWidget(parent)
    , m_forecasts(forecasts)
    , m_analytics(analytics)
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_suggestions(new PromotionModel(this))
    , m_campaigns(new CampaignModel(this))
    , m_reason(new QLabel(this))
    , m_ad(new AdCopyBox(this))
    , m_copy(new QPushButton(tr("Copy to clipboard"), this))
    , m_draft(new QPushButton(tr("Save as draft"), this))
    , m_schedule(new QPushButton(tr("Schedule"), this))
    , m_scheduleCampaign(new QPushButton(tr("Schedule"), this))
    , m_doneCampaign(new QPushButton(tr("Mark done"), this))
{
    m_summary->setObjectName(u"rangeLabel"_s);
    const AnalyticsPageFrame frame =
        buildAnalyticsPage(this, m_stack,
                           {tr("MarketMate"), tr("No shops to promote yet"),
                            tr("Connect a shop in Settings → Integrations. MarketMate suggests promotions "
                               "for slow and near-expiry items once its sales are synced.")},
                           m_summary);
    QHBoxLayout *header = frame.header;
    header->addWidget(m_status);
    header->addWidget(new QLabel(tr("Ad language"), this));
    for (const LanguageInfo &l : Language::available())
        if (adLanguages().contains(l.code))
            m_language->addItem(l.nativeName, l.code);
    const int current = m_language->findData(Language::current());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    header->addWidget(m_language);
    connect(frame.connectButton, &QPushButton::clicked, this, &MarketMatePage::connectShopRequested);

    QVBoxLayout *layout = addScrollPage(m_stack);
    QWidget *content = layout->parentWidget();

    auto *top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top = top;
    top->setSpacing(14);
    QVBoxLayout *body = nullptr;
    QFrame *list = makeCard(tr("Suggested promotions"), &body, content);
    m_suggestionTable = table(m_suggestions, PromotionModel::Reason, PromotionModel::Product, list);
    m_suggestionTable->setMinimumHeight(280);
    // The price beside the discount, before the dates: what a seller weighs first stays in sight in a
    // small window, and a long product name gives up width before it goes out of sight.
    QHeaderView *columns = m_suggestionTable->horizontalHeader();
    columns->moveSection(columns->visualIndex(PromotionModel::PromoPrice),
                         columns->visualIndex(PromotionModel::When));
    new ColumnFit(m_suggestionTable, PromotionModel::PromoPrice, {{PromotionModel::Product, 210}}, 110);
    body->addWidget(m_suggestionTable);
    top->addWidget(list, 3);

    QFrame *ad = makeCard(tr("Ad copy"), &body, content);
    m_reason->setWordWrap(true);
    m_reason->setText(tr("Select a suggestion to see its ad copy."));
    body->addWidget(m_reason);
    m_ad->setObjectName(u"adCopy"_s);
    body->addWidget(m_ad, 1);
    auto *adButtons = new QHBoxLayout();
    m_copy->setIcon(QIcon(u":/bva/icons/copy.svg"_s));
    adButtons->addWidget(m_copy);
    adButtons->addStretch();
    adButtons->addWidget(m_draft);
    adButtons->addWidget(m_schedule);
    body->addLayout(adButtons);
    top->addWidget(ad, 2);
    layout->addLayout(top, 3);

    QFrame *campaigns = makeCard(tr("Campaigns"), &body, content);
    m_campaignTable = table(m_campaigns, CampaignModel::Title, -1, campaigns);
    m_campaignTable->setMinimumHeight(160);
    body->addWidget(m_campaignTable);
    auto *campaignButtons = new QHBoxLayout();
    auto *note = new QLabel(tr("Your own list: BVA never posts to a marketplace."), campaigns);
    note->setObjectName(u"rangeLabel"_s);
    campaignButtons->addWidget(note);
    campaignButtons->addStretch();
    campaignButtons->addWidget(m_scheduleCampaign);
    campaignButtons->addWidget(m_doneCampaign);
    body->addLayout(campaignButtons);
    layout->addWidget(campaigns, 2);

    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &MarketMatePage::refresh);
    connect(m_suggestionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MarketMatePage::showSuggestion);
    connect(m_copy, &QPushButton::clicked, this, &MarketMatePage::copyToClipboard);
    connect(m_draft, &QPushButton::clicked, this, [this] { saveCampaign(CampaignStatus::Draft); });
    connect(m_schedule, &QPushButton::clicked, this, [this] { saveCampaign(CampaignStatus::Scheduled); });
    connect(m_scheduleCampaign, &QPushButton::clicked, this,
            [this] { setCampaignStatus(selectedCampaignRow(), CampaignStatus::Scheduled); });
    connect(m_doneCampaign, &QPushButton::clicked, this,
            [this] { setCampaignStatus(selectedCampaignRow(), CampaignStatus::Done); });
    connect(&m_forecasts, &ForecastService::forecastsUpdated, this, [this](qint64 shopId) {
        if (m_scope.shopIds.contains(shopId))
            m_load.soon();
    });
    for (QPushButton *b : {m_copy, m_draft, m_schedule})
        b->setEnabled(false);
}

MarketMatePage::~MarketMatePage() {}

bool MarketMatePage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString MarketMatePage::language() const
{
    return m_language->currentData().toString();
}

void MarketMatePage::setLanguage(const QString &code)
{
    const int i = m_language->findData(code);
    if (i >= 0)
        m_language->setCurrentIndex(i);
}

void MarketMatePage::selectSuggestion(int row)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_suggestionTable->model());
    const QModelIndex index = proxy->mapFromSource(m_suggestions->index(row, 0));
    m_suggestionTable->setCurrentIndex(index);
    m_suggestionTable->scrollTo(index);
}

QString MarketMatePage::adText() const
{
    return m_ad->toPlainText();
}

void MarketMatePage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    refresh();
}

void MarketMatePage::refresh()
{
    m_load.now();
}

QFuture<MarketMatePage::Outcome> MarketMatePage::startLoad()
{
    m_status->setText(tr("Updating…"));
    ForecastService *forecasts = &m_forecasts;
    AnalyticsService *analytics = &m_analytics;
    const AnalyticsScope scope = m_scope;
    const QString language = this->language();
    return QtConcurrent::run([forecasts, analytics, scope, language]() {
        Outcome o;
        auto shops = analytics->shops(scope);
        if (!shops) {
            o.error = shops.error().message;
            return o;
        }
        o.hasShops = !shops->isEmpty();
        for (const Shop &s : std::as_const(*shops)) {
            o.currencies.insert(s.id, s.currency);
            PromotionSettings ps;
            ps.language = language;
            ps.shopName = s.name;
            auto list = forecasts->promotions(s.id, ps);
            if (!list) {
                o.error = list.error().message;
                return o;
            }
            for (PromotionSuggestion &p : *list)
                o.suggestions.push_back(std::move(p));
        }
        auto campaigns = campaignsOf(forecasts->campaigns(), *shops);
        if (!campaigns)
            o.error = campaigns.error().message;
        else
            o.campaigns = std::move(campaigns).value();
        return o;
    });
}

void MarketMatePage::onFinished(const Outcome &o)
{
    m_stack->setCurrentIndex(o.hasShops ? 1 : 0);
    if (!o.error.isEmpty()) {
        m_status->setText(tr("Could not make suggestions: %1").arg(o.error));
        return;
    }
    m_status->clear();
    m_summary->setText(tr("%n suggestion(s)", nullptr, int(o.suggestions.size())));
    m_suggestions->setSuggestions(std::move(o.suggestions), o.currencies);
    m_campaigns->setCampaigns(o.campaigns);
    m_ad->setText(QString());
    m_reason->setText(
        m_suggestions->rowCount() > 0
            ? tr("Select a suggestion to see its ad copy.")
            : tr("Nothing needs a promotion right now: no slow, overstocked or near-expiry items."));
    for (QPushButton *b : {m_copy, m_draft, m_schedule})
        b->setEnabled(false);
    if (m_suggestions->rowCount() > 0)
        selectSuggestion(0);
    arrange();
    layOutNow();
    emit refreshed();
}

void MarketMatePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void MarketMatePage::arrange()
{
    if (!m_top)
        return;
    // Every column at its preferred width, and some of the reason: beside the ad copy the suggestions
    // get three fifths of the row (a 1024-pixel window in Indonesian left them 270 pixels of 900,
    // the discount and price behind a scroll bar).
    const QHeaderView *h = m_suggestionTable->horizontalHeader();
    int needed = 210 + 150 + 2 * m_suggestionTable->frameWidth() + 2 * 18;
    for (int c : {PromotionModel::Playbook, PromotionModel::Discount, PromotionModel::When,
                  PromotionModel::PromoPrice})
        needed += h->sectionSize(c);
    const int row = width() - 2 * 24 - m_top->spacing();
    const auto direction = row * 3 / 5 >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_top->direction() != direction)
        m_top->setDirection(direction);
    m_ad->setFitToText(direction == QBoxLayout::TopToBottom);
}

void MarketMatePage::showSuggestion()
{
    const PromotionSuggestion *p = m_suggestions->suggestion(sourceRow(m_suggestionTable));
    for (QPushButton *b : {m_copy, m_draft, m_schedule})
        b->setEnabled(p != nullptr);
    if (!p)
        return;
    m_reason->setText(u"<b>"_s + playbookLabel(p->playbook).toHtmlEscaped() + u" — "_s +
                      p->name.toHtmlEscaped() + u"</b><br>"_s + p->reason.toHtmlEscaped());
    m_ad->setText(p->copy.fullText());
}

void MarketMatePage::copyToClipboard()
{
    const QString text = adText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(tr("Ad copy copied."));
    emit copied(text);
}

void MarketMatePage::saveCampaign(CampaignStatus status)
{
    const PromotionSuggestion *p = m_suggestions->suggestion(sourceRow(m_suggestionTable));
    if (!p) {
        m_status->setText(tr("Select a suggestion first."));
        emit campaignFailed(m_status->text());
        return;
    }
    Campaign c;
    c.shopId = p->shopId;
    c.productExternalId = p->productExternalId;
    c.playbook = p->playbook;
    c.language = p->copy.language;
    c.title = p->copy.title;
    c.body = p->copy.body;
    c.hashtags = p->copy.hashtags;
    c.discountPercent = p->discountPercent;
    if (p->discountPercent > 0)
        c.promoPriceMinor = p->promoPriceMinor;
    if (p->startDate.isValid())
        c.startDay = p->startDate;
    if (p->endDate.isValid())
        c.endDay = p->endDate;
    c.status = status;
    CampaignStore *store = &m_forecasts.campaigns();
    changeCampaigns(
        [store, c]() -> Result<qint64> {
            auto created = store->create(c);
            if (!created)
                return created.error();
            return created->id;
        },
        status == CampaignStatus::Draft ? tr("Saved as a draft.") : tr("Campaign scheduled."));
}

void MarketMatePage::setCampaignStatus(int row, CampaignStatus status)
{
    const Campaign *c = m_campaigns->campaign(row);
    if (!c) {
        m_status->setText(tr("Select a campaign first."));
        emit campaignFailed(m_status->text());
        return;
    }
    CampaignStore *store = &m_forecasts.campaigns();
    changeCampaigns(
        [store, id = c->id, status]() -> Result<qint64> {
            if (auto r = store->setStatus(id, status); !r)
                return r.error();
            return id;
        },
        tr("Campaign updated."));
}

void MarketMatePage::changeCampaigns(std::function<Result<qint64>()> change, const QString &doneText)
{
    struct Changed
    {
        Result<qint64> id = qint64(0);
        Result<QList<Campaign>> campaigns = QList<Campaign>();
    };
    CampaignStore *store = &m_forecasts.campaigns();
    AnalyticsService *analytics = &m_analytics;
    const AnalyticsScope scope = m_scope;
    runAsync(
        this,
        [store, analytics, scope, change = std::move(change)] {
            Changed out;
            out.id = change();
            if (!out.id)
                return out;
            // The same shops as the page's load: the scope's platform narrows them too.
            auto shops = analytics->shops(scope);
            out.campaigns = shops ? campaignsOf(*store, *shops) : Result<QList<Campaign>>(shops.error());
            return out;
        },
        [this, doneText](const Changed &changed) {
            if (!changed.id) {
                m_status->setText(tr("Could not save the campaign: %1").arg(changed.id.error().message));
                emit campaignFailed(changed.id.error().message);
                return;
            }
            if (changed.campaigns) {
                m_status->setText(doneText);
                m_campaigns->setCampaigns(*changed.campaigns);
            } else {
                m_status->setText(
                    tr("Could not list the campaigns: %1").arg(changed.campaigns.error().message));
            }
            emit campaignsChanged(*changed.id);
        });
}

int MarketMatePage::selectedCampaignRow() const
{
    return sourceRow(m_campaignTable);
}

} // namespace bva::ui
