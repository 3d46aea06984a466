// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// peering.store: keychain and settings access (entry names and outcomes, never a secret).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
