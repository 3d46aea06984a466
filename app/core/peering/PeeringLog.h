// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// peering.workflow: what the create, follow and connect workflows decided (ids and counts; never bodies or keys).
Q_DECLARE_LOGGING_CATEGORY(lcPeering)
