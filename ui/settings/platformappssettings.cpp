#include "platformappssettings.h"

#include "accounts/usersession.h"
#include "platforms/openplatform.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "sync/openauthorizations.h"
#include "sync/platformapps.h"
#include "theme/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

QString regionName(const QString &code)
{
    if (code == u"PH")
        return PlatformAppsSettings::tr("Philippines (PHP)");
    if (code == u"ID")
        return PlatformAppsSettings::tr("Indonesia (IDR)");
    if (code == u"MY")
        return PlatformAppsSettings::tr("Malaysia (MYR)");
    if (code == u"TH")
        return PlatformAppsSettings::tr("Thailand (THB)");
    if (code == u"VN")
        return PlatformAppsSettings::tr("Vietnam (VND)");
    if (code == u"SG")
        return PlatformAppsSettings::tr("Singapore (SGD)");
    return code;
}

} // namespace

PlatformAppsSettings::PlatformAppsSettings(const UiServices &services, UserSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    // The width is bounded here, not on the cards, so their wrapped text gets its height for the width
    // it really has.
    setMaximumWidth(720);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 16, 0, 0);
    outer->setSpacing(16);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"muted"_s);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);
    for (ApiKind kind : {ApiKind::ShopeeOpen, ApiKind::LazadaOpen})
        outer->addWidget(addForm(kind)->card);
    outer->addStretch();
    if (m_session)
        connect(m_session, &UserSession::userChanged, this, &PlatformAppsSettings::reload);
    retranslate();
    reload();
}

PlatformAppsSettings::~PlatformAppsSettings()
{
    qDeleteAll(m_forms);
}

