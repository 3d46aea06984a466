// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace PeeringDesk {

/// An IPv4 block in CIDR notation, e.g. 10.0.0.0/16. Value type.
///
/// Parsing is strict on syntax (four decimal octets without leading zeros, a prefix 0-32) but keeps host bits,
/// so callers can tell "not a CIDR" apart from "a CIDR that is not in canonical form" and suggest the fix.
class Ipv4Cidr
{
public:
    /// Parses "a.b.c.d/n". Returns nothing for anything else (no prefix, IPv6, leading zeros, junk).
    static std::optional<Ipv4Cidr> parse(QStringView text);

    Ipv4Cidr() = default;
    Ipv4Cidr(std::uint32_t address, int prefixLength);

    std::uint32_t address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    std::uint32_t netmask() const;
    std::uint32_t firstAddress() const { return m_address & netmask(); }
    std::uint32_t lastAddress() const { return firstAddress() | ~netmask(); }

    /// True when no host bits are set (10.0.0.0/16, not 10.0.1.0/16).
    bool isCanonical() const { return m_address == firstAddress(); }
    /// The same block with host bits cleared.
    Ipv4Cidr canonical() const { return Ipv4Cidr(firstAddress(), m_prefixLength); }

    /// True when the whole block lies inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918).
    bool isPrivate() const;
    bool contains(const Ipv4Cidr &other) const;
    bool overlaps(const Ipv4Cidr &other) const;

    QString toString() const;

    friend bool operator==(const Ipv4Cidr &, const Ipv4Cidr &) = default;

private:
    std::uint32_t m_address = 0;
    int m_prefixLength = 0;
};

} // namespace PeeringDesk
