// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace PeeringDesk {

/// A misbehaviour the sandbox performs on the next request it receives (whatever that request is), so clients can
/// be tested against the failures a proxy, a load balancer or a broken server produce in real life.
/// PeerCreatedElsewhere is the exception: it waits for the next create of a peer, however many requests come first.
enum class SandboxFault {
    None,
    HtmlBadGateway,     ///< 502 with a text/html proxy page instead of an ApiError.
    Hang,               ///< Read the request, never answer, keep the socket open.
    CloseMidBody,       ///< Headers announcing Content-Length 1000, a few body bytes, then close.
    TruncatedJson,      ///< 200 with a JSON body cut near its middle, after a "," (Content-Length matches the cut).
    NonJsonSuccess,     ///< 200 with a text/plain body.
    ServiceUnavailable, ///< 503 with Retry-After and an ApiError body, as during an Atlas maintenance window.
    ResetConnection,    ///< Read the request, then close the socket without answering.
    RedirectElsewhere,  ///< 307 to SandboxServer::redirectLocation(), another host, as a hijacked DNS name might.
    SlowDrip,           ///< 200 headers, then one body byte every 100 ms, never finishing: defeats idle timeouts.
    WrongContentType,   ///< The real answer (the request is processed) labelled text/html.
    HugeBody,           ///< 200 with a 20 MiB JSON body: more than any client should read.
    EmptySuccess,       ///< The request is processed, then answered 200 with a JSON content type and no body at all.
    UnaskedEnvelope, ///< The real answer wrapped in {"status": …, "content": …} although envelope=true was not asked.
    /// The request is processed (a create happens), then the socket is closed without an answer: a connection lost
    /// after sending, as a proxy restart or a dropped link gives. A digest challenge goes through first.
    ProcessedThenReset,
    /// The request is processed (a create happens), then never answered, the socket kept open: the client's timeout
    /// after sending. A digest challenge goes through first.
    ProcessedThenHang,
    /// The next POST /peers that passes validation finds its very peer created a moment before by someone else, and
    /// is answered Atlas's real 409 PEER_ALREADY_EXISTS(_AZURE/_GCP): a race no pre-flight check can foresee.
    PeerCreatedElsewhere,
};

} // namespace PeeringDesk
