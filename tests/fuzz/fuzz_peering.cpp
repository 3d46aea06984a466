// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the JSON text path and Peering::fromJson, which reads every peering Atlas (or the sandbox) returns.
#include "FuzzInput.h"
#include "model/Peering.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace PeeringDesk;

namespace {

void checkObject(const QJsonObject &json)
{
    QString error;
    const auto peering = Peering::fromJson(json, &error);
    const QString id = json.value(QLatin1String("id")).toString();
    FUZZ_CHECK(peering.has_value() == !id.isEmpty());
    if (!peering) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(peering->id() == id);
    FUZZ_CHECK(peering->json() == json);
    const Peering::Phase phase = peering->phase();
    if (peering->status().compare(QLatin1String("AVAILABLE"), Qt::CaseInsensitive) == 0)
        FUZZ_CHECK(phase == Peering::Phase::Available);
    if (peering->status().isEmpty())
        FUZZ_CHECK(phase == Peering::Phase::Unknown);
    if (peering->accepterRegionIsContainerRegion())
        FUZZ_CHECK(peering->provider() == Provider::Aws && peering->accepterRegionName().isEmpty());
    if (const auto named = providerFromWireName(json.value(QLatin1String("providerName")).toString()))
        FUZZ_CHECK(peering->provider() == named);
    (void)peering->errorState();
    (void)peering->connectionId();
    (void)peering->containerId();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(FuzzInput::bytes(data, size));
    if (document.isObject()) {
        const QJsonObject object = document.object();
        checkObject(object);
        // A page of peerings: {"results": [...]}.
        for (const QJsonValue &value : object.value(QLatin1String("results")).toArray())
            checkObject(value.toObject());
    } else if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            checkObject(value.toObject());
    }
    return 0;
}
