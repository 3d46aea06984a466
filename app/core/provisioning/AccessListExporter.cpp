// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListExporter.h"

#include "ExportSyntax.h"
#include "transport/AtlasClient.h"

#include <QJsonDocument>

namespace PeeringDesk {

QUrl AccessListExporter::url(const QString &groupId, const QUrl &baseUrl)
{
    return AtlasClient::buildUrl(baseUrl, QStringLiteral("/groups/%1/accessList").arg(groupId), {}, {});
}

Export AccessListExporter::preview(const QString &groupId, const AccessListRequest &request, const QUrl &baseUrl,
                                   Credentials::Kind auth)
{
    const QString authLine = auth == Credentials::Kind::ServiceAccount
                                 ? tr("Authorization: Bearer <service account token, fetched when sending>")
                                 : tr("Authorization: Digest <answered with the profile's API key>");
    Export result;
    result.text =
        QStringLiteral("POST %1\nAccept: %2\nContent-Type: %2\n%3\n\n%4")
            .arg(url(groupId, baseUrl).toString(), QLatin1String(AtlasClient::mediaType), authLine,
                 QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    return result;
}

Export AccessListExporter::curl(const QString &groupId, const AccessListRequest &request, const QUrl &baseUrl,
                                Credentials::Kind auth)
{
    Export result;
    QStringList lines;
    if (auth == Credentials::Kind::ServiceAccount) {
        lines << QStringLiteral("curl --header \"Authorization: Bearer ${ATLAS_TOKEN}\" \\");
        result.notes << tr("Set ATLAS_TOKEN to a service account access token first (the peering's curl export "
                           "shows how to fetch one).");
    } else {
        lines << QStringLiteral("curl --digest --user \"${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}\" \\");
        result.notes << tr("Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.");
    }
    const QString body = QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    lines << QStringLiteral("  --header \"Accept: %1\" \\").arg(QLatin1String(AtlasClient::mediaType))
          << QStringLiteral("  --header \"Content-Type: %1\" \\").arg(QLatin1String(AtlasClient::mediaType))
          << QStringLiteral("  --request POST %1 \\").arg(ExportSyntax::shellQuote(url(groupId, baseUrl).toString()))
          << QStringLiteral("  --data %1").arg(ExportSyntax::shellQuote(body));
    result.text = lines.join(u'\n');
    return result;
}

Export AccessListExporter::atlasCli(const QString &groupId, const AccessListRequest &request)
{
    Export result;
    QStringList commands;
    for (const QString &range : request.ranges()) {
        QStringList args{QStringLiteral("atlas"),         QStringLiteral("accessLists"),    QStringLiteral("create"),
                         ExportSyntax::shellQuote(range), QStringLiteral("--type"),         QStringLiteral("cidrBlock"),
                         QStringLiteral("--projectId"),   ExportSyntax::shellQuote(groupId)};
        if (!request.comment().isEmpty()) {
            args << QStringLiteral("--comment") << ExportSyntax::shellQuote(request.comment());
        }
        commands << args.join(u' ');
    }
    result.text = commands.join(u'\n');
    return result;
}

Export AccessListExporter::terraform(const QString &groupId, const AccessListRequest &request)
{
    Export result;
    QStringList blocks;
    for (const QString &range : request.ranges()) {
        QStringList lines{QStringLiteral("resource \"mongodbatlas_project_ip_access_list\" \"%1\" {")
                              .arg(ExportSyntax::hclName(QStringLiteral("peered_") + range))};
        lines << QStringLiteral("  project_id = %1").arg(ExportSyntax::hclString(groupId))
              << QStringLiteral("  cidr_block = %1").arg(ExportSyntax::hclString(range));
        if (!request.comment().isEmpty()) {
            lines << QStringLiteral("  comment    = %1").arg(ExportSyntax::hclString(request.comment()));
        }
        lines << QStringLiteral("}");
        blocks << lines.join(u'\n');
    }
    result.text = blocks.join(QStringLiteral("\n\n"));
    result.notes << tr("Add depends_on with the peering's resource when both are in one configuration: Atlas "
                       "accepts the entry at any time, but it only carries traffic once the peering is AVAILABLE.");
    return result;
}

} // namespace PeeringDesk
