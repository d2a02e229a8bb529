#include "teampage.h"

#include "accounts/usersession.h"
#include "auth/accesspolicy.h"
#include "auth/teamservice.h"
#include "domain/platform.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "theme/format.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

QFrame *card(QWidget *parent)
{
    auto *c = new QFrame(parent);
    c->setObjectName(u"card"_s);
    c->setMaximumWidth(900);
    return c;
}

QTreeWidget *list(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setColumnCount(columns);
    t->setMinimumHeight(110);
    // Names and emails take the room; roles and dates need only theirs.
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (columns > 3)
        t->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return t;
}

void fillRoles(QComboBox *box)
{
    for (ShopRole r : {ShopRole::Viewer, ShopRole::Editor, ShopRole::Admin})
        box->addItem(QString(), int(r));
}

qint64 selectedId(QTreeWidget *tree)
{
    const auto items = tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

struct Loaded
{
    QList<Invitation> mine;
    QList<ShopMember> members;
    QList<Invitation> pending;
    QString error;
};

} // namespace

TeamPage::TeamPage(const UiServices &services, UserSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 16, 0, 0);
    l->setSpacing(16);

    m_incomingCard = card(this);
    auto *il = new QVBoxLayout(m_incomingCard);
    il->setContentsMargins(20, 18, 20, 18);
    m_incomingTitle = new QLabel(m_incomingCard);
    m_incomingTitle->setObjectName(u"h3"_s);
    m_incoming = list(m_incomingCard, u"incomingInvitations"_s, 3);
    m_accept = new QPushButton(m_incomingCard);
    m_accept->setObjectName(u"primary"_s);
    m_decline = new QPushButton(m_incomingCard);
    m_codeHint = new QLabel(m_incomingCard);
    m_codeHint->setObjectName(u"muted"_s);
    m_codeHint->setWordWrap(true);
    m_code = new QLineEdit(m_incomingCard);
    m_code->setObjectName(u"invitationCode"_s);
    m_code->setMaxLength(40);
    m_code->setMinimumWidth(240);
    auto *ib = new QHBoxLayout;
    ib->addWidget(m_code, 1);
    ib->addStretch(1);
    ib->addWidget(m_decline);
    ib->addWidget(m_accept);
    il->addWidget(m_incomingTitle);
    il->addWidget(m_incoming);
    il->addWidget(m_codeHint);
    il->addLayout(ib);
    l->addWidget(m_incomingCard);

    auto *team = card(this);
    auto *tl = new QVBoxLayout(team);
    tl->setContentsMargins(20, 18, 20, 18);
    tl->setSpacing(10);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(team);
    m_title->setObjectName(u"h3"_s);
    m_shop = new QComboBox(team);
    m_shop->setObjectName(u"teamShop"_s);
    m_shop->setMinimumWidth(240);
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_shop);
    m_roleNote = new QLabel(team);
    m_roleNote->setObjectName(u"muted"_s);
    m_roleNote->setWordWrap(true);
    m_members = list(team, u"teamMembers"_s, 4);
    auto *mb = new QHBoxLayout;
    m_newRole = new QComboBox(team);
    fillRoles(m_newRole);
    m_applyRole = new QPushButton(team);
    m_remove = new QPushButton(team);
    m_remove->setObjectName(u"danger"_s);
    m_leave = new QPushButton(team);
    mb->addWidget(m_newRole);
    mb->addWidget(m_applyRole);
    mb->addWidget(m_remove);
    mb->addStretch(1);
    mb->addWidget(m_leave);
    m_status = new QLabel(team);
    m_status->setWordWrap(true);
    tl->addLayout(head);
    tl->addWidget(m_roleNote);
    tl->addWidget(m_members);
    tl->addLayout(mb);
    tl->addWidget(m_status);

    m_adminCard = new QFrame(team);
    auto *al = new QVBoxLayout(m_adminCard);
    al->setContentsMargins(0, 8, 0, 0);
    al->setSpacing(8);
    m_pendingTitle = new QLabel(m_adminCard);
    m_pendingTitle->setObjectName(u"h3"_s);
    m_pending = list(m_adminCard, u"pendingInvitations"_s, 5);
    m_revoke = new QPushButton(m_adminCard);
    auto *pb = new QHBoxLayout;
    pb->addStretch(1);
    pb->addWidget(m_revoke);
    m_inviteTitle = new QLabel(m_adminCard);
    m_inviteTitle->setObjectName(u"h3"_s);
    m_inviteHint = new QLabel(m_adminCard);
    m_inviteHint->setObjectName(u"muted"_s);
    m_inviteHint->setWordWrap(true);
    auto *form = new QHBoxLayout;
    m_inviteEmail = new QLineEdit(m_adminCard);
    m_inviteEmail->setObjectName(u"inviteEmail"_s);
    m_inviteRole = new QComboBox(m_adminCard);
    fillRoles(m_inviteRole);
    m_send = new QPushButton(m_adminCard);
    m_send->setObjectName(u"primary"_s);
    form->addWidget(m_inviteEmail, 1);
    form->addWidget(m_inviteRole);
    form->addWidget(m_send);
    // The code of the invitation just made, shown this once: the admin hands it over themselves.
    m_codeBox = new QFrame(m_adminCard);
    m_codeBox->setObjectName(u"inviteCodeBox"_s);
    m_codeBox->setFrameShape(QFrame::StyledPanel);
    auto *cl = new QGridLayout(m_codeBox);
    cl->setContentsMargins(14, 12, 14, 12);
    cl->setVerticalSpacing(6);
    m_codeTitle = new QLabel(m_codeBox);
    m_codeTitle->setObjectName(u"h3"_s);
    m_codeText = new QLabel(m_codeBox);
    m_codeText->setObjectName(u"inviteCode"_s);
    m_codeText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // app.qss sizes it
    m_codeText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyCode = new QPushButton(m_codeBox);
    m_copyCode->setObjectName(u"copyInviteCode"_s);
    m_hideCode = new QPushButton(m_codeBox);
    m_codeAdvice = new QLabel(m_codeBox);
    m_codeAdvice->setWordWrap(true);
    for (QLabel *label : {m_codeTitle, m_codeText, m_codeAdvice})
        label->setTextFormat(Qt::PlainText); // they quote the email the admin typed
    cl->addWidget(m_codeTitle, 0, 0, 1, 3);
    cl->addWidget(m_codeText, 1, 0);
    cl->addWidget(m_copyCode, 1, 1);
    cl->addWidget(m_hideCode, 1, 2);
    cl->setColumnStretch(0, 1);
    cl->addWidget(m_codeAdvice, 2, 0, 1, 3);
    m_codeBox->hide();
    al->addWidget(m_pendingTitle);
    al->addWidget(m_pending);
    al->addLayout(pb);
    al->addWidget(m_inviteTitle);
    al->addWidget(m_inviteHint);
    al->addLayout(form);
    al->addWidget(m_codeBox);
    tl->addWidget(m_adminCard);
    l->addWidget(team);
    l->addStretch(1);

    connect(m_shop, &QComboBox::activated, this, [this] {
        hideCode(); // a code belongs to the shop it invites to
        reload();
    });
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_codeText->text());
        m_copyCode->setText(tr("Copied"));
    });
    connect(m_hideCode, &QPushButton::clicked, this, &TeamPage::hideCode);
    connect(m_code, &QLineEdit::textChanged, this, &TeamPage::updateActions);
    connect(m_code, &QLineEdit::returnPressed, m_accept, &QPushButton::click);
    connect(m_members, &QTreeWidget::itemSelectionChanged, this, &TeamPage::updateActions);
    connect(m_pending, &QTreeWidget::itemSelectionChanged, this, &TeamPage::updateActions);
    connect(m_incoming, &QTreeWidget::itemSelectionChanged, this, [this] {
        // A code typed for one invitation never goes to another (e.g. when a reload chose the first).
        if (const qint64 id = selectedId(m_incoming); id != 0 && id != m_codeInvitation) {
            if (m_codeInvitation != 0)
                m_code->clear();
            m_codeInvitation = id;
        }
        updateActions();
    });
    connect(m_applyRole, &QPushButton::clicked, this,
            [this] { changeRole(selectedId(m_members), ShopRole(m_newRole->currentData().toInt())); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto items = m_members->selectedItems();
        if (items.isEmpty())
            return;
        // The name is the member's own choice: shown as text.
        QMessageBox box(
            QMessageBox::Question, tr("Remove from the team"),
            tr("Remove %1 from this shop? They stop seeing its figures at once.").arg(items.first()->text(1)),
            QMessageBox::Yes | QMessageBox::No, this);
        box.setTextFormat(Qt::PlainText);
        if (box.exec() == QMessageBox::Yes)
            removeMember(selectedId(m_members));
    });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Leave this shop"),
                tr("Leave this shop's team? You stop seeing its figures until an admin invites you again.")) ==
            QMessageBox::Yes)
            removeMember(m_session->user().id);
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] { revokeInvitation(selectedId(m_pending)); });
    connect(m_send, &QPushButton::clicked, this,
            [this] { invite(m_inviteEmail->text(), ShopRole(m_inviteRole->currentData().toInt())); });
    connect(m_inviteEmail, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_accept, &QPushButton::clicked, this,
            [this] { answerInvitation(selectedId(m_incoming), true, m_code->text()); });
    connect(m_decline, &QPushButton::clicked, this,
            [this] { answerInvitation(selectedId(m_incoming), false); });
    connect(session, &UserSession::shopsChanged, this, [this] {
        fillShops();
        reload();
    });
    retranslate();
    fillShops();
    reload();
}

