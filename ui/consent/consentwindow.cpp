#include "consentwindow.h"

#include "consentbridge.h"
#include "consentpage.h"

#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString platformTitle(Platform p)
{
    switch (p) {
    case Platform::Shopee:
        return u"Shopee"_s;
    case Platform::Lazada:
        return u"Lazada"_s;
    case Platform::TikTok:
        return u"TikTok Shop"_s;
    default:
        return platformName(p);
    }
}

} // namespace

QUrl ConsentWindow::originOf(const QUrl &url)
{
    QUrl o;
    o.setScheme(url.scheme());
    o.setHost(url.host());
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        o.setPort(url.port());
    return o;
}

ConsentWindow::ConsentWindow(Platform platform, const QUrl &siteUrl, QWebEngineProfile *profile,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_platform(platform)
    , m_origin(originOf(siteUrl))
{
    setObjectName(u"consentWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(560, 720);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto *headerBar = new QWidget(this);
    headerBar->setObjectName(u"consentHeader"_s);
    auto *hl = new QVBoxLayout(headerBar);
    hl->setContentsMargins(16, 12, 16, 12);
    m_header = new QLabel(headerBar);
    m_header->setObjectName(u"consentTitle"_s);
    m_notice = new QLabel(headerBar);
    m_notice->setObjectName(u"muted"_s);
    m_notice->setWordWrap(true);
    hl->addWidget(m_header);
    hl->addWidget(m_notice);
    root->addWidget(headerBar);

    m_stack = new QStackedWidget(this);
    root->addWidget(m_stack, 1);

    m_view = new QWebEngineView(this);
    m_page = new ConsentPage(profile, m_origin, m_view);
    m_view->setPage(m_page);
    m_stack->addWidget(m_view);

    auto *status = new QWidget(this);
    auto *sl = new QVBoxLayout(status);
    sl->setContentsMargins(40, 40, 40, 40);
    sl->addStretch(1);
    m_statusTitle = new QLabel(status);
    m_statusTitle->setObjectName(u"h2"_s);
    m_statusTitle->setAlignment(Qt::AlignCenter);
    m_statusTitle->setWordWrap(true);
    m_statusTitle->setTextFormat(Qt::PlainText); // names the marketplace's shop
    m_statusText = new QLabel(status);
    m_statusText->setAlignment(Qt::AlignCenter);
    m_statusText->setWordWrap(true);
    m_statusText->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(status);
    m_progress->setTextVisible(true);
    sl->addWidget(m_statusTitle);
    sl->addSpacing(8);
    sl->addWidget(m_statusText);
    sl->addSpacing(16);
    sl->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_retry = new QPushButton(status);
    m_retry->setObjectName(u"primary"_s);
    m_close = new QPushButton(status);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    sl->addSpacing(16);
    sl->addLayout(buttons);
    sl->addStretch(2);
    m_stack->addWidget(status);

    m_channel = new QWebChannel(this);
    m_bridge = new ConsentBridge(
        platform, m_origin, [this] { return m_page->url(); }, this);
    m_channel->registerObject(u"bvaConsentBridge"_s, m_bridge);
    // The channel exists only in the isolated world: the page's own scripts never see `qt`.
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    installScripts();

    connect(m_bridge, &ConsentBridge::consentReceived, this, &ConsentWindow::onConsent);
    connect(m_bridge, &ConsentBridge::messageRejected, this, [this](const QString &why) {
        Q_UNUSED(why) // logged by the bridge; the field names are for developers, not sellers
        if (!pageShown())
            return;
        showFailure(
            tr("Unexpected answer from %1").arg(platformTitle(m_platform)),
            tr("%1's page sent an answer BVA cannot use. Nothing was connected and nothing was stored. "
               "Try again; if this keeps happening, %1 may have changed its page.")
                .arg(platformTitle(m_platform)),
            Retry::StartOver);
    });
    // A site that reaches the consent page by its own router gets the real page loaded instead.
    connect(m_bridge, &ConsentBridge::consentPageNeeded, this, [this] {
        if (pageShown() && !isRedirectFlow())
            m_view->load(consentUrl());
    });
    connect(m_page, &ConsentPage::externalNavigationBlocked, this, &ConsentWindow::externalLinkRequested);
    connect(m_page, &ConsentPage::callbackReached, this, [this](const QUrl &url) {
        // The callback page is BVA's own: it loads in the background while BVA says what happens.
        m_loading = false;
        m_loadTimer.stop();
        emit callbackReached(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, &ConsentWindow::onLoadFinished);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        if (m_stack->currentIndex() == 0)
            showFailure(tr("The page stopped"),
                        tr("%1's page stopped working before you answered. Nothing was stored.")
                            .arg(platformTitle(m_platform)),
                        Retry::StartOver);
    });
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(30000);
    connect(&m_loadTimer, &QTimer::timeout, this, [this] {
        if (!m_loading)
            return;
        m_loading = false;
        m_view->stop();
        showFailure(
            tr("%1 is not answering").arg(platformTitle(m_platform)),
            tr("%1's page at %2 did not load within %n second(s). Check that the site is up and that you "
               "are online, then try again. Nothing was stored.",
               nullptr, m_loadTimer.interval() / 1000)
                .arg(platformTitle(m_platform), m_origin.toString()),
            Retry::StartOver);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_retryAction == Retry::StartOver)
            start();
        else if (m_retryAction == Retry::Resend)
            emit retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    retranslate();
}

ConsentWindow::~ConsentWindow()
{
    // The page must go before its profile; the view owns it.
    delete m_view;
}

QUrl ConsentWindow::consentUrl() const
{
    QUrl u = m_origin;
    u.setPath(ConsentBridge::consentPath());
    return u;
}

void ConsentWindow::installScripts()
{
    QWebEngineScript channelJs;
    channelJs.setName(u"bva-qwebchannel"_s);
    channelJs.setSourceCode(readResource(u":/qtwebchannel/qwebchannel.js"_s));
    channelJs.setWorldId(QWebEngineScript::ApplicationWorld);
    channelJs.setInjectionPoint(QWebEngineScript::DocumentCreation);
    channelJs.setRunsOnSubFrames(false);

    const QString origin = m_origin.toString(QUrl::FullyEncoded);
    const QString originLiteral =
        QString::fromUtf8(QJsonDocument(QJsonArray{origin}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    QWebEngineScript listener;
    listener.setName(u"bva-consent-listener"_s);
    listener.setSourceCode(readResource(u":/bva/web/consent-listener.js"_s)
                               .replace(u"__BVA_EXPECTED_ORIGIN__"_s, originLiteral));
    listener.setWorldId(QWebEngineScript::ApplicationWorld);
    listener.setInjectionPoint(QWebEngineScript::DocumentCreation);
    listener.setRunsOnSubFrames(false);

    m_page->scripts().insert(channelJs);
    m_page->scripts().insert(listener);
}

void ConsentWindow::start()
{
    m_bridge->reset();
    m_notice->setProperty("custom", false);
    retranslate();
    m_stack->setCurrentIndex(0);
    m_loading = true;
    m_loadTimer.start();
    m_view->load(isRedirectFlow() ? m_authorizeUrl : consentUrl());
}

void ConsentWindow::startRedirect(const QUrl &authorizeUrl, const QUrl &callbackUrl)
{
    m_authorizeUrl = authorizeUrl;
    m_page->setRedirectCallback(callbackUrl);
    start();
}

void ConsentWindow::onLoadFinished(bool ok)
{
    const bool wasLoading = m_loading;
    m_loading = false;
    m_loadTimer.stop();
    emit pageLoaded(ok);
    // A load stopped after the timeout has already said so.
    if (!ok && wasLoading && m_stack->currentIndex() == 0)
        showUnreachable();
}

void ConsentWindow::showUnreachable()
{
    showFailure(tr("Cannot reach %1").arg(platformTitle(m_platform)),
                tr("The marketplace site at %1 did not answer. Check that it is running and "
                   "that you are online, then try again. Nothing was stored.")
                    .arg(m_origin.toString()),
                Retry::StartOver);
}

bool ConsentWindow::pageShown() const
{
    return m_stack->currentIndex() == 0;
}

void ConsentWindow::onConsent(const ConsentResult &result)
{
    if (isRedirectFlow())
        return; // a real platform's outcome comes from BVA's callback, never from a page's message
    // The seller answers on the page while BVA shows it. Once BVA says what happened (a refusal, an
    // error, the check of a grant), the page keeps running hidden: what it posts then is no answer of
    // the seller's, and it must not overturn what the window says. "Try again" loads the page anew.
    if (!pageShown()) {
        qCInfo(lcConsent) << "consent message ignored: the page is not shown";
        return;
    }
    if (result.kind == ConsentResult::Kind::Granted) {
        showWorking(tr("Connecting %1").arg(result.shopName),
                    tr("Checking with %1 that this account owns the shop…").arg(platformTitle(m_platform)));
        emit granted(result);
        return;
    }
    if (result.kind == ConsentResult::Kind::LoginRequired) {
        // The page itself offers the login link; stay on it and say why in the header.
        m_notice->setProperty("custom", true);
        m_notice->setText(tr("Log in to your %1 seller account to continue.").arg(platformTitle(m_platform)));
        emit refused(result);
        return;
    }
    const QString market = platformTitle(m_platform);
    if (result.kind == ConsentResult::Kind::Denied) {
        const QString text = result.reason.isEmpty()
                                 ? tr("You chose not to give BVA access on %1's page. Nothing was connected "
                                      "and nothing was stored. "
                                      "To connect the shop, try again and choose Grant.")
                                       .arg(market)
                                 : tr("You chose not to give BVA access on %1's page (%1 said: “%2”). "
                                      "Nothing was connected and nothing "
                                      "was stored. To connect the shop, try again and choose Grant.")
                                       .arg(market, result.reason);
        showFailure(tr("Access not granted"), text, Retry::StartOver);
    } else {
        const QString text =
            result.reason.isEmpty()
                ? tr("%1's page reported an error. Nothing was connected and nothing was stored.").arg(market)
                : tr("%1 said: “%2”. Nothing was connected and nothing was stored.")
                      .arg(market, result.reason);
        showFailure(tr("Not connected"), text, Retry::StartOver);
    }
    emit refused(result);
}

void ConsentWindow::showWorking(const QString &title, const QString &text, bool cancellable)
{
    m_statusTitle->setText(title);
    m_statusText->setText(text);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_progress->resetFormat();
    m_retry->setVisible(false);
    // Cancelling (or closing the window) before the shop is connected stores nothing.
    m_closeCancels = cancellable;
    m_close->setText(cancellable ? tr("Cancel") : tr("Close"));
    m_close->setVisible(true);
    m_stack->setCurrentIndex(1);
}

void ConsentWindow::setProgress(int done, int total, const QString &phase)
{
    m_progress->setVisible(true);
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(qMin(done, total));
        m_progress->setFormat(
            tr("%1: %2 of %3").arg(phase, QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
    }
    // The shop is connected by now: closing the window no longer undoes anything, the import goes on.
    m_statusText->setText(tr("The shop is connected. Importing its products and orders… You can close this "
                             "window: the import goes on and the Integrations page shows its progress."));
    m_retry->setVisible(false);
    m_closeCancels = false;
    m_close->setText(tr("Close"));
    m_close->setVisible(true);
    m_stack->setCurrentIndex(1);
}

void ConsentWindow::showFailure(const QString &title, const QString &text, Retry retry)
{
    m_loading = false;
    m_loadTimer.stop();
    m_retryAction = retry;
    m_statusTitle->setText(title);
    m_statusText->setText(text);
    m_progress->setVisible(false);
    m_retry->setVisible(retry != Retry::None);
    m_closeCancels = false;
    m_close->setText(tr("Close"));
    m_close->setVisible(true);
    m_stack->setCurrentIndex(1);
}

void ConsentWindow::showDone(const QString &title, const QString &text)
{
    showFailure(title, text, Retry::None);
}

void ConsentWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    event->accept();
}

void ConsentWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsentWindow::retranslate()
{
    setWindowTitle(tr("Connect %1").arg(platformTitle(m_platform)));
    m_header->setText(tr("Connect your %1 shop").arg(platformTitle(m_platform)));
    if (!m_notice->property("custom").toBool())
        m_notice->setText(
            tr("This is %1's own page at %2. BVA only reads your products and orders; "
               "it never changes your shop.")
                .arg(platformTitle(m_platform),
                     m_origin.host() +
                         (m_origin.port() > 0 ? u':' + QString::number(m_origin.port()) : QString())));
    m_retry->setText(tr("Try again"));
    m_close->setText(m_closeCancels ? tr("Cancel") : tr("Close"));
}

} // namespace bva::ui
