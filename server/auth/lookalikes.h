// Letters of other scripts drawn like Latin ones (UTS #39's confusables, the common Cyrillic and Greek
// ones): "ѕаӏеѕ" and "сео", each wholly Cyrillic, read as "sales" and "ceo" on the Team page.
#pragma once

#include <QString>

namespace bva::lookalikes {

// `text` as it reads: compatibility forms folded (NFKC: fullwidth and mathematical letters), lower case,
// and each Cyrillic or Greek letter that looks Latin replaced by the Latin letter. Others are kept.
QString latinSkeleton(const QString &text);

// True when `text` is not plain ASCII yet reads as plain ASCII: it only looks Latin.
bool onlyLooksLatin(const QString &text);

} // namespace bva::lookalikes
