// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Ipv4Cidr::parse with the input read as UTF-8 and as raw UTF-16. Because parsing is strict (no leading
// zeros, no signs, no spaces), whatever parses prints back as exactly the same text.
#include "FuzzInput.h"
#include "model/Ipv4Cidr.h"

using namespace PeeringDesk;

namespace {

void checkText(const QString &text)
{
    const auto cidr = Ipv4Cidr::parse(text);
    if (!cidr)
        return;
    FUZZ_CHECK(cidr->prefixLength() >= 0 && cidr->prefixLength() <= 32);
    FUZZ_CHECK(cidr->toString() == text);
    FUZZ_CHECK(Ipv4Cidr::parse(cidr->toString()) == cidr);

    const Ipv4Cidr canonical = cidr->canonical();
    FUZZ_CHECK(canonical.isCanonical());
    FUZZ_CHECK(canonical.canonical() == canonical);
    FUZZ_CHECK(canonical.prefixLength() == cidr->prefixLength());
    FUZZ_CHECK(cidr->isCanonical() == (canonical == *cidr));
    FUZZ_CHECK(Ipv4Cidr::parse(canonical.toString()) == canonical);
    // The same block, however it was written.
    FUZZ_CHECK(canonical.contains(*cidr) && cidr->contains(canonical));
    FUZZ_CHECK(cidr->overlaps(canonical) && cidr->overlaps(*cidr));
    FUZZ_CHECK(cidr->firstAddress() <= cidr->lastAddress());
    FUZZ_CHECK(cidr->isPrivate() == canonical.isPrivate());
    if (cidr->isPrivate())
        FUZZ_CHECK(cidr->prefixLength() >= 8);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    checkText(FuzzInput::utf8(data, size));
    checkText(FuzzInput::utf16(data, size));
    return 0;
}
