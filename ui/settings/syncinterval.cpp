#include "syncinterval.h"

namespace bva::ui {

QString SyncInterval::text(int seconds)
{
    // Whole words, not "%n hour(s)": English has no translation file to pick the plural.
    if (seconds > 0 && seconds % 3600 == 0)
        return seconds == 3600 ? tr("1 hour") : tr("%1 hours").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return seconds == 60 ? tr("1 minute") : tr("%1 minutes").arg(seconds / 60);
    return tr("%1 seconds").arg(seconds);
}

} // namespace bva::ui