QString TeamPage::roleText(ShopRole role)
{
    switch (role) {
    case ShopRole::Admin:
        return tr("Admin");
    case ShopRole::Editor:
        return tr("Editor");
    case ShopRole::Viewer:
        return tr("Viewer");
    }
    return {};
}

qint64 TeamPage::shopId() const
{
    return m_shop->currentData().toLongLong();
}

void TeamPage::selectShop(qint64 shopId)
{
    m_shop->setCurrentIndex(qMax(0, m_shop->findData(shopId)));
    reload();
}

std::optional<ShopRole> TeamPage::myRole() const
{
    return m_session->roleOn(shopId());
}

QString TeamPage::statusText() const
{
    return m_status->text();
}

bool TeamPage::invitePanelVisible() const
{
    return m_adminCard->isVisibleTo(const_cast<TeamPage *>(this));
}

QString TeamPage::shownInvitationCode() const
{
    return m_codeBox->isHidden() ? QString() : m_codeText->text();
}

void TeamPage::showCode(const QString &email, const QString &code)
{
    m_codeEmail = email;
    m_codeText->setText(code);
    m_codeBox->show();
    retranslate();
}

void TeamPage::hideCode()
{
    m_codeText->clear();
    m_codeEmail.clear();
    m_codeBox->hide();
}

