#include "activitymodel.h"

#include "auth/auditactions.h"
#include "domain/platform.h"
#include "models/displayformat.h"
#include "settings/syncinterval.h"
#include "theme/format.h"
#include "theme/theme.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::ui {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActivityModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ActivityModel::appendEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    endInsertRows();
}

void ActivityModel::setShopTimeZones(const QHash<qint64, QString> &zones)
{
    m_zones = zones;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, When), index(rowCount() - 1, When));
}

QString ActivityModel::timeZoneOf(const AuditEntry &e, const QHash<qint64, QString> &zones)
{
    if (const auto it = zones.constFind(e.shopId); it != zones.cend())
        return *it;
    const QList<QString> all = zones.values();
    const bool shared = !all.isEmpty() && std::all_of(all.cbegin(), all.cend(),
                                                      [&all](const QString &z) { return z == all.first(); });
    return shared ? all.first() : QString();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::actionText(const QString &a)
{
    using namespace audit;
    static const QHash<QString, const char *> texts{
        {kSignIn, QT_TR_NOOP("Signed in")},
        {kSignOut, QT_TR_NOOP("Signed out")},
        {kSignOutEverywhere, QT_TR_NOOP("Signed out everywhere")},
        {kRegister, QT_TR_NOOP("Created the account")},
        {kPasswordChange, QT_TR_NOOP("Changed the password")},
        {kSessionRevoke, QT_TR_NOOP("Ended a session")},
        {kProfileChange, QT_TR_NOOP("Changed the email")},
        {kConnect, QT_TR_NOOP("Connected a shop")},
        {kUpdate, QT_TR_NOOP("Connected a shop again")},
        {kReconnect, QT_TR_NOOP("Reconnected a shop")},
        {kAccessLost, QT_TR_NOOP("The marketplace refused to renew the access (reconnect needed)")},
        {kDisconnect, QT_TR_NOOP("Disconnected a shop")},
        {kLinkRefused, QT_TR_NOOP("Linking a shop was refused")},
        {kSigningMode, QT_TR_NOOP("Changed which deliveries are accepted")},
        {kSigningRequired, QT_TR_NOOP("Deliveries must be signed from now on")},
        {kUnsignedRefused, QT_TR_NOOP("Refused unsigned deliveries")},
        {kSecretReveal, QT_TR_NOOP("Showed the signing secret")},
        {kSecretCopy, QT_TR_NOOP("Copied the signing secret")},
        {kInvite, QT_TR_NOOP("Invited someone")},
        {kInviteRevoke, QT_TR_NOOP("Withdrew an invitation")},
        {kInviteAccept, QT_TR_NOOP("Joined the shop's team")},
        {kInviteDecline, QT_TR_NOOP("Declined an invitation")},
        {kInviteLocked, QT_TR_NOOP("An invitation was locked after too many wrong codes")},
        {kRoleChange, QT_TR_NOOP("Changed a role")},
        {kMemberRemove, QT_TR_NOOP("Removed a member")},
        {kLeave, QT_TR_NOOP("Left the shop's team")},
        {kSyncStart, QT_TR_NOOP("Sync started")},
        {kSyncEnd, QT_TR_NOOP("Sync finished")},
        {kSyncInterval, QT_TR_NOOP("Changed how often the shop re-syncs")},
        {kSyncPause, QT_TR_NOOP("Paused syncing")},
        {kSyncResume, QT_TR_NOOP("Resumed syncing")},
        {kDeliveryReplay, QT_TR_NOOP("Replayed a webhook delivery")},
        {kDatabaseSetting, QT_TR_NOOP("Changed the database")},
        {kServerSetting, QT_TR_NOOP("Changed the webhook server")},
        {kRetentionSetting, QT_TR_NOOP("Changed how long activity is kept")},
    };
    const char *text = texts.value(a);
    return text ? tr(text) : a;
}

QString ActivityModel::sourceText(const QString &source)
{
    if (source == u"desktop"_s)
        return tr("BVA desktop");
    if (source == u"scheduler"_s)
        return tr("BVA (scheduled)");
    if (source == u"server"_s)
        return tr("bva-server");
    if (source == u"webhook"_s)
        return tr("Marketplace delivery");
    return source;
}

QString ActivityModel::outcomeText(const QString &outcome)
{
    if (outcome == audit::kFailed)
        return tr("Failed");
    if (outcome == audit::kRefused)
        return tr("Refused");
    return tr("Done");
}

static QString roleText(const QString &role)
{
    if (role == u"ADMIN"_s)
        return ActivityModel::tr("Admin");
    if (role == u"EDITOR"_s)
        return ActivityModel::tr("Editor");
    if (role == u"VIEWER"_s)
        return ActivityModel::tr("Viewer");
    return role;
}

QString ActivityModel::detailText(const AuditEntry &e)
{
    using namespace audit;
    const QJsonObject &d = e.details;
    const QString a = e.action;
    if (a == kSignIn) {
        if (d.contains(u"lockedForSeconds"_s))
            return tr("further attempts wait %n second(s)", nullptr, d.value(u"lockedForSeconds"_s).toInt());
        if (d.contains(u"retryAfterSeconds"_s))
            return tr("too many failed attempts; asked to wait %n second(s)", nullptr,
                      d.value(u"retryAfterSeconds"_s).toInt());
        return e.outcome == kFailed ? tr("wrong email or password") : QString();
    }
    if (a == kRegister && e.outcome == kFailed)
        return tr("someone tried to create an account with this email");
    if (a == kPasswordChange || a == kSignOutEverywhere) {
        if (e.outcome == kFailed)
            return tr("the current password was wrong");
        return tr("%n other session(s) ended", nullptr, d.value(u"sessionsEnded"_s).toInt());
    }
    if (a == kInvite)
        return tr("%1 as %2").arg(e.target, roleText(d.value(u"role"_s).toString()));
    if (a == kInviteAccept && e.outcome == kFailed)
        return tr("wrong invitation code");
    if (a == kInviteAccept)
        return tr("as %1").arg(roleText(d.value(u"role"_s).toString()));
    if (a == kInviteLocked)
        return e.target;
    if (a == kProfileChange && e.outcome == kFailed)
        return tr("the current password was wrong");
    if (a == kRoleChange)
        return tr("%1: %2 → %3")
            .arg(e.target, roleText(d.value(u"from"_s).toString()), roleText(d.value(u"to"_s).toString()));
    if (a == kMemberRemove || a == kInviteRevoke || a == kInviteDecline || a == kProfileChange)
        return e.target;
    if (a == kSyncStart)
        return d.value(u"kind"_s).toString() == u"full"_s ? tr("everything")
                                                          : tr("changes since the last sync");
    if (a == kSyncEnd) {
        if (e.outcome == kFailed)
            return d.value(u"error"_s).toString();
        return tr("%1 products, %2 orders")
            .arg(Format::number(d.value(u"products"_s).toInt()),
                 Format::number(d.value(u"orders"_s).toInt()));
    }
    if (a == kSyncInterval)
        return tr("%1 → %2").arg(SyncInterval::text(d.value(u"from"_s).toInt()),
                                 SyncInterval::text(d.value(u"to"_s).toInt()));
    if (a == kDisconnect)
        return d.value(u"data"_s).toString() == u"deleted"_s ? tr("its data deleted") : tr("its data kept");
    if (a == kSigningMode || a == kRetentionSetting || a == kDatabaseSetting || a == kServerSetting) {
        const QJsonValue from = d.value(u"from"_s), to = d.value(u"to"_s);
        if (a == kRetentionSetting)
            return tr("%1 → %2").arg(from.toInt() == 0 ? tr("forever")
                                                       : tr("%n day(s)", nullptr, from.toInt()),
                                     to.toInt() == 0 ? tr("forever") : tr("%n day(s)", nullptr, to.toInt()));
        return tr("%1 → %2").arg(from.toVariant().toString(), to.toVariant().toString());
    }
    if (a == kUnsignedRefused)
        return tr("%n delivery(ies), the last from %1", nullptr, d.value(u"refused"_s).toInt())
            .arg(d.value(u"lastFrom"_s).toString());
    if (a == kLinkRefused)
        return tr("the shop is linked by another account; an invitation from its admin is the way in");
    if (a == kDeliveryReplay) {
        const QString topic = d.value(u"topic"_s).toString();
        const QString delivery = d.value(u"delivery"_s).toString();
        if (e.outcome == kFailed)
            return tr("delivery %1 (%2) failed again: %3")
                .arg(delivery, topic, d.value(u"reason"_s).toString());
        return tr("delivery %1 (%2) applied as delivery %3")
            .arg(delivery, topic, d.value(u"replayedAs"_s).toString());
    }
    return QString();
}

QString ActivityModel::text(const AuditEntry &e, int column, const QString &timeZone)
{
    switch (column) {
    case When:
        return Format::shopDateTime(e.createdAt, timeZone);
    case Account:
        return e.actor.isEmpty() ? (e.userId > 0 ? tr("account %1").arg(e.userId) : QString()) : e.actor;
    case From:
        return sourceText(e.source);
    case Shop: {
        if (e.shopId <= 0)
            return QString();
        if (e.shopExternalId.isEmpty())
            return tr("a deleted shop");
        const QString platform =
            platformDisplayName(platformFromString(e.shopPlatform).value_or(Platform::Other));
        return (e.shopName.isEmpty() ? e.shopExternalId : e.shopName) + u" (" + platform + u')';
    }
    case Activity:
        return actionText(e.action);
    case Details:
        return detailText(e);
    case Result:
        return outcomeText(e.outcome);
    }
    return QString();
}

QString ActivityModel::columnTitle(int column)
{
    switch (column) {
    case When:
        return tr("When");
    case Account:
        return tr("Who");
    case From:
        return tr("From", "where a request came from");
    case Shop:
        return tr("Shop");
    case Activity:
        return tr("What");
    case Details:
        return tr("Details");
    case Result:
        return tr("Result");
    }
    return QString();
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column(), index.column() == When ? timeZoneOf(e, m_zones) : QString());
    case Qt::ToolTipRole:
        if (index.column() == Details || index.column() == Account)
            return plainToolTip(text(e, index.column()));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Result && e.outcome != audit::kOk)
            return e.outcome == audit::kFailed ? Theme::danger() : Theme::warning();
        return {};
    case Qt::UserRole:
        return e.id;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(false);
    if (role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

} // namespace bva::ui
