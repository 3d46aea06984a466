// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace PeeringDesk {

/// The three clouds Atlas peers with. The wire names are fixed by the API (`providerName`).
enum class Provider { Aws, Azure, Gcp };

/// "AWS", "AZURE" or "GCP": what the API expects in `providerName`.
QString providerWireName(Provider provider);

/// Parses a wire name. Case-insensitive, because the Atlas CLI itself sends "Azure" in queries.
std::optional<Provider> providerFromWireName(QStringView name);

/// "AWS", "Azure", "Google Cloud": for people, translated.
QString providerDisplayName(Provider provider);

} // namespace PeeringDesk
