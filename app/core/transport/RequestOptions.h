// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace PeeringDesk {

/// The query flags every Atlas endpoint takes.
struct RequestOptions
{
    RequestOptions() = default;
    RequestOptions(bool withEnvelope, bool withPretty, QByteArray versionedType = {})
        : envelope(withEnvelope)
        , pretty(withPretty)
        , mediaType(std::move(versionedType))
    {}

    /// envelope=true: Atlas answers 200 and puts the real status and body in {"status", "content"}.
    /// AtlasClient unwraps it, so callers see the same result either way.
    bool envelope = false;
    /// pretty=true: indented JSON. No effect on the result.
    bool pretty = false;
    /// The versioned media type to ask for (Accept, and Content-Type of a body); empty: AtlasClient::mediaType,
    /// the one version the peering, container, project and access list resources have.
    QByteArray mediaType;
};

} // namespace PeeringDesk
