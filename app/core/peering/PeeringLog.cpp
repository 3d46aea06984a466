// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PeeringLog.h"

Q_LOGGING_CATEGORY(lcPeering, "peering.workflow", QtInfoMsg)
