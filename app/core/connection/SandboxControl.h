// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace PeeringDesk {

/// What the window may do with the built-in fake Atlas. The executable (and the tests) hand the window an
/// implementation, so the widgets never link the sandbox itself.
class SandboxControl
{
public:
    /// Called once: ok, or a translated message that says what went wrong.
    using Started = std::function<void(bool ok, const QString &message)>;

    SandboxControl() = default;
    virtual ~SandboxControl() = default;
    SandboxControl(const SandboxControl &) = delete;
    SandboxControl &operator=(const SandboxControl &) = delete;

    /// Starts the fake Atlas and makes its key usable; calls back once unless `context` is gone or stop() came
    /// first.
    virtual void start(QObject *context, Started done) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual QUrl baseUrl() const = 0;
    /// The project and the containers every sandbox starts with.
    virtual QString demoGroupId() const = 0;
    virtual QString containerId(Provider provider) const = 0;
    /// Plays the step the user does in the cloud (accepting an AWS request, the Google Cloud peering), which has
    /// no cloud to happen in here.
    virtual void completeCloudStep(const QString &groupId, const QString &peerId) = 0;
};

} // namespace PeeringDesk
