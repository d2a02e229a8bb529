// Settings → Team: who works on each of your shops and with which role, the invitations addressed to
// you (accept with the invitation code the admin handed you, or decline), and for a shop's admins:
// invite by email with a role (the invitation code is shown once, to pass on by a channel they trust),
// change a role, remove a member, withdraw an invitation. Every action goes through TeamService, which checks
// the same rules as the REST API (a viewer sees the team read-only; a shop always keeps an admin).
#pragma once

#include "domain/shop.h"
#include "util/result.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace bva::ui {

class UserSession;
struct UiServices;

class TeamPage final : public QWidget
{
    Q_OBJECT
public:
    TeamPage(const UiServices &services, UserSession *session, QWidget *parent = nullptr);

    QTreeWidget *members() const { return m_members; }
    QTreeWidget *pending() const { return m_pending; }
    QTreeWidget *incoming() const { return m_incoming; }
    qint64 shopId() const;
    void selectShop(qint64 shopId);
    std::optional<ShopRole> myRole() const;
    // The actions the page's buttons run, for tests; each reports through `done` (and the status line).
    void invite(const QString &email, ShopRole role);
    void changeRole(qint64 userId, ShopRole role);
    void removeMember(qint64 userId);
    void revokeInvitation(qint64 invitationId);
    void answerInvitation(qint64 invitationId, bool accept, const QString &code = {});
    QString statusText() const;
    bool invitePanelVisible() const;
    // The code shown after the last invitation (empty once hidden), and the field the invitee types into.
    QString shownInvitationCode() const;
    QLineEdit *codeField() const { return m_code; }

public slots:
    void reload();

signals:
    void loaded();
    void done(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillShops();
    void finish(const Result<void> &r, const QString &okText);
    void updateActions();
    void retranslate();
    static QString roleText(ShopRole role);

    const UiServices &m_services;
    UserSession *m_session;
    QFrame *m_incomingCard, *m_adminCard;
    void showCode(const QString &email, const QString &code);
    void hideCode();

    QLabel *m_incomingTitle, *m_title, *m_roleNote, *m_status, *m_pendingTitle, *m_inviteTitle, *m_inviteHint;
    QLabel *m_codeHint;
    QFrame *m_codeBox;
    QLabel *m_codeTitle, *m_codeText, *m_codeAdvice;
    QPushButton *m_copyCode, *m_hideCode;
    QLineEdit *m_code;
    QString m_codeEmail;
    QComboBox *m_shop, *m_newRole, *m_inviteRole;
    QTreeWidget *m_incoming, *m_members, *m_pending;
    qint64 m_codeInvitation = 0; // the invitation the typed code is for
    QLineEdit *m_inviteEmail;
    QPushButton *m_accept, *m_decline, *m_applyRole, *m_remove, *m_leave, *m_revoke, *m_send;
    int m_generation = 0;
};

} // namespace bva::ui
