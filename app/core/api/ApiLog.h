// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// peering.api: typed Atlas calls (which operation, how many items, why an answer did not decode; never bodies).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
