// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PeeringRequest::fromJson, validate() and toJson(). Input: the project id, a newline, then the JSON body.
//
// Invariants: reading is total (a known providerName always gives a request); toJson() always writes valid JSON;
// what toJson() writes reads back to a request that writes the same JSON and has the same problems; and a request
// that validates survives the wire (bytes) unchanged.
#include "FuzzInput.h"
#include "model/PeeringRequest.h"

#include <QJsonDocument>

using namespace PeeringDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString groupId = newline < 0 ? QString() : QString::fromUtf8(input.left(newline));
    const QJsonDocument document = QJsonDocument::fromJson(newline < 0 ? input : input.mid(newline + 1));
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();

    const auto request = PeeringRequest::fromJson(groupId, body);
    const auto provider = providerFromWireName(body.value(QLatin1String("providerName")).toString());
    FUZZ_CHECK(request.has_value() == provider.has_value());
    if (!request)
        return 0;
    FUZZ_CHECK(request->provider() == *provider);
    FUZZ_CHECK(request->groupId() == groupId);

    const FieldProblems problems = request->validate();
    FUZZ_CHECK(request->isValid() == problems.isEmpty());
    for (const FieldProblem &problem : problems)
        FUZZ_CHECK(!problem.field.isEmpty() && !problem.message.isEmpty());

    const QJsonObject json = request->toJson();
    FUZZ_CHECK(json.value(QLatin1String("providerName")).toString() == providerWireName(*provider));
    QJsonParseError parseError;
    const QJsonDocument written = QJsonDocument::fromJson(request->toJsonBytes(), &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && written.isObject());

    // toJson() writes cleaned values; reading them back is a fixed point with the same problems.
    const auto cleaned = PeeringRequest::fromJson(groupId, json);
    FUZZ_CHECK(cleaned.has_value());
    FUZZ_CHECK(cleaned->toJson() == json);
    FUZZ_CHECK(cleaned->validate() == problems);
    const auto again = PeeringRequest::fromJson(groupId, cleaned->toJson());
    FUZZ_CHECK(again.has_value() && *again == *cleaned);

    if (problems.isEmpty()) {
        // What is sent is what was checked: a valid request read back from its own bytes is the same request.
        const auto fromWire = PeeringRequest::fromJson(groupId, written.object());
        FUZZ_CHECK(fromWire.has_value() && *fromWire == *cleaned);
        FUZZ_CHECK(fromWire->isValid());
    }
    return 0;
}
