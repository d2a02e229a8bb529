// The UI language: English (source), Filipino, Indonesian. Switching installs the translator and
// the matching QLocale; widgets retranslate on QEvent::LanguageChange.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace bva::ui {

struct LanguageInfo
{
    QString code;       // "en", "fil", "id"
    QString nativeName; // "English", "Filipino", "Bahasa Indonesia"
    QLocale locale;
};

class Language final
{
    Q_DECLARE_TR_FUNCTIONS(bva::ui::Language)
public:
    static QList<LanguageInfo> available();
    // Installs the translator for `code` (unknown codes fall back to English). Returns the code used.
    static QString apply(const QString &code);
    static QString current();
};

} // namespace bva::ui
