// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasSchemaFacts.h"

#include <QFile>
#include <QJsonDocument>

namespace PeeringDesk::TestSupport {

namespace {

/// "application/vnd.atlas.2023-01-01+json;charset=utf-8" → "application/vnd.atlas.2023-01-01+json".
QString bareMediaType(const QByteArray &contentType)
{
    return QString::fromLatin1(contentType.split(';').first().trimmed().toLower());
}

} // namespace

AtlasSchemaFacts::AtlasSchemaFacts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return;
    }
    m_facts = document.object();
}

QString AtlasSchemaFacts::sourceSha256() const
{
    return m_facts.value(QStringLiteral("_source")).toObject().value(QStringLiteral("sha256")).toString();
}

QJsonObject AtlasSchemaFacts::operation(const QString &operationId) const
{
    return m_facts.value(QStringLiteral("operations")).toObject().value(operationId).toObject();
}

std::optional<QJsonObject> AtlasSchemaFacts::requestSchema(const QString &operationId,
                                                           const QByteArray &mediaType) const
{
    const QJsonObject content = operation(operationId)
                                    .value(QStringLiteral("requestBody"))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toObject();
    const QString key = bareMediaType(mediaType);
    if (!content.contains(key))
        return std::nullopt;
    return content.value(key).toObject();
}

std::optional<QJsonObject> AtlasSchemaFacts::responseSchema(const QString &operationId, int status,
                                                            const QByteArray &contentType) const
{
    const QJsonObject byType =
        operation(operationId).value(QStringLiteral("responses")).toObject().value(QString::number(status)).toObject();
    const QString key = bareMediaType(contentType);
    if (!byType.contains(key))
        return std::nullopt;
    return byType.value(key).toObject();
}

} // namespace PeeringDesk::TestSupport
