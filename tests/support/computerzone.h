// The computer's clock in another time zone for one test (TZ), put back when it goes out of scope:
// checks that a time is shown on the shop's clock, not the computer's.
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <ctime>

namespace bva::test {

class ComputerZone final
{
public:
    explicit ComputerZone(const QByteArray &ianaId)
        : m_old(qgetenv("TZ"))
    {
        qputenv("TZ", ianaId);
        tzset();
    }
    ~ComputerZone()
    {
        m_old.isEmpty() ? qunsetenv("TZ") : qputenv("TZ", m_old);
        tzset();
    }
    Q_DISABLE_COPY_MOVE(ComputerZone)

private:
    QByteArray m_old;
};

} // namespace bva::test
