// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// peering.atlas: requests and replies (method, path, status; never headers or bodies with secrets).
Q_DECLARE_LOGGING_CATEGORY(lcAtlas)
