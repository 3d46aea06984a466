// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace PeeringDesk::TestSupport {

/// The schema facts of tests/contract/atlas-schema-facts.json (written by scripts/extract-schema-facts.py from the
/// Atlas OpenAPI subset): per operation, its request body and its answers per status and media type.
class AtlasSchemaFacts
{
public:
    /// Reads the file; isLoaded() says whether it could, errorString() why not.
    explicit AtlasSchemaFacts(const QString &path);

    bool isLoaded() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// The sha256 of the spec the facts come from.
    QString sourceSha256() const;

    QJsonObject definitions() const { return m_facts.value(QStringLiteral("definitions")).toObject(); }
    QJsonObject definition(const QString &name) const { return definitions().value(name).toObject(); }

    /// The request body schema of `operationId` for `mediaType`; nothing when the operation takes no such body.
    std::optional<QJsonObject> requestSchema(const QString &operationId, const QByteArray &mediaType) const;
    /// The schema of an answer with `status` and `contentType` (parameters such as charset are ignored); nothing when
    /// the spec declares no such answer, which is itself a breach of the contract.
    std::optional<QJsonObject> responseSchema(const QString &operationId, int status,
                                              const QByteArray &contentType) const;

private:
    QJsonObject operation(const QString &operationId) const;

    QJsonObject m_facts;
    QString m_error;
};

} // namespace PeeringDesk::TestSupport
