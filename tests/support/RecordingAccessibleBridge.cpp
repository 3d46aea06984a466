// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingAccessibleBridge.h"

namespace PeeringDesk::TestSupport {

namespace {

struct Recording
{
    QSet<QAccessible::Event> types;
    QList<RecordingAccessibleBridge::Event> events;
    /// Qt keeps its bridges for the life of the process and, in Qt 6.4, drops its list of them at exit without
    /// deleting them: held here, the bridge stays reachable, not a leak to LeakSanitizer.
    RecordingAccessibleBridge *bridge = nullptr;
};

Recording &recording()
{
    static Recording instance;
    return instance;
}

} // namespace

RecordingAccessibleBridge::RecordingAccessibleBridge()
{
    recording().bridge = this;
}

RecordingAccessibleBridge::~RecordingAccessibleBridge()
{
    if (recording().bridge == this) {
        recording().bridge = nullptr;
    }
}

void RecordingAccessibleBridge::notifyAccessibilityUpdate(QAccessibleEvent *event)
{
    Recording &state = recording();
    if (!state.types.contains(event->type())) {
        return;
    }
    Event recorded;
    recorded.type = event->type();
    recorded.object = event->object();
    // Read now, as a screen reader does when the event arrives: the widget may say something else a moment later.
    if (QAccessibleInterface *iface = event->accessibleInterface()) {
        recorded.role = iface->role();
        recorded.name = iface->text(QAccessible::Name);
        recorded.description = iface->text(QAccessible::Description);
    }
    state.events.append(recorded);
}

void RecordingAccessibleBridge::record(const QSet<QAccessible::Event> &types)
{
    recording().types = types;
    recording().events.clear();
}

QList<RecordingAccessibleBridge::Event> RecordingAccessibleBridge::recorded()
{
    return recording().events;
}

bool RecordingAccessibleBridge::isInstalled()
{
    return recording().bridge != nullptr;
}

} // namespace PeeringDesk::TestSupport
