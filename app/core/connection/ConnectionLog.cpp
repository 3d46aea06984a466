// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/ConnectionLog.h"

Q_LOGGING_CATEGORY(lcConnection, "peering.connection")
