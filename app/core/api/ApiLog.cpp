// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "peering.api", QtInfoMsg)
