// The sync layer's logging category, "bva.sync" (defined in integrationservice.cpp).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
