// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedForm.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace PeeringDesk {

namespace {

// Line and column (1-based) of a byte offset, for JSON syntax errors a person can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

QByteArray SavedForm::toJson() const
{
    QJsonArray list;
    for (const SavedRequest &saved : requests) {
        QJsonObject entry{{QStringLiteral("groupId"), saved.request.groupIdCleaned()},
                          {QStringLiteral("peer"), saved.request.toJson()}};
        if (saved.options.envelope) {
            entry.insert(QStringLiteral("envelope"), true);
        }
        if (saved.options.pretty) {
            entry.insert(QStringLiteral("pretty"), true);
        }
        if (saved.accessList) {
            QJsonObject accessList{
                {QStringLiteral("cidrBlocks"), QJsonArray::fromStringList(saved.accessList->ranges())}};
            if (!saved.accessList->comment().isEmpty()) {
                accessList.insert(QStringLiteral("comment"), saved.accessList->comment());
            }
            entry.insert(QStringLiteral("accessList"), accessList);
        }
        list.append(entry);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(formatName)},
                     {QStringLiteral("version"), currentVersion},
                     {QStringLiteral("requests"), list}};
    if (!profile.isEmpty()) {
        root.insert(QStringLiteral("profile"), profile);
    }
    const QJsonDocument document(root);
    const QByteArray indented = document.toJson(QJsonDocument::Indented);
    // parse() refuses files over maxFileBytes, and indentation alone can push a form that was read from a compact
    // file near the limit over it; what we write must open again.
    return indented.size() <= maxFileBytes ? indented : document.toJson(QJsonDocument::Compact);
}

SavedFormParse SavedForm::parse(const QByteArray &data)
{
    if (data.size() > maxFileBytes) {
        return {std::nullopt,
                tr("The file is larger than %1 KiB; a saved form is never that big.").arg(maxFileBytes / 1024)};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return {std::nullopt, tr("Line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString())};
    }
    if (!document.isObject()) {
        return {std::nullopt, tr("This is not a Peering Desk form: the file must hold one JSON object.")};
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(formatName)) {
        return {std::nullopt,
                tr("This is not a Peering Desk form: \"format\" must be \"%1\".").arg(QLatin1String(formatName))};
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt())) {
        return {std::nullopt, tr("\"version\" must be a whole number.")};
    }
    if (version.toInt() > currentVersion) {
        return {std::nullopt, tr("This form was saved in format version %1, by a newer Peering Desk; this version "
                                 "reads version %2. Update Peering Desk to open it.")
                                  .arg(version.toInt())
                                  .arg(currentVersion)};
    }
    if (version.toInt() < 1) {
        return {std::nullopt, tr("\"version\" %1 does not exist; the first version is 1.").arg(version.toInt())};
    }
    SavedForm form;
    const QJsonValue profile = root.value(QLatin1String("profile"));
    if (!profile.isUndefined() && !profile.isString()) {
        return {std::nullopt, tr("\"profile\" must be a string.")};
    }
    form.profile = profile.toString();
    const QJsonValue requests = root.value(QLatin1String("requests"));
    if (!requests.isArray()) {
        return {std::nullopt, tr("\"requests\" must be a list of peering requests.")};
    }
    const QJsonArray list = requests.toArray();
    if (list.size() > maxRequests) {
        return {std::nullopt,
                tr("A form holds at most %1 requests; this one has %2.").arg(maxRequests).arg(list.size())};
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("requests[%1]").arg(i);
        if (!list.at(i).isObject()) {
            return {std::nullopt, tr("%1 must be an object.").arg(where)};
        }
        const QJsonObject entry = list.at(i).toObject();
        const QJsonValue groupId = entry.value(QLatin1String("groupId"));
        if (!groupId.isString()) {
            return {std::nullopt, tr("%1.groupId must be a string.").arg(where)};
        }
        for (const char *flag : {"envelope", "pretty"}) {
            const QJsonValue value = entry.value(QLatin1String(flag));
            if (!value.isUndefined() && !value.isBool()) {
                return {std::nullopt, tr("%1.%2 must be true or false.").arg(where, QLatin1String(flag))};
            }
        }
        const QJsonValue peerValue = entry.value(QLatin1String("peer"));
        if (!peerValue.isObject()) {
            return {std::nullopt, tr("%1.peer must be an object with the request body.").arg(where)};
        }
        const QJsonObject peer = peerValue.toObject();
        for (auto it = peer.begin(); it != peer.end(); ++it) {
            if (!it.value().isString()) {
                return {std::nullopt, tr("%1.peer.%2 must be a string.").arg(where, it.key())};
            }
        }
        const auto request = PeeringRequest::fromJson(groupId.toString(), peer);
        if (!request) {
            return {std::nullopt, tr("%1.peer.providerName must be \"AWS\", \"AZURE\" or \"GCP\".").arg(where)};
        }
        RequestOptions options;
        options.envelope = entry.value(QLatin1String("envelope")).toBool();
        options.pretty = entry.value(QLatin1String("pretty")).toBool();
        std::optional<AccessListRequest> accessList;
        const QJsonValue accessValue = entry.value(QLatin1String("accessList"));
        if (!accessValue.isUndefined()) {
            const QJsonObject access = accessValue.toObject();
            const QJsonValue blocks = access.value(QLatin1String("cidrBlocks"));
            const QJsonValue comment = access.value(QLatin1String("comment"));
            if (!accessValue.isObject() || !blocks.isArray()) {
                return {std::nullopt, tr("%1.accessList must be an object with a list \"cidrBlocks\".").arg(where)};
            }
            QStringList ranges;
            for (const QJsonValue &block : blocks.toArray()) {
                if (!block.isString()) {
                    return {std::nullopt, tr("%1.accessList.cidrBlocks must hold strings.").arg(where)};
                }
                ranges << block.toString();
            }
            if (!comment.isUndefined() && !comment.isString()) {
                return {std::nullopt, tr("%1.accessList.comment must be a string.").arg(where)};
            }
            accessList = AccessListRequest(ranges, comment.toString());
        }
        form.requests.append({*request, options, accessList});
    }
    return {form, {}};
}

SavedFormParse SavedForm::load(const QString &path)
{
    // Checked before opening: open() on a FIFO waits for a writer that may never come, and a device can be endless.
    // A missing file is left to open(), which words that better.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return {std::nullopt,
                tr("%1 is not a regular file (a pipe, device or folder): save the form to a file and open that.")
                    .arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, tr("Cannot open %1: %2.").arg(path, file.errorString())};
    }
    return parse(file.read(maxFileBytes + 1));
}

bool SavedForm::save(const QString &path, QString *error) const
{
    const QByteArray data = toJson();
    if (data.size() > maxFileBytes) {
        // Only over-long (invalid) values get here; a file that load() refuses would lose the whole form.
        if (error) {
            *error =
                tr("Cannot save %1: %2.")
                    .arg(
                        path,
                        tr("The file is larger than %1 KiB; a saved form is never that big.").arg(maxFileBytes / 1024));
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        if (error) {
            *error = tr("Cannot save %1: %2.").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace PeeringDesk
