// A fast reader for the common shape of a webhook body: one JSON object of plain values whose "items"
// is an array of objects of plain values. It answers the same QJsonValues QJsonDocument would for the
// keys it is asked (built only when asked), without building the whole document.
//
// It takes only bodies it is sure to read the same as QJsonDocument::fromJson: printable ASCII strings
// without escapes, JSON numbers, true/false/null, every key once per object, objects and arrays nested
// at most a few levels, whitespace around. Anything else (a byte-order mark, escapes, UTF-8 beyond
// ASCII, NUL, duplicate keys, malformed JSON, deep nesting…) is not taken: readFlatJson returns
// nullopt and the caller reads the body the usual way, which also writes every refusal.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <optional>
#include <vector>

namespace bva::payload {

class FlatJsonObject
{
public:
    // The value under `key` as QJsonDocument would give it; Undefined when absent. A nested object or
    // array is answered as an empty one of its type (its contents are not kept), except "items" of the
    // top object, read by items().
    QJsonValue value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return find(key) != nullptr; }

    // Only for the top object: whether "items" holds an array whose entries are all objects (else
    // the body was not taken), and those objects.
    const std::vector<FlatJsonObject> &items() const { return m_items; }

private:
    friend class FlatJsonReader;
    enum class Kind : quint8 { String, Integer, Double, True, False, Null, Object, Array };
    struct Entry
    {
        QLatin1StringView key;
        Kind kind;
        QLatin1StringView text; // String: its characters
        qint64 integer = 0;
        double number = 0;
    };
    const Entry *find(QLatin1StringView key) const;

    std::vector<Entry> m_entries;
    std::vector<FlatJsonObject> m_items;
};

// Owns the body the views point into.
struct FlatJson
{
    QByteArray text;
    FlatJsonObject object;
};

std::optional<FlatJson> readFlatJson(const QByteArray &body);

} // namespace bva::payload
