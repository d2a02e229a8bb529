#include "codepoints.h"

namespace bva {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    return count;
}

bool longerThanCodePoints(QStringView text, qsizetype max)
{
    if (text.size() <= max)
        return false; // never more code points than units
    return codePointCount(text) > max;
}

QString cutToCodePoints(QString text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype i = 0;
    for (qsizetype count = 0; i < text.size() && count < max; ++count) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    text.truncate(i);
    return text;
}

QString withoutLoneSurrogates(QString text)
{
    if (text.isValidUtf16())
        return text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace bva
