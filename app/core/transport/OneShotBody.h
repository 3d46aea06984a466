// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace PeeringDesk {

/// A request body that can be read exactly once: sequential, and reset() refuses.
///
/// Qt 6.4 quietly sends a request again when a connection closes before any answer arrives, POSTs included (later
/// Qt versions resend only idempotent methods). For a create that is a retry the user never asked for: the first
/// attempt may have reached Atlas. With this body Qt cannot read the upload a second time, so it reports
/// QNetworkReply::ContentReSendError instead, and AtlasClient decides.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    /// Only before the first byte was read: Qt also rewinds a body it has not started to send, and that is harmless.
    bool reset() override { return m_offset == 0; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace PeeringDesk
