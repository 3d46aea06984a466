// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "peering.auth", QtInfoMsg)
