// The audit trail's action codes, one place. Codes are stable (stored, filtered on, exported);
// people read them through the desktop's labels (ui/settings/activitymodel.cpp).
#pragma once

#include <QLatin1StringView>

namespace bva::audit {

inline constexpr QLatin1StringView kSignIn{"auth.sign_in"}; // ok or failed; refused when throttled
inline constexpr QLatin1StringView kSignOut{"auth.sign_out"};
inline constexpr QLatin1StringView kSignOutEverywhere{"auth.sign_out_everywhere"};
inline constexpr QLatin1StringView kRegister{"auth.register"}; // failed: the email was taken
inline constexpr QLatin1StringView kPasswordChange{"auth.password_change"};
inline constexpr QLatin1StringView kSessionRevoke{"auth.session_revoke"};
inline constexpr QLatin1StringView kProfileChange{"auth.profile_change"};

inline constexpr QLatin1StringView kConnect{"integration.connect"};
inline constexpr QLatin1StringView kUpdate{"integration.update"};
inline constexpr QLatin1StringView kReconnect{"integration.reconnect"};
// The marketplace refused to renew BVA's access: the shop needs a reconnect (details: platform, reason).
inline constexpr QLatin1StringView kAccessLost{"integration.access_lost"};
inline constexpr QLatin1StringView kDisconnect{"integration.disconnect"};
inline constexpr QLatin1StringView kLinkRefused{"integration.link_refused"};
// A seller's own app on a real platform saved (details: kind, appId, region, hosts, secretChanged).
inline constexpr QLatin1StringView kPlatformApp{"integration.platform_app"};
// An authorization on a real platform: started, or its callback refused (details: kind, reason).
inline constexpr QLatin1StringView kAuthorize{"integration.authorize"};
inline constexpr QLatin1StringView kSigningMode{"integration.webhook_signing"};
inline constexpr QLatin1StringView kSigningRequired{"webhook.signing_required"}; // the first signed delivery
inline constexpr QLatin1StringView kUnsignedRefused{"webhook.unsigned_refused"};
// details: delivery, topic, result (applied, failed, refused), reason, replayedAs
inline constexpr QLatin1StringView kDeliveryReplay{"webhook.replay"};
inline constexpr QLatin1StringView kSecretReveal{"integration.secret_reveal"};
inline constexpr QLatin1StringView kSecretCopy{"integration.secret_copy"};

inline constexpr QLatin1StringView kInvite{"team.invite"};
inline constexpr QLatin1StringView kInviteRevoke{"team.invite_revoke"};
inline constexpr QLatin1StringView kInviteAccept{"team.invite_accept"};
inline constexpr QLatin1StringView kInviteDecline{"team.invite_decline"};
inline constexpr QLatin1StringView kInviteLocked{"team.invite_locked"};
inline constexpr QLatin1StringView kRoleChange{"team.role_change"};
inline constexpr QLatin1StringView kMemberRemove{"team.remove"};
inline constexpr QLatin1StringView kLeave{"team.leave"};

inline constexpr QLatin1StringView kSyncStart{"sync.start"};
inline constexpr QLatin1StringView kSyncEnd{"sync.end"};
inline constexpr QLatin1StringView kSyncInterval{"sync.interval"}; // details: from, to (seconds)
inline constexpr QLatin1StringView kSyncPause{"sync.pause"};
inline constexpr QLatin1StringView kSyncResume{"sync.resume"};

inline constexpr QLatin1StringView kDatabaseSetting{"settings.database"};
inline constexpr QLatin1StringView kServerSetting{"settings.server"};
inline constexpr QLatin1StringView kRetentionSetting{"settings.audit_retention"};

inline constexpr QLatin1StringView kOk{"ok"};
inline constexpr QLatin1StringView kFailed{"failed"};
inline constexpr QLatin1StringView kRefused{"refused"};

} // namespace bva::audit
