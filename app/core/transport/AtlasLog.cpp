// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/AtlasLog.h"

Q_LOGGING_CATEGORY(lcAtlas, "peering.atlas", QtInfoMsg)
