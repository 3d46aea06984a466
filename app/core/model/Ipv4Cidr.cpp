// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ipv4Cidr.h"

#include <algorithm>
#include <array>

namespace PeeringDesk {

namespace {

// Parses a decimal number of 1-3 digits without a leading zero ("0" itself is fine).
std::optional<int> parseOctetLike(QStringView text, int maxValue)
{
    if (text.isEmpty() || text.size() > 3) {
        return std::nullopt;
    }
    if (text.size() > 1 && text.front() == u'0') {
        return std::nullopt;
    }
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > maxValue) {
        return std::nullopt;
    }
    return value;
}

const std::array<Ipv4Cidr, 3> &privateRanges()
{
    static const std::array<Ipv4Cidr, 3> ranges{
        Ipv4Cidr(0x0A000000u, 8),  // 10.0.0.0/8
        Ipv4Cidr(0xAC100000u, 12), // 172.16.0.0/12
        Ipv4Cidr(0xC0A80000u, 16), // 192.168.0.0/16
    };
    return ranges;
}

} // namespace

Ipv4Cidr::Ipv4Cidr(std::uint32_t address, int prefixLength)
    : m_address(address)
    , m_prefixLength(std::clamp(prefixLength, 0, 32)) // netmask() shifts by 32 - prefix: keep it defined
{}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        return std::nullopt;
    }
    const auto prefix = parseOctetLike(text.mid(slash + 1), 32);
    if (!prefix) {
        return std::nullopt;
    }
    const QStringView addressText = text.left(slash);
    std::uint32_t address = 0;
    int octets = 0;
    qsizetype start = 0;
    while (start <= addressText.size()) {
        qsizetype dot = addressText.indexOf(u'.', start);
        if (dot < 0) {
            dot = addressText.size();
        }
        const auto octet = parseOctetLike(addressText.mid(start, dot - start), 255);
        if (!octet || octets == 4) {
            return std::nullopt;
        }
        address = (address << 8) | static_cast<std::uint32_t>(*octet);
        ++octets;
        start = dot + 1;
    }
    if (octets != 4) {
        return std::nullopt;
    }
    return Ipv4Cidr(address, *prefix);
}

std::uint32_t Ipv4Cidr::netmask() const
{
    return m_prefixLength == 0 ? 0u : ~std::uint32_t{0} << (32 - m_prefixLength);
}

bool Ipv4Cidr::isPrivate() const
{
    for (const Ipv4Cidr &range : privateRanges()) {
        if (range.contains(*this)) {
            return true;
        }
    }
    return false;
}

bool Ipv4Cidr::contains(const Ipv4Cidr &other) const
{
    return other.m_prefixLength >= m_prefixLength && other.firstAddress() >= firstAddress() &&
           other.lastAddress() <= lastAddress();
}

bool Ipv4Cidr::overlaps(const Ipv4Cidr &other) const
{
    return firstAddress() <= other.lastAddress() && other.firstAddress() <= lastAddress();
}

QString Ipv4Cidr::toString() const
{
    return QStringLiteral("%1.%2.%3.%4/%5")
        .arg((m_address >> 24) & 0xFF)
        .arg((m_address >> 16) & 0xFF)
        .arg((m_address >> 8) & 0xFF)
        .arg(m_address & 0xFF)
        .arg(m_prefixLength);
}

} // namespace PeeringDesk
