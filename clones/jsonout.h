// A tiny append-only JSON writer: serialising 100k orders through QJsonDocument is the slow part
// of a whole-list reply, so hot paths write bytes directly.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace bva::clone {

class JsonOut final
{
public:
    explicit JsonOut(QByteArray &out, bool numbersAsStrings = false)
        : m_out(out)
        , m_numbersAsStrings(numbersAsStrings)
    {}

    void beginObject()
    {
        comma();
        m_out += '{';
        m_first = true;
    }
    void endObject()
    {
        m_out += '}';
        m_first = false;
    }
    void beginArray()
    {
        comma();
        m_out += '[';
        m_first = true;
    }
    void endArray()
    {
        m_out += ']';
        m_first = false;
    }

    JsonOut &key(const char *k);
    void string(const QString &s); // null QString → null
    void stringOrNull(const QString &s) { string(s); }
    void integer(qint64 v);
    void money(qint64 centavos); // 149, 149.5, 149.95 like JavaScript
    void moneyOrNull(const std::optional<qint64> &centavos);
    void boolean(bool v);
    void null();
    void raw(const QByteArray &json); // an already serialised value
    void isoTime(qint64 ms);
    void isoTimeOrNull(const std::optional<qint64> &ms);

    static void appendMoney(QByteArray &out, qint64 centavos);
    static void appendIso(QByteArray &out, qint64 ms);
    static QString isoString(qint64 ms);

private:
    void comma()
    {
        if (!m_first && !m_afterKey)
            m_out += ',';
        m_first = false;
        m_afterKey = false;
    }
    QByteArray &m_out;
    bool m_numbersAsStrings = false;
    bool m_first = true;
    bool m_afterKey = false;
};

// Parses ISO-8601 dates and date-times ("2026-11-25", "2026-11-25T08:00:00Z", "...+08:00").
// endOfDay: a bare date means its last millisecond instead of its first.
std::optional<qint64> parseIsoMs(const QString &text, bool endOfDay = false);

} // namespace bva::clone
