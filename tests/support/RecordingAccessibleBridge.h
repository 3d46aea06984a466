// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QAccessibleBridge>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

namespace PeeringDesk::TestSupport {

/// The end of Qt's accessibility layer that a screen reader sits at, for the suites: Qt hands every accessibility
/// event to the bridges its accessible-bridge plugins create, as it would to the platform's own bridge, and this one
/// keeps what a reader could read from the event's interface at that very moment.
///
/// Why a bridge and not QAccessible::installUpdateHandler(): an update handler only hears events while
/// QAccessible::isActive(), and on the offscreen platform nothing makes that true through Qt's public API (only
/// a screen reader that connects does, or Qt's private QPlatformAccessibility). The bridges hear every event.
///
/// A suite links it in with Q_IMPORT_PLUGIN(RecordingAccessibleBridgePlugin); Qt creates the bridge at the first
/// event of the process.
class RecordingAccessibleBridge final : public QAccessibleBridge
{
public:
    /// What the event said and what its interface read when it arrived.
    struct Event
    {
        QAccessible::Event type = QAccessible::InvalidEvent;
        QPointer<QObject> object;
        QAccessible::Role role = QAccessible::NoRole;
        QString name;
        QString description;
    };

    RecordingAccessibleBridge();
    ~RecordingAccessibleBridge() override;
    Q_DISABLE_COPY_MOVE(RecordingAccessibleBridge)

    void setRootObject(QAccessibleInterface *) override {}
    void notifyAccessibilityUpdate(QAccessibleEvent *event) override;

    /// Forgets what was recorded and from now on keeps the events of these types only.
    static void record(const QSet<QAccessible::Event> &types);
    static QList<Event> recorded();
    /// True once Qt has created this bridge: without it, no event could have been recorded.
    static bool isInstalled();
};

} // namespace PeeringDesk::TestSupport