void TeamPage::fillShops()
{
    const qint64 current = shopId();
    m_shop->clear();
    for (const Shop &s : m_session->shops()) {
        const QString name = s.name.isEmpty() ? s.externalId : s.name;
        m_shop->addItem(QString(name + u" (" + platformDisplayName(s.platform) + u')'), s.id);
    }
    const int index = m_shop->findData(current);
    m_shop->setCurrentIndex(index < 0 ? 0 : index);
}

void TeamPage::reload()
{
    TeamService *team = m_services.team;
    if (!team || !m_session->isActive())
        return;
    const int generation = ++m_generation;
    const Actor actor = m_session->actor();
    const qint64 shop = shopId();
    const bool admin = AccessPolicy::allows(myRole(), ShopAction::ManageTeam);
    runAsync(
        this,
        [team, actor, shop, admin] {
            Loaded out;
            if (auto mine = team->myInvitations(actor); mine.ok())
                out.mine = *mine;
            if (shop > 0) {
                auto members = team->members(actor, shop);
                if (members.ok())
                    out.members = *members;
                else
                    out.error = members.error().message;
                if (admin) {
                    if (auto pending = team->invitations(actor, shop); pending.ok())
                        out.pending = *pending;
                }
            }
            return out;
        },
        [this, generation](Loaded result) {
            if (generation != m_generation)
                return;
            const qint64 chosen = selectedId(m_incoming);
            m_incoming->clear();
            for (const Invitation &i : std::as_const(result.mine)) {
                const QString shop = (i.shop.name.isEmpty() ? i.shop.externalId : i.shop.name);
                auto *item = new QTreeWidgetItem(
                    m_incoming, {QString(shop + u" (" + platformDisplayName(i.shop.platform) + u')'),
                                 roleText(i.role), i.invitedByEmail});
                item->setData(0, Qt::UserRole, i.id);
            }
            // The one chosen stays chosen; else the first (the usual case is one invitation, so typing
            // the code and Enter accept it).
            for (int n = m_incoming->topLevelItemCount() - 1; n >= 0; --n) {
                QTreeWidgetItem *item = m_incoming->topLevelItem(n);
                if (n == 0 || item->data(0, Qt::UserRole).toLongLong() == chosen) {
                    m_incoming->setCurrentItem(item);
                    break;
                }
            }
            m_incomingCard->setVisible(!result.mine.isEmpty());
            m_members->clear();
            for (const ShopMember &m : std::as_const(result.members)) {
                QString who = m.name.isEmpty() ? m.email : m.name;
                if (m.userId == m_session->user().id)
                    who += u" "_s + tr("(you)");
                auto *item = new QTreeWidgetItem(
                    m_members, {who, m.email, roleText(m.role), Format::date(m.since.toLocalTime().date())});
                item->setData(0, Qt::UserRole, m.userId);
                item->setData(2, Qt::UserRole, int(m.role));
            }
            m_pending->clear();
            for (const Invitation &i : std::as_const(result.pending)) {
                QString state = tr("Waiting for the code");
                if (i.state == Invitation::State::Locked)
                    state = tr("Locked after %n wrong code(s): invite again", nullptr, i.wrongCodes);
                else if (!i.hasCode)
                    state = tr("Made before invitation codes: invite again");
                auto *item =
                    new QTreeWidgetItem(m_pending, {i.email, roleText(i.role), i.invitedByEmail,
                                                    Format::date(i.expiresAt.toLocalTime().date()), state});
                item->setData(0, Qt::UserRole, i.id);
                if (i.state == Invitation::State::Locked || !i.hasCode)
                    item->setToolTip(4,
                                     tr("This invitation cannot be accepted. Invite the same email again to "
                                        "get a new invitation code; it replaces this one."));
            }
            if (!result.error.isEmpty())
                m_status->setText(result.error);
            updateActions();
            emit loaded();
        });
}