PlatformAppsSettings::Form *PlatformAppsSettings::addForm(ApiKind kind)
{
    auto *f = new Form;
    f->kind = kind;
    m_forms.insert(int(kind), f);
    const QString slug = apiKindSlug(kind);
    f->card = new QFrame(this);
    f->card->setObjectName(u"card"_s);
    auto *l = new QVBoxLayout(f->card);
    l->setContentsMargins(20, 18, 20, 18);
    l->setSpacing(10);
    auto *head = new QHBoxLayout;
    auto *logo = new QLabel(f->card);
    logo->setPixmap(QIcon(u":/bva/icons/"_s + platformSlug(platformOfApi(kind)) + u".svg"_s).pixmap(24, 24));
    f->title = new QLabel(f->card);
    f->title->setObjectName(u"h3"_s);
    f->state = new QLabel(f->card);
    f->state->setObjectName(u"pill"_s);
    head->addWidget(logo);
    head->addWidget(f->title, 1);
    head->addWidget(f->state);
    l->addLayout(head);
    f->help = new QLabel(f->card);
    f->help->setObjectName(u"muted"_s);
    f->help->setWordWrap(true);
    l->addWidget(f->help);

    // One grid for the whole form, so every field starts at the same place.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);
    const auto row = [grid](QLabel *label, QWidget *field, QWidget *extra = nullptr) {
        const int r = grid->rowCount();
        if (label)
            grid->addWidget(label, r, 0);
        grid->addWidget(field, r, 1, 1, extra ? 1 : 2);
        if (extra)
            grid->addWidget(extra, r, 2);
    };
    f->appIdLabel = new QLabel(f->card);
    f->appId = new QLineEdit(f->card);
    f->appId->setObjectName(u"appId_"_s + slug);
    f->secretLabel = new QLabel(f->card);
    f->secret = new QLineEdit(f->card);
    f->secret->setObjectName(u"secret_"_s + slug);
    f->secret->setEchoMode(QLineEdit::Password);
    f->regionLabel = new QLabel(f->card);
    f->region = new QComboBox(f->card);
    f->region->setObjectName(u"region_"_s + slug);
    f->region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const OpenPlatformAdapter *adapter =
        m_services.platformApps ? m_services.platformApps->adapter(kind) : nullptr;
    const QStringList regions =
        adapter ? adapter->regions() : QStringList{u"PH"_s, u"ID"_s, u"MY"_s, u"TH"_s, u"VN"_s, u"SG"_s};
    for (const QString &code : regions)
        f->region->addItem(QString(), code);
    f->region->setCurrentIndex(0);
    auto *regionBox = new QWidget(f->card);
    auto *regionRow = new QHBoxLayout(regionBox);
    regionRow->setContentsMargins(0, 0, 0, 0);
    regionRow->addWidget(f->region);
    regionRow->addStretch(1);
    row(f->appIdLabel, f->appId);
    row(f->secretLabel, f->secret);
    row(f->regionLabel, regionBox);

    // Advanced: the hosts, for the platform's sandbox or a simulator.
    f->advanced = new QToolButton(f->card);
    f->advanced->setObjectName(u"advanced_"_s + slug);
    f->advanced->setCheckable(true);
    f->advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    f->advanced->setArrowType(Qt::RightArrow);
    f->advanced->setAutoRaise(true);
    grid->addWidget(f->advanced, grid->rowCount(), 0, 1, 3, Qt::AlignLeft);
    f->apiHostLabel = new QLabel(f->card);
    f->apiHost = new QLineEdit(f->card);
    f->apiHost->setObjectName(u"apiHost_"_s + slug);
    row(f->apiHostLabel, f->apiHost);
    QList<QWidget *> advancedRows{f->apiHostLabel, f->apiHost};
    if (kind == ApiKind::LazadaOpen) {
        f->authHostLabel = new QLabel(f->card);
        f->authHost = new QLineEdit(f->card);
        f->authHost->setObjectName(u"authHost_"_s + slug);
        row(f->authHostLabel, f->authHost);
        advancedRows << f->authHostLabel << f->authHost;
    }
    for (QWidget *w : std::as_const(advancedRows))
        w->hide();
    connect(f->advanced, &QToolButton::toggled, this, [f, advancedRows](bool open) {
        f->advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        for (QWidget *w : advancedRows)
            w->setVisible(open);
    });

    // What to register on the platform's console, each with a Copy button; what they are for below.
    const auto urlRow = [&](QLabel **label, QLineEdit **field, QToolButton **copy, const QString &name) {
        *label = new QLabel(f->card);
        *field = new QLineEdit(f->card);
        (*field)->setObjectName(name);
        (*field)->setReadOnly(true);
        *copy = new QToolButton(f->card);
        (*copy)->setIcon(Theme::icon(u"copy"_s));
        QLineEdit *text = *field;
        connect(*copy, &QToolButton::clicked, text,
                [text] { QApplication::clipboard()->setText(text->text()); });
        row(*label, *field, *copy);
    };
    grid->setRowMinimumHeight(grid->rowCount(), 6);
    urlRow(&f->callbackLabel, &f->callback, &f->copyCallback, u"callbackUrl_"_s + slug);
    urlRow(&f->pushLabel, &f->push, &f->copyPush, u"pushUrl_"_s + slug);
    l->addLayout(grid);
    // Wrapped text outside the grid, which does not give it its height.
    for (QLabel **help : {&f->callbackHelp, &f->pushHelp}) {
        *help = new QLabel(f->card);
        (*help)->setObjectName(u"muted"_s);
        (*help)->setWordWrap(true);
        l->addWidget(*help);
    }

    f->status = new QLabel(f->card);
    f->status->setObjectName(u"muted"_s);
    f->status->setWordWrap(true);
    f->status->setTextFormat(Qt::PlainText);
    f->status->hide();
    l->addWidget(f->status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    f->save = new QPushButton(f->card);
    f->save->setObjectName(u"primary"_s);
    buttons->addWidget(f->save);
    l->addLayout(buttons);

    f->appIdLabel->setBuddy(f->appId);
    f->secretLabel->setBuddy(f->secret);
    f->regionLabel->setBuddy(f->region);
    f->apiHostLabel->setBuddy(f->apiHost);
    if (f->authHostLabel)
        f->authHostLabel->setBuddy(f->authHost);
    connect(f->region, &QComboBox::currentIndexChanged, this, [this, f] { regionChanged(*f); });
    connect(f->save, &QPushButton::clicked, this, [this, kind] { save(kind); });
    regionChanged(*f);
    showUrls(*f);
    return f;
}

QString PlatformAppsSettings::defaultHost(ApiKind kind, const QString &region, bool auth) const
{
    const OpenPlatformAdapter *adapter =
        m_services.platformApps ? m_services.platformApps->adapter(kind) : nullptr;
    if (!adapter)
        return {};
    return auth ? adapter->defaultAuthHost(region) : adapter->defaultApiHost(region);
}

void PlatformAppsSettings::regionChanged(Form &f)
{
    // A host still at the old region's default follows the new region's.
    const QString region = f.region->currentData().toString();
    const auto follow = [&](QLineEdit *field, bool auth) {
        if (field && (field->text().isEmpty() || field->text() == defaultHost(f.kind, f.shownRegion, auth)))
            field->setText(defaultHost(f.kind, region, auth));
    };
    follow(f.apiHost, false);
    follow(f.authHost, true);
    f.shownRegion = region;
}

void PlatformAppsSettings::showUrls(Form &f)
{
    const QUrl callbackBase = m_services.callbackBaseUrl ? m_services.callbackBaseUrl() : QUrl();
    const QUrl pushBase = m_services.webhookBaseUrl ? m_services.webhookBaseUrl() : QUrl();
    const QString down = tr("(BVA's server is not running)");
    f.callback->setText(callbackBase.isEmpty() ? down
                                               : callbackBase.toString(QUrl::StripTrailingSlash) +
                                                     OpenAuthorizations::callbackPath(f.kind));
    f.push->setText(pushBase.isEmpty() ? down
                                       : pushBase.toString(QUrl::StripTrailingSlash) + u"/api/push/"_s +
                                             apiKindSlug(f.kind));
    f.copyCallback->setEnabled(!callbackBase.isEmpty());
    f.copyPush->setEnabled(!pushBase.isEmpty());
}

QString PlatformAppsSettings::status(ApiKind kind) const
{
    return m_forms.value(int(kind))->status->text();
}

void PlatformAppsSettings::setStatus(Form &f, const QString &text, bool ok)
{
    f.status->setObjectName(ok ? u"muted"_s : u"error"_s);
    f.status->setText(text);
    f.status->setVisible(!text.isEmpty());
    f.status->style()->unpolish(f.status);
    f.status->style()->polish(f.status);
}

void PlatformAppsSettings::reload()
{
    PlatformApps *apps = m_services.platformApps;
    if (!apps || !m_session || m_session->user().id <= 0)
        return;
    for (Form *f : std::as_const(m_forms))
        showUrls(*f);
    const Actor actor = m_session->actor();
    runAsync(
        this, [apps, actor] { return apps->list(actor); },
        [this](Result<QList<PlatformAppView>> r) {
            if (!r.ok()) {
                for (Form *f : std::as_const(m_forms))
                    setStatus(*f, r.error().message, false);
                return;
            }
            for (const PlatformAppView &v : std::as_const(*r)) {
                if (Form *f = m_forms.value(int(v.kind)))
                    show(*f, v);
            }
            emit loaded();
        });
}

void PlatformAppsSettings::show(Form &f, const PlatformAppView &v)
{
    f.configured = v.configured;
    f.appId->setText(v.appId);
    f.secret->clear();
    if (const int i = f.region->findData(v.region); i >= 0) {
        const QSignalBlocker block(f.region);
        f.region->setCurrentIndex(i);
    }
    // As entered, else the platform's default for the region (saved back as "the default").
    f.shownRegion = f.region->currentData().toString();
    const QString region = f.region->currentData().toString();
    f.apiHost->setText(v.apiHost.isEmpty() ? defaultHost(f.kind, region, false) : v.apiHost);
    if (f.authHost)
        f.authHost->setText(v.authHost.isEmpty() ? defaultHost(f.kind, region, true) : v.authHost);
    // A host that is not the default is worth seeing.
    f.advanced->setChecked(!v.apiHost.isEmpty() || !v.authHost.isEmpty());
    retranslate(f);
}

void PlatformAppsSettings::save(ApiKind kind)
{
    Form *f = m_forms.value(int(kind));
    PlatformApps *apps = m_services.platformApps;
    if (!f || !apps || !m_session || m_session->user().id <= 0)
        return;
    PlatformAppChange change;
    change.appId = f->appId->text().trimmed();
    if (!f->secret->text().isEmpty())
        change.secret = f->secret->text().toUtf8();
    change.region = f->region->currentData().toString();
    // The region's default host is saved as "the default", so it follows the platform.
    const auto host = [&](QLineEdit *field, bool auth) {
        const QString text = field ? field->text().trimmed() : QString();
        return text == defaultHost(kind, change.region, auth) ? QString() : text;
    };
    change.apiHost = host(f->apiHost, false);
    change.authHost = host(f->authHost, true);
    const Actor actor = m_session->actor();
    f->save->setEnabled(false);
    setStatus(*f, tr("Saving…"), true);
    runAsync(
        this, [apps, actor, kind, change] { return apps->save(actor, kind, change); },
        [this, kind](Result<PlatformAppView> r) {
            Form *f = m_forms.value(int(kind));
            f->save->setEnabled(true);
            if (!r.ok()) {
                setStatus(*f, tr("Not saved: %1").arg(r.error().message), false);
                emit saved(kind, false);
                return;
            }
            show(*f, *r);
            setStatus(*f,
                      tr("Saved. You can now connect a shop with “%1” on the Integrations page.")
                          .arg(kind == ApiKind::ShopeeOpen ? tr("Connect a Shopee shop (Open Platform)")
                                                           : tr("Connect a Lazada shop (Open Platform)")),
                      true);
            emit saved(kind, true);
        });
}

void PlatformAppsSettings::showApp(ApiKind kind, const QString &why)
{
    Form *f = m_forms.value(int(kind));
    if (!f)
        return;
    setStatus(*f, why, false);
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(f->card);
            break;
        }
    }
    f->appId->setFocus();
}

void PlatformAppsSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlatformAppsSettings::retranslate(Form &f)
{
    const bool shopee = f.kind == ApiKind::ShopeeOpen;
    f.title->setText(shopee ? tr("Shopee Open Platform") : tr("Lazada Open Platform"));
    f.state->setText(f.configured ? tr("Set up") : tr("Not set up"));
    f.help->setText(shopee
                        ? tr("Your app of the type “Seller In House System” on open.shopee.com: its "
                             "Partner ID and Partner Key (the test key while the app is in the sandbox).")
                        : tr("Your “Seller In-house APP” on open.lazada.com: its App Key and App Secret."));
    f.appIdLabel->setText(shopee ? tr("Partner ID") : tr("App Key"));
    f.secretLabel->setText(shopee ? tr("Partner Key") : tr("App Secret"));
    f.secret->setPlaceholderText(f.configured ? tr("Stored in BVA's vault; leave empty to keep it")
                                              : tr("Required; kept in BVA's vault, never shown again"));
    f.regionLabel->setText(tr("Region"));
    for (int i = 0; i < f.region->count(); ++i)
        f.region->setItemText(i, regionName(f.region->itemData(i).toString()));
    f.advanced->setText(tr("Advanced"));
    f.apiHostLabel->setText(tr("API host"));
    f.apiHost->setToolTip(tr("The platform's own host is filled in. Change it only for the platform's "
                             "sandbox (https), or a simulator on this computer."));
    if (f.authHostLabel) {
        f.authHostLabel->setText(tr("Authorization host"));
        f.authHost->setToolTip(f.apiHost->toolTip());
    }
    f.callbackLabel->setText(shopee ? tr("Redirect URL") : tr("Callback URL"));
    f.callbackHelp->setText(
        shopee ? tr("Register the domain 127.0.0.1 as the app's redirect URL domain: Shopee sends you back "
                    "to BVA on this computer after you authorize.")
               : tr("Register this as the app's callback URL: Lazada sends you back to BVA on this computer "
                    "after you authorize."));
    f.pushLabel->setText(tr("Push URL"));
    f.pushHelp->setText(tr("Optional, for updates within seconds: the platform needs an https address "
                           "reachable from the internet (a public URL for BVA's server). Without it BVA "
                           "still syncs on its schedule."));
    f.copyCallback->setToolTip(tr("Copy the URL"));
    f.copyPush->setToolTip(tr("Copy the URL"));
    f.save->setText(tr("Save"));
}

void PlatformAppsSettings::retranslate()
{
    m_intro->setText(
        tr("To read a shop on the real Shopee or Lazada, BVA uses your own app on the platform's "
           "open platform. Register the app once on the platform's console, enter it here, then "
           "connect each shop on the Integrations page. BVA only reads; it never changes your "
           "shop."));
    for (Form *f : std::as_const(m_forms))
        retranslate(*f);
}

} // namespace bva::ui
