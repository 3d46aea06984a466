// SPDX-License-Identifier: GPL-3.0-or-later
// Built with QT_STATICPLUGIN (support/CMakeLists.txt), so a suite links it in with
// Q_IMPORT_PLUGIN(RecordingAccessibleBridgePlugin) and Qt finds it as it finds an installed bridge plugin.
#include "RecordingAccessibleBridge.h"

#include <QAccessibleBridgePlugin>

namespace PeeringDesk::TestSupport {

class RecordingAccessibleBridgePlugin final : public QAccessibleBridgePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QAccessibleBridgeFactoryInterface_iid FILE "RecordingAccessibleBridgePlugin.json")

public:
    QAccessibleBridge *create(const QString &key) override
    {
        // Qt keeps the bridge from the first accessibility event to the end of the process.
        return key == QLatin1String("recording") ? new RecordingAccessibleBridge : nullptr;
    }
};

} // namespace PeeringDesk::TestSupport

#include "RecordingAccessibleBridgePlugin.moc"