void TeamPage::updateActions()
{
    const std::optional<ShopRole> role = myRole();
    const bool admin = AccessPolicy::allows(role, ShopAction::ManageTeam);
    const bool hasShop = shopId() > 0;
    const qint64 selected = selectedId(m_members);
    const bool other = selected > 0 && selected != m_session->user().id;
    for (QWidget *w : {static_cast<QWidget *>(m_newRole), static_cast<QWidget *>(m_applyRole),
                       static_cast<QWidget *>(m_remove)})
        w->setVisible(admin);
    m_applyRole->setEnabled(selected > 0);
    m_newRole->setEnabled(selected > 0);
    m_remove->setEnabled(other);
    m_leave->setVisible(hasShop && role.has_value());
    m_shop->setVisible(hasShop);
    m_members->setVisible(hasShop);
    m_adminCard->setVisible(admin);
    m_revoke->setEnabled(selectedId(m_pending) > 0);
    const bool answering = selectedId(m_incoming) > 0;
    m_accept->setEnabled(answering && !m_code->text().trimmed().isEmpty());
    m_decline->setEnabled(answering);
    if (!hasShop)
        m_roleNote->setText(tr("Connect a shop, or accept an invitation, to work with a team."));
    else if (admin)
        m_roleNote->setText(
            tr("You are an admin of this shop: you can invite people, change roles and remove members. "
               "A shop always keeps at least one admin."));
    else if (role == ShopRole::Editor)
        m_roleNote->setText(tr(
            "You are an editor of this shop: you can sync it and plan restocks. Its admins manage the team."));
    else
        m_roleNote->setText(
            tr("You are a viewer of this shop: you can see its figures. Its admins manage the team."));
}

void TeamPage::finish(const Result<void> &r, const QString &okText)
{
    m_status->setObjectName(r.ok() ? u"muted"_s : u"error"_s);
    QString text = okText;
    if (!r.ok()) {
        text = r.error().message;
        if (r.error().kind == Error::Kind::Forbidden)
            text = tr("Your role on this shop does not allow this. Ask one of its admins.");
    }
    m_status->setText(text);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    emit done(r.ok());
}

void TeamPage::invite(const QString &email, ShopRole role)
{
    TeamService *team = m_services.team;
    if (!team)
        return;
    const Actor actor = m_session->actor();
    const qint64 shop = shopId();
    const QString address = email.trimmed();
    runAsync(
        this,
        [team, actor, shop, address, role]() -> Result<TeamService::NewInvitation> {
            return team->invite(actor, shop, address, role);
        },
        [this](Result<TeamService::NewInvitation> r) {
            if (!r.ok()) {
                finish(Result<void>(r.error()), {});
                reload();
                return;
            }
            m_inviteEmail->clear();
            showCode(r->invitation.email, r->code);
            finish(Result<void>(),
                   tr("Invitation made for %1. It waits for them in Settings → Team; they need the code "
                      "below to accept it.")
                       .arg(r->invitation.email));
            reload();
        });
}

void TeamPage::changeRole(qint64 userId, ShopRole role)
{
    TeamService *team = m_services.team;
    if (!team || userId <= 0)
        return;
    const Actor actor = m_session->actor();
    const qint64 shop = shopId();
    runAsync(
        this, [team, actor, shop, userId, role] { return team->changeRole(actor, shop, userId, role); },
        [this, role](Result<void> r) {
            finish(r, tr("Role changed to %1.").arg(roleText(role)));
            m_session->reloadShops();
            reload();
        });
}

