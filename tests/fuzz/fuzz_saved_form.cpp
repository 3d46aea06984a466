// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes SavedForm::parse (docs/FORM-FORMAT.md), the reader of the files the app opens: File > Open, drafts and
// `peering-desk --submit FILE`. Input: the file's bytes.
//
// Invariants: a form or an error, never both and never neither; a JSON syntax error is reported with a line that
// exists in the file; a form has at most maxRequests requests, exactly one per entry of "requests", each for the
// provider its providerName names; what toJson() writes fits the size limit and reads back to the form with its
// values cleaned, and writing that again gives the same bytes (a fixed point).
#include "FuzzInput.h"
#include "model/FieldValidator.h"
#include "provisioning/SavedForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace PeeringDesk;

namespace {

void checkSyntaxError(const QByteArray &input, const QString &error)
{
    // No translator is installed here, so the message is the source text: "Line L, column C: ...".
    static const QRegularExpression position(QStringLiteral("^Line (\\d+), column (\\d+): "));
    const QRegularExpressionMatch match = position.match(error);
    FUZZ_CHECK(match.hasMatch());
    const qsizetype line = match.captured(1).toLongLong();
    const qsizetype column = match.captured(2).toLongLong();
    FUZZ_CHECK(line >= 1 && line <= input.count('\n') + 1);
    FUZZ_CHECK(column >= 1 && column <= input.size() + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const SavedFormParse parsed = SavedForm::parse(input);
    FUZZ_CHECK(parsed.form.has_value() == parsed.error.isEmpty());

    QJsonParseError syntax{};
    const QJsonDocument document = QJsonDocument::fromJson(input, &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        FUZZ_CHECK(!parsed.form);
        checkSyntaxError(input, parsed.error);
        return 0;
    }
    if (!parsed.form)
        return 0;
    const SavedForm &form = *parsed.form;

    // Only a version-1 form of the right format with a list of requests is read.
    const QJsonObject root = document.object();
    FUZZ_CHECK(document.isObject());
    FUZZ_CHECK(root.value(QLatin1String("format")).toString() == QLatin1String(SavedForm::formatName));
    FUZZ_CHECK(root.value(QLatin1String("version")).toDouble() == SavedForm::currentVersion);
    const QJsonArray entries = root.value(QLatin1String("requests")).toArray();
    FUZZ_CHECK(form.requests.size() == entries.size());
    FUZZ_CHECK(form.requests.size() <= SavedForm::maxRequests);
    FUZZ_CHECK(form.profile == root.value(QLatin1String("profile")).toString());
    for (qsizetype i = 0; i < form.requests.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject peer = entry.value(QLatin1String("peer")).toObject();
        const SavedRequest &saved = form.requests.at(i);
        const auto provider = providerFromWireName(peer.value(QLatin1String("providerName")).toString());
        FUZZ_CHECK(provider.has_value() && saved.request.provider() == *provider);
        FUZZ_CHECK(saved.request.groupId() == entry.value(QLatin1String("groupId")).toString());
        FUZZ_CHECK(saved.options.envelope == entry.value(QLatin1String("envelope")).toBool());
        FUZZ_CHECK(saved.options.pretty == entry.value(QLatin1String("pretty")).toBool());
        // Validation reports, it never refuses to read: every problem names a field and says why.
        for (const FieldProblem &problem : saved.request.validate())
            FUZZ_CHECK(!problem.field.isEmpty() && !problem.message.isEmpty());
    }

    // What the app saves, it can open again: within the size limit, and the same form with cleaned values.
    const QByteArray written = form.toJson();
    FUZZ_CHECK(written.size() <= SavedForm::maxFileBytes);
    const SavedFormParse reread = SavedForm::parse(written);
    FUZZ_CHECK(reread.form.has_value() && reread.error.isEmpty());
    const SavedForm &again = *reread.form;
    FUZZ_CHECK(again.profile == form.profile);
    FUZZ_CHECK(again.requests.size() == form.requests.size());
    for (qsizetype i = 0; i < form.requests.size(); ++i) {
        const SavedRequest &before = form.requests.at(i);
        const SavedRequest &after = again.requests.at(i);
        FUZZ_CHECK(after.request.groupId() == before.request.groupIdCleaned());
        FUZZ_CHECK(after.request.toJson() == before.request.toJson());
        FUZZ_CHECK(after.options.envelope == before.options.envelope);
        FUZZ_CHECK(after.options.pretty == before.options.pretty);
        FUZZ_CHECK(after.request.validate() == before.request.validate());
    }
    // Cleaned once, the form is a fixed point: the same bytes, the same form.
    FUZZ_CHECK(again.toJson() == written);
    const SavedFormParse third = SavedForm::parse(again.toJson());
    FUZZ_CHECK(third.form.has_value() && *third.form == again);
    return 0;
}
