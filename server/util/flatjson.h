// A fast reader for the common shape of a webhook body: one JSON object of plain values whose "items"
// is an array of objects of plain values. It answers the same QJsonValues QJsonDocument would for the
// keys it is asked, without building the whole document: FlatJsonValue has the QJsonValue calls the
// payload readers (jsonread.h, money.h, payloadreader.h) make, with the same answers.
//
// It takes only bodies it is sure to read the same as QJsonDocument::fromJson: printable ASCII strings
// without escapes, JSON numbers, true/false/null, every key once per object, objects and arrays nested
// at most a few levels, whitespace around. Anything else (a byte-order mark, escapes, UTF-8 beyond
// ASCII, NUL, duplicate keys, malformed JSON, deep nesting…) is not taken: readFlatJson returns
// nullopt and the caller reads the body the usual way, which also writes every refusal.
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <optional>
#include <vector>

namespace bva::payload {

// One plain value as the fast reader keeps it, with the QJsonValue calls the payload readers use; each
// answers what QJsonValue answers for the same JSON (a nested object or array is only its type).
class FlatJsonValue
{
public:
    enum class Kind : quint8 { Undefined, String, Integer, Double, True, False, Null, Object, Array };

    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isDouble() const { return m_kind == Kind::Integer || m_kind == Kind::Double; }
    bool isBool() const { return m_kind == Kind::True || m_kind == Kind::False; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    QString toString() const { return m_kind == Kind::String ? QString(m_text) : QString(); }
    double toDouble() const
    {
        return m_kind == Kind::Integer ? double(m_integer) : m_kind == Kind::Double ? m_number : 0;
    }
    bool toBool() const { return m_kind == Kind::True; }

private:
    friend class FlatJsonReader;
    Kind m_kind = Kind::Undefined;
    QLatin1StringView m_text; // String: its characters
    qint64 m_integer = 0;
    double m_number = 0;
};

class FlatJsonObject
{
public:
    // The value under `key`; Undefined when absent. A nested object or array is answered by its type
    // alone (its contents are not kept), except "items" of the top object, read by items().
    FlatJsonValue value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }

    // Only for the top object: the objects of "items" when it holds an array (an array whose entries are
    // not all objects was not taken).
    const std::vector<FlatJsonObject> &items() const { return m_items; }

private:
    friend class FlatJsonReader;
    struct Entry
    {
        QLatin1StringView key;
        FlatJsonValue value;
    };

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
