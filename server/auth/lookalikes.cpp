#include "lookalikes.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace bva::lookalikes {

namespace {

// Lower-case look-alikes only: the text is folded to lower case first.
constexpr std::pair<char16_t, char16_t> kLatinLookAlikes[] = {
    // Cyrillic
    {u'\u0430', u'a'},
    {u'\u0435', u'e'},
    {u'\u043e', u'o'},
    {u'\u0440', u'p'},
    {u'\u0441', u'c'},
    {u'\u0443', u'y'},
    {u'\u0445', u'x'},
    {u'\u0455', u's'},
    {u'\u0456', u'i'},
    {u'\u0458', u'j'},
    {u'\u04bb', u'h'},
    {u'\u04cf', u'l'},
    {u'\u04af', u'y'},
    {u'\u0501', u'd'},
    {u'\u051b', u'q'},
    {u'\u051d', u'w'},
    // Greek
    {u'\u03b1', u'a'},
    {u'\u03b3', u'y'},
    {u'\u03b9', u'i'},
    {u'\u03ba', u'k'},
    {u'\u03bd', u'v'},
    {u'\u03bf', u'o'},
    {u'\u03c1', u'p'},
    {u'\u03c5', u'u'},
    {u'\u03c7', u'x'},
    {u'\u03f2', u'c'},
    {u'\u03f3', u'j'},
};

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString latinSkeleton(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toLower();
    for (QChar &c : out) {
        const auto hit = std::find_if(std::begin(kLatinLookAlikes), std::end(kLatinLookAlikes),
                                      [c](const auto &pair) { return pair.first == c.unicode(); });
        if (hit != std::end(kLatinLookAlikes))
            c = QChar(hit->second);
    }
    return out;
}

bool onlyLooksLatin(const QString &text)
{
    return !isAscii(text) && isAscii(latinSkeleton(text));
}

} // namespace bva::lookalikes
