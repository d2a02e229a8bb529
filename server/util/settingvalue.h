// A typed QSettings entry: the key and its default live together, declared once per area
// (see serversettings.h; the desktop keeps its own in ui/). Secrets never go here.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace bva {

template <typename T> class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T get() const
    {
        QSettings settings;
        return settings.value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    void reset() const
    {
        QSettings settings;
        settings.remove(m_key);
    }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace bva
