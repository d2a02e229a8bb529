#include "consentprofiles.h"

#include <QDir>
#include <QStandardPaths>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;

namespace bva::ui {

ConsentProfiles::ConsentProfiles(const QString &storageRoot, QObject *parent)
    : QObject(parent)
    , m_root(storageRoot.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/webengine"_s
                 : storageRoot)
{}

ConsentProfiles::~ConsentProfiles()
{
    qDeleteAll(m_profiles);
}

QWebEngineProfile *ConsentProfiles::profile(Platform platform)
{
    const int key = static_cast<int>(platform);
    if (auto *p = m_profiles.value(key))
        return p;
    const QString slug = platformSlug(platform);
    auto *p = new QWebEngineProfile(u"bva-consent-"_s + slug);
    const QString dir = m_root + u'/' + slug;
    QDir().mkpath(dir);
    p->setPersistentStoragePath(dir);
    p->setCachePath(dir + u"/cache"_s);
    p->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    p->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    m_profiles.insert(key, p);
    return p;
}

} // namespace bva::ui
