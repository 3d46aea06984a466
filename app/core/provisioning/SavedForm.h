// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListRequest.h"
#include "model/PeeringRequest.h"
#include "transport/RequestOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// One request in a saved form: the project, the peer body exactly as the API takes it, the query flags.
struct SavedRequest
{
    SavedRequest() = default;
    SavedRequest(PeeringRequest peeringRequest, RequestOptions requestOptions = {},
                 std::optional<AccessListRequest> entries = std::nullopt)
        : request(std::move(peeringRequest))
        , options(std::move(requestOptions))
        , accessList(std::move(entries))
    {}

    PeeringRequest request;
    RequestOptions options;
    /// Once the peering is created, also put these ranges on the project's IP access list.
    std::optional<AccessListRequest> accessList;
};

struct SavedFormParse;

/// The saved-form file format (docs/FORM-FORMAT.md): versioned JSON holding one or many peering requests and
/// an optional profile name, never a secret. Files are untrusted input: every error names the line or field.
class SavedForm
{
    Q_DECLARE_TR_FUNCTIONS(SavedForm)

public:
    static constexpr const char *formatName = "peering-desk-form";
    static constexpr int currentVersion = 1;
    static constexpr qint64 maxFileBytes = 1024 * 1024;
    static constexpr int maxRequests = 1000;
    static constexpr const char *fileSuffix = "peering.json";

    QString profile;
    QList<SavedRequest> requests;

    QByteArray toJson() const;
    static SavedFormParse parse(const QByteArray &data);
    static SavedFormParse load(const QString &path);
    /// Writes atomically: a crash or a full disk never leaves half a file.
    bool save(const QString &path, QString *error) const;

    friend bool operator==(const SavedForm &a, const SavedForm &b)
    {
        if (a.profile != b.profile || a.requests.size() != b.requests.size()) {
            return false;
        }
        for (qsizetype i = 0; i < a.requests.size(); ++i) {
            const SavedRequest &x = a.requests.at(i);
            const SavedRequest &y = b.requests.at(i);
            if (!(x.request == y.request) || x.options.envelope != y.options.envelope ||
                x.options.pretty != y.options.pretty || x.accessList != y.accessList) {
                return false;
            }
        }
        return true;
    }
};

/// What reading a saved form gave: the form, or why not.
struct SavedFormParse
{
    std::optional<SavedForm> form;
    /// Translated; names the line and column, or the field (requests[2].peer.vpcId), that is wrong.
    QString error;
};

} // namespace PeeringDesk
