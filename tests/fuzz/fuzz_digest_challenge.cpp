// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes DigestSession::fromChallenge with a server's WWW-Authenticate value: what a hostile server sends goes
// straight back out in our Authorization header, so that header must stay one well-formed header line.
#include "FuzzInput.h"
#include "transport/DigestSession.h"

using namespace PeeringDesk;

namespace {

bool hasControlCharacter(const QByteArray &text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) == 0x7f)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto session = DigestSession::fromChallenge(FuzzInput::bytes(data, size));
    if (!session)
        return 0;
    FUZZ_CHECK(!session->nonce().isEmpty());
    FUZZ_CHECK(session->nonceCount() == 0);
    // A user name with the characters that need escaping, as a public key never has but a typo might.
    const QString user = QStringLiteral("pub\"lic\\key");
    const QByteArray header =
        session->authorization("POST", "/api/atlas/v2/groups/g/peers?pretty=true", user, QStringLiteral("private"));
    FUZZ_CHECK(header.startsWith("Digest username=\"pub\\\"lic\\\\key\", realm=\""));
    FUZZ_CHECK(!hasControlCharacter(header));
    FUZZ_CHECK(session->nonceCount() == 1);
    FUZZ_CHECK(header.contains(", qop=auth, nc=00000001, cnonce=\""));
    // Our own header has the challenge's syntax: read back, it names the same nonce, so the quoting held.
    const auto echoed = DigestSession::fromChallenge(header);
    FUZZ_CHECK(echoed.has_value());
    FUZZ_CHECK(echoed->nonce() == session->nonce());
    const QByteArray second = session->authorization("GET", "/", user, QStringLiteral("private"));
    FUZZ_CHECK(second.contains(", nc=00000002, "));
    return 0;
}
