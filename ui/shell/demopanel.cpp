#include "demopanel.h"

#include "theme/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

DemoPanel::DemoPanel(const QList<DemoLogin> &logins, const QString &bvaEmail, const QString &bvaPassword,
                     QWidget *parent)
    : QDialog(parent)
    , m_logins(logins)
    , m_bvaEmail(bvaEmail)
    , m_bvaPassword(bvaPassword)
{
    setObjectName(u"demoPanel"_s);
    setMinimumWidth(560);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 20, 24, 20);
    m_layout->setSpacing(12);
    build();
}

void DemoPanel::build()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setWindowTitle(tr("BVA demo"));
    auto *title = new QLabel(tr("Welcome to the BVA demo"), this);
    title->setObjectName(u"h1"_s);
    auto *intro =
        new QLabel(tr("Two demo marketplaces are running on this computer with live shoppers. Connect "
                      "each shop through its own consent page: log in there with the seller login "
                      "below, then press Grant. Orders start arriving within minutes."),
                   this);
    intro->setWordWrap(true);
    intro->setObjectName(u"muted"_s);
    m_layout->addWidget(title);
    m_layout->addWidget(intro);
    for (const DemoLogin &d : std::as_const(m_logins)) {
        auto *card = new QFrame(this);
        card->setObjectName(u"card"_s);
        auto *g = new QGridLayout(card);
        g->setContentsMargins(16, 14, 16, 14);
        auto *logo = new QLabel(card);
        logo->setPixmap(QIcon(u":/bva/icons/"_s + platformSlug(d.platform) + u".svg"_s).pixmap(36, 36));
        auto *name =
            new QLabel(d.platform == Platform::Lazada ? u"Lazada (demo)"_s : u"Shopee (demo)"_s, card);
        name->setObjectName(u"h3"_s);
        auto *site = new QLabel(
            d.siteUrl.toString() + (d.shopName.isEmpty() ? QString() : u" · "_s + d.shopName), card);
        site->setObjectName(u"muted"_s);
        auto *email = new QLabel(tr("Seller email: %1").arg(d.email), card);
        auto *password = new QLabel(tr("Password: %1").arg(d.password), card);
        for (auto *l : {email, password})
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *copy = new QToolButton(card);
        copy->setIcon(Theme::icon(u"copy"_s));
        copy->setToolTip(tr("Copy the password"));
        const QString pw = d.password;
        connect(copy, &QToolButton::clicked, this, [pw] { QApplication::clipboard()->setText(pw); });
        const Platform platform = d.platform;
        const bool connected = m_connected.contains(platform);
        auto *go = new QPushButton(connected ? tr("Connected") : tr("Connect"), card);
        go->setObjectName(connected ? u"connected"_s : u"primary"_s);
        go->setEnabled(!connected);
        connect(go, &QPushButton::clicked, this, [this, platform] { emit connectRequested(platform); });
        g->addWidget(logo, 0, 0, 3, 1, Qt::AlignTop);
        g->addWidget(name, 0, 1);
        g->addWidget(site, 1, 1);
        g->addWidget(email, 2, 1);
        g->addWidget(password, 3, 1);
        g->addWidget(copy, 3, 2);
        g->addWidget(go, 0, 3, 2, 1, Qt::AlignTop);
        g->setColumnStretch(1, 1);
        m_layout->addWidget(card);
    }
    auto *bva = new QLabel(tr("Your demo BVA login: %1 / %2").arg(m_bvaEmail, m_bvaPassword), this);
    bva->setObjectName(u"muted"_s);
    bva->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(bva);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_layout->addWidget(close, 0, Qt::AlignRight);
}

void DemoPanel::setConnected(const QList<Platform> &platforms)
{
    if (platforms == m_connected)
        return;
    m_connected = platforms;
    build();
}

void DemoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_layout)
        build();
    QDialog::changeEvent(event);
}

} // namespace bva::ui
