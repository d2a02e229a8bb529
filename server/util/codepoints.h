// Lengths of text as a reader counts them: in code points (an emoji is one), not in UTF-16 units (an
// emoji is two, a surrogate pair). Limits on text from outside are counted and cut here, so "1000
// characters" means what it says and a cut never leaves half a pair (a lone surrogate) to be stored,
// shown or exported.
#pragma once

#include <QString>
#include <QStringView>

namespace bva {

// Code points in `text`; a lone surrogate counts as one.
qsizetype codePointCount(QStringView text);
// Whether `text` has more than `max` code points (no counting when its UTF-16 size already fits).
bool longerThanCodePoints(QStringView text, qsizetype max);
// `text` cut to its first `max` code points, never inside a surrogate pair.
QString cutToCodePoints(QString text, qsizetype max);
// `text` with every lone surrogate (JSON can spell one: "\ud83d") as U+FFFD; the same string when it has
// none.
QString withoutLoneSurrogates(QString text);

} // namespace bva
