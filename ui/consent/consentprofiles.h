// One persistent QWebEngineProfile per marketplace, so a seller's login on that site survives
// between consents and never leaks to another marketplace. Owns the profiles for the app's life.
#pragma once

#include "domain/platform.h"

#include <QHash>
#include <QObject>

class QWebEngineProfile;

namespace bva::ui {

class ConsentProfiles final : public QObject
{
    Q_OBJECT
public:
    // `storageRoot` defaults to AppDataLocation/webengine.
    explicit ConsentProfiles(const QString &storageRoot = {}, QObject *parent = nullptr);
    ~ConsentProfiles() override;

    QWebEngineProfile *profile(Platform platform);

private:
    QString m_root;
    QHash<int, QWebEngineProfile *> m_profiles;
};

} // namespace bva::ui