void TeamPage::removeMember(qint64 userId)
{
    TeamService *team = m_services.team;
    if (!team || userId <= 0)
        return;
    const Actor actor = m_session->actor();
    const qint64 shop = shopId();
    const bool leaving = userId == actor.userId;
    runAsync(
        this, [team, actor, shop, userId] { return team->removeMember(actor, shop, userId); },
        [this, leaving](Result<void> r) {
            finish(r, leaving ? tr("You left the shop's team.") : tr("Removed from the team."));
            m_session->reloadShops();
            reload();
        });
}

void TeamPage::revokeInvitation(qint64 invitationId)
{
    TeamService *team = m_services.team;
    if (!team || invitationId <= 0)
        return;
    const Actor actor = m_session->actor();
    runAsync(
        this, [team, actor, invitationId] { return team->revokeInvitation(actor, invitationId); },
        [this](Result<void> r) {
            finish(r, tr("Invitation withdrawn."));
            reload();
        });
}

void TeamPage::answerInvitation(qint64 invitationId, bool accept, const QString &code)
{
    TeamService *team = m_services.team;
    if (!team || invitationId <= 0)
        return;
    const Actor actor = m_session->actor();
    runAsync(
        this,
        [team, actor, invitationId, accept, code]() -> Result<void> {
            if (!accept)
                return team->decline(actor, invitationId);
            auto role = team->accept(actor, invitationId, code);
            return role ? Result<void>() : Result<void>(role.error());
        },
        [this, accept](Result<void> r) {
            if (!r.ok() && r.error().message.startsWith(u"code: "_s)) {
                // The service's reason without its field name, as a sentence; not a role problem.
                QString text = r.error().message.mid(6);
                if (!text.isEmpty())
                    text[0] = text[0].toUpper();
                r = Error::invalid(text + u'.');
            }
            if (r.ok())
                m_code->clear();
            finish(r, accept ? tr("You joined the shop's team. Its figures are on every page now.")
                             : tr("Invitation declined."));
            m_session->reloadShops();
            reload();
        });
}

void TeamPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillShops();
        reload();
    }
    QWidget::changeEvent(event);
}

void TeamPage::retranslate()
{
    m_incomingTitle->setText(tr("Invitations for you"));
    m_incoming->setHeaderLabels({tr("Shop"), tr("Role"), tr("Invited by")});
    m_accept->setText(tr("Accept"));
    m_codeHint->setText(tr("To accept, enter the invitation code the shop's admin gave you. It proves the "
                           "invitation is meant for you; BVA never sends it by email."));
    m_code->setPlaceholderText(tr("Invitation code, e.g. ABCD-EFGH-JKMN-PQRS"));
    m_decline->setText(tr("Decline"));
    m_title->setText(tr("Team"));
    m_members->setHeaderLabels({tr("Name"), tr("Email"), tr("Role"), tr("Since")});
    m_applyRole->setText(tr("Change role"));
    m_remove->setText(tr("Remove from team"));
    m_leave->setText(tr("Leave this shop"));
    m_pendingTitle->setText(tr("Pending invitations"));
    m_pending->setHeaderLabels({tr("Email"), tr("Role"), tr("Invited by"), tr("Open until"), tr("State")});
    m_revoke->setText(tr("Withdraw invitation"));
    m_inviteTitle->setText(tr("Invite someone"));
    m_inviteHint->setText(
        tr("Viewers see the figures; editors also sync and plan restocks; admins also manage the "
           "connection, its secret and the team. The invitation waits for the account with this "
           "email on this database; nothing is sent by email. You get a one-time invitation code "
           "to hand over yourself."));
    m_codeTitle->setText(tr("Invitation code for %1").arg(m_codeEmail));
    m_copyCode->setToolTip(tr("Copy the code to the clipboard"));
    m_copyCode->setText(tr("Copy"));
    m_hideCode->setText(tr("Done"));
    m_codeAdvice->setText(
        tr("Give this code to %1 yourself, by a channel you trust: in person, by phone, or in a chat you "
           "know is theirs. They need it to accept the invitation. It is shown only now and BVA keeps no "
           "copy: if it is lost, invite the same email again for a new code.")
            .arg(m_codeEmail));
    m_inviteEmail->setPlaceholderText(tr("name@example.com"));
    m_send->setText(tr("Send invitation"));
    for (QComboBox *box : {m_newRole, m_inviteRole}) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, roleText(ShopRole(box->itemData(i).toInt())));
    }
    updateActions();
}

} // namespace bva::ui
