// A re-sync interval as the seller reads it ("5 minutes", "1 hour"): the Integrations card and the
// activity trail name intervals the same way.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bva::ui {

class SyncInterval final
{
    Q_DECLARE_TR_FUNCTIONS(bva::ui::SyncInterval)
public:
    static QString text(int seconds);
};

} // namespace bva::ui
