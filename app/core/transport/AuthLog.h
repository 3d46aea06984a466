// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// peering.auth: token fetches and credential changes (never a token or a secret).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
