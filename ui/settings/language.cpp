#include "language.h"

#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current = u"en"_s;
} // namespace

QList<LanguageInfo> Language::available()
{
    return {{u"en"_s, u"English"_s, QLocale(QLocale::English, QLocale::Philippines)},
            {u"fil"_s, u"Filipino"_s, QLocale(QLocale::Filipino, QLocale::Philippines)},
            {u"id"_s, u"Bahasa Indonesia"_s, QLocale(QLocale::Indonesian, QLocale::Indonesia)}};
}

QString Language::apply(const QString &code)
{
    LanguageInfo chosen = available().constFirst();
    for (const auto &l : available())
        if (l.code == code)
            chosen = l;
    if (g_app) {
        QCoreApplication::removeTranslator(g_app);
        delete g_app;
        g_app = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    QLocale::setDefault(chosen.locale);
    // English too: its file holds the plural forms ("1 day", "28 days") of the source strings.
    g_app = new QTranslator;
    if (g_app->load(u":/i18n/bva_"_s + chosen.code + u".qm"_s)) {
        QCoreApplication::installTranslator(g_app);
    } else {
        // Nothing installed, but widgets still need to hear about the change.
        QEvent ev(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &ev);
    }
    if (chosen.code != u"en"_s) {
        g_qt = new QTranslator;
        if (g_qt->load(chosen.locale, u"qtbase"_s, u"_"_s,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    g_current = chosen.code;
    return g_current;
}

QString Language::current()
{
    return g_current;
}

} // namespace bva::ui
