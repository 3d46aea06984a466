// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the JSON text path (QJsonDocument) and ApiError::fromJson, which reads every 4xx/5xx body Atlas,
// a proxy or anything else on the network sends back.
#include "FuzzInput.h"
#include "model/ApiError.h"

#include <QJsonDocument>

using namespace PeeringDesk;

namespace {

void checkObject(const QJsonObject &json)
{
    const auto error = ApiError::fromJson(json);
    const bool looksLikeAnError =
        json.value(QLatin1String("errorCode")).isString() || json.value(QLatin1String("error")).isDouble();
    FUZZ_CHECK(error.has_value() == looksLikeAnError);
    if (!error)
        return;
    FUZZ_CHECK(error->json() == json);
    FUZZ_CHECK(error->errorCode() == json.value(QLatin1String("errorCode")).toString());
    const QJsonArray fields =
        json.value(QLatin1String("badRequestDetail")).toObject().value(QLatin1String("fields")).toArray();
    FUZZ_CHECK(error->fieldViolations().size() == fields.size());
    const QString parameters = error->parametersText();
    FUZZ_CHECK(error->parameters().isEmpty() == parameters.isEmpty() || error->parameters().size() == 1);
    (void)error->detail();
    (void)error->reason();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(FuzzInput::bytes(data, size), &parseError);
    FUZZ_CHECK(document.isNull() == (parseError.error != QJsonParseError::NoError));
    if (document.isObject()) {
        checkObject(document.object());
    } else if (document.isArray()) {
        // A page of results or a proxy's array: every element that is an object is tried.
        for (const QJsonValue &value : document.array())
            checkObject(value.toObject());
    }
    return 0;
}
