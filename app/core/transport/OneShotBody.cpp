// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/OneShotBody.h"

#include <cstring>

namespace PeeringDesk {

OneShotBody::OneShotBody(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_offset);
    if (count <= 0) {
        return -1; // the end: Qt must not wait for more
    }
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace PeeringDesk
