#include "flatjson.h"

#include <cstring>

namespace bva::payload {

namespace {

constexpr int kMaxSkippedDepth = 16; // nesting of values nobody reads; deeper is left to QJsonDocument
// Keys per object: an order has about twenty. Each new key is compared with those before it, so a body
// of 100,000 keys would cost billions of compares on the HTTP thread; wider objects go the usual way.
constexpr size_t kMaxKeys = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // what QJsonDocument skips
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

class FlatJsonReader
{
public:
    explicit FlatJsonReader(const QByteArray &text)
        : m_at(text.constData())
        , m_end(text.constData() + text.size())
    {}

    bool readTop(FlatJsonObject *top)
    {
        skipSpace();
        if (!readObject(top, true))
            return false;
        skipSpace();
        return m_at == m_end;
    }

private:
    using Kind = FlatJsonValue::Kind;

    void skipSpace()
    {
        while (m_at < m_end && isSpace(*m_at))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    // After the opening quote: printable ASCII up to the closing quote, no escapes.
    bool readString(QLatin1StringView *out)
    {
        const char *start = m_at;
        while (m_at < m_end) {
            const char c = *m_at;
            if (c == '"') {
                *out = QLatin1StringView(start, m_at - start);
                ++m_at;
                return true;
            }
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
            ++m_at;
        }
        return false;
    }

    // RFC 8259's number; the value as QJsonDocument's parser makes it (a whole number without fraction
    // or exponent that fits in 64 bits as an integer, any other as a double; out of range not taken).
    bool readNumber(FlatJsonValue *e)
    {
        const char *start = m_at;
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        if (m_at >= m_end || !isDigit(*m_at))
            return false;
        if (*m_at == '0') {
            ++m_at;
        } else {
            while (m_at < m_end && isDigit(*m_at))
                ++m_at;
        }
        const char *integerEnd = m_at;
        bool whole = true;
        bool zeroFraction = false; // "112.00": a whole amount spelled with a fraction
        if (m_at < m_end && *m_at == '.') {
            whole = false;
            ++m_at;
            if (m_at >= m_end || !isDigit(*m_at))
                return false;
            zeroFraction = true;
            for (; m_at < m_end && isDigit(*m_at); ++m_at)
                zeroFraction = zeroFraction && *m_at == '0';
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            whole = false;
            zeroFraction = false;
            ++m_at;
            if (m_at < m_end && (*m_at == '-' || *m_at == '+'))
                ++m_at;
            if (m_at >= m_end || !isDigit(*m_at))
                return false;
            while (m_at < m_end && isDigit(*m_at))
                ++m_at;
        }
        if (m_at >= m_end)
            return false; // a body ending in a number is not an object anyway
        // The common short spellings without a general parse: up to 15 digits are exact in a double
        // (below 2^53), so a zero fraction ("112.00", as most prices come) is that integer's double,
        // which is what the text parses to.
        const bool negative = *start == '-';
        const char *digits = negative ? start + 1 : start;
        if ((whole || (zeroFraction && !negative)) && integerEnd - digits <= 15) {
            qint64 n = 0;
            for (const char *c = digits; c < integerEnd; ++c)
                n = n * 10 + (*c - '0');
            if (whole) {
                e->m_kind = Kind::Integer;
                e->m_integer = negative ? -n : n;
            } else {
                e->m_kind = Kind::Double;
                e->m_number = double(n);
            }
            return true;
        }
        const QByteArray number = QByteArray::fromRawData(start, m_at - start);
        bool ok = false;
        if (whole) {
            const qlonglong n = number.toLongLong(&ok);
            if (ok) {
                e->m_kind = Kind::Integer;
                e->m_integer = n;
                return true;
            }
        }
        const double d = number.toDouble(&ok);
        if (!ok || !qIsFinite(d))
            return false;
        e->m_kind = Kind::Double;
        e->m_number = d;
        return true;
    }

    bool readLiteral(const char *word, qsizetype n)
    {
        if (m_end - m_at < n || memcmp(m_at, word, size_t(n)) != 0)
            return false;
        m_at += n;
        return true;
    }

    // A value nobody reads: checked, not kept.
    bool skipValue(int depth)
    {
        FlatJsonValue e;
        return readValue(&e, depth, nullptr);
    }

    bool skipContainer(char close, int depth)
    {
        if (depth > kMaxSkippedDepth)
            return false;
        if (take(close))
            return true;
        do {
            if (close == '}') {
                QLatin1StringView key;
                if (!take('"') || !readString(&key) || !take(':'))
                    return false;
            }
            skipSpace();
            if (!skipValue(depth + 1))
                return false;
        } while (take(','));
        return take(close);
    }

    // One value at m_at (no space before it). `items`, when given, receives an array of objects read
    // whole (the top object's "items").
    bool readValue(FlatJsonValue *e, int depth, std::vector<FlatJsonObject> *items)
    {
        if (m_at >= m_end)
            return false;
        switch (*m_at) {
        case '"':
            ++m_at;
            e->m_kind = Kind::String;
            return readString(&e->m_text);
        case '{':
            ++m_at;
            e->m_kind = Kind::Object;
            return skipContainer('}', depth);
        case '[':
            ++m_at;
            e->m_kind = Kind::Array;
            if (items)
                return readItems(items);
            return skipContainer(']', depth);
        case 't':
            e->m_kind = Kind::True;
            return readLiteral("true", 4);
        case 'f':
            e->m_kind = Kind::False;
            return readLiteral("false", 5);
        case 'n':
            e->m_kind = Kind::Null;
            return readLiteral("null", 4);
        default:
            return readNumber(e);
        }
    }

    bool readItems(std::vector<FlatJsonObject> *items)
    {
        if (take(']'))
            return true;
        do {
            skipSpace();
            items->emplace_back();
            if (!readObject(&items->back(), false))
                return false;
        } while (take(','));
        return take(']');
    }

    bool readObject(FlatJsonObject *o, bool top)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        o->m_entries.reserve(top ? 16 : 8);
        do {
            FlatJsonObject::Entry e;
            if (o->m_entries.size() >= kMaxKeys || !take('"') || !readString(&e.key) || !take(':'))
                return false;
            for (const auto &seen : o->m_entries) {
                if (seen.key == e.key)
                    return false; // which one counts is QJsonDocument's business
            }
            skipSpace();
            const bool isItems = top && e.key == QLatin1StringView("items");
            if (!readValue(&e.value, 1, isItems ? &o->m_items : nullptr))
                return false;
            o->m_entries.push_back(e);
        } while (take(','));
        return take('}');
    }

    const char *m_at;
    const char *m_end;
};

FlatJsonValue FlatJsonObject::value(QLatin1StringView key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return e.value;
    }
    return {};
}

std::optional<FlatJson> readFlatJson(const QByteArray &body)
{
    FlatJson flat;
    flat.text = body;
    FlatJsonReader reader(flat.text);
    if (!reader.readTop(&flat.object))
        return std::nullopt;
    return flat;
}

} // namespace bva::payload
