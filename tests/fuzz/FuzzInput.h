// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the libFuzzer targets: turning raw bytes into the inputs the parsers take, and failing loudly
// when an invariant breaks (libFuzzer then saves the input as a crash-* file).
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace PeeringDesk::FuzzInput {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// The bytes as UTF-8, invalid sequences replaced (what QString::fromUtf8 makes of a paste or a file).
inline QString utf8(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// The bytes as raw UTF-16 code units, lone surrogates and all (what a QLineEdit can hand over).
inline QString utf16(const std::uint8_t *data, std::size_t size)
{
    QString text(static_cast<qsizetype>(size / 2), Qt::Uninitialized);
    std::memcpy(text.data(), data, (size / 2) * 2);
    return text;
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

} // namespace PeeringDesk::FuzzInput

// A macro so that the message names the broken expression and its line.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            PeeringDesk::FuzzInput::fail(#condition, __FILE__, __LINE__);                                              \
    } while (false)
