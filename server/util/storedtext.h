// A message BVA keeps in the database (a shop's last sync error) in no language: the source text,
// its translation context and its arguments, translated each time it is shown, so a seller who
// switches language reads it in the new one. Sources are marked with QT_TRANSLATE_NOOP at the
// call so lupdate keeps them; an argument is plain text (a marketplace's or a library's words,
// never translated) or another stored message.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace bva {

class StoredText
{
public:
    using Argument = std::variant<QString, StoredText>;

    StoredText(const char *context, const char *source, QList<Argument> args = {});
    // Words that are already final: stored and shown as they are.
    static StoredText plain(QString text);

    // The column's value.
    QString stored() const;
    // In the current language.
    QString shown() const;
    // A column's value in the current language; a row written before messages were stored this way
    // holds only its text, shown as it is.
    static QString shown(const QString &stored);

private:
    StoredText() = default;
    QJsonObject json() const;

    QString m_context;
    QString m_source;
    QList<Argument> m_args;
    bool m_plain = false;
};

} // namespace bva
