// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "peering.sandbox", QtInfoMsg)
