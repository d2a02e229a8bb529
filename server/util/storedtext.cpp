#include "storedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr int kMaxDepth = 4; // arguments that are messages themselves

// %1..%99 replaced in one pass, so an argument holding "%2" stays as written.
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        int n = 0;
        qsizetype end = i + 1;
        while (c == u'%' && end < pattern.size() && end - i <= 2 && pattern.at(end).isDigit() &&
               pattern.at(end).unicode() < 128)
            n = n * 10 + pattern.at(end++).digitValue();
        if (n >= 1 && n <= args.size()) {
            out += args.at(n - 1);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

QString render(const QJsonObject &json, int depth)
{
    if (json.value("text"_L1).isString())
        return json.value("text"_L1).toString();
    const QByteArray context = json.value("c"_L1).toString().toUtf8();
    const QByteArray source = json.value("s"_L1).toString().toUtf8();
    QStringList args;
    const QJsonArray stored = json.value("a"_L1).toArray();
    for (const QJsonValue &a : stored)
        args.append(a.isObject() && depth < kMaxDepth ? render(a.toObject(), depth + 1) : a.toString());
    return fill(QCoreApplication::translate(context.constData(), source.constData()), args);
}

// A stored message: {"c": context, "s": source, "a": [arguments]} or {"text": final words}.
bool isMessage(const QJsonObject &json)
{
    return json.value("text"_L1).isString() ||
           (json.value("c"_L1).isString() && json.value("s"_L1).isString());
}

} // namespace

StoredText::StoredText(const char *context, const char *source, QList<Argument> args)
    : m_context(QString::fromUtf8(context))
    , m_source(QString::fromUtf8(source))
    , m_args(std::move(args))
{}

StoredText StoredText::plain(QString text)
{
    StoredText t;
    t.m_source = std::move(text);
    t.m_plain = true;
    return t;
}

QJsonObject StoredText::json() const
{
    if (m_plain)
        return QJsonObject{{"text"_L1, m_source}};
    QJsonArray args;
    for (const Argument &a : m_args) {
        if (const auto *text = std::get_if<QString>(&a))
            args.append(*text);
        else
            args.append(std::get<StoredText>(a).json());
    }
    return QJsonObject{{"c"_L1, m_context}, {"s"_L1, m_source}, {"a"_L1, args}};
}

QString StoredText::stored() const
{
    return QString::fromUtf8(QJsonDocument(json()).toJson(QJsonDocument::Compact));
}

QString StoredText::shown() const
{
    return shown(stored());
}

QString StoredText::shown(const QString &stored)
{
    if (!stored.startsWith(u'{'))
        return stored;
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    return isMessage(json) ? render(json, 0) : stored;
}

} // namespace bva
