// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// peering.ui: what the user did and what the window showed (never a secret).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
