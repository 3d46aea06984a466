// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListExporter.h"

#include "ExportSyntax.h"
#include "PostExport.h"
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
    return PostExport::http(url(groupId, baseUrl), QJsonDocument(request.toJson()).toJson(), auth);
}

Export AccessListExporter::curl(const QString &groupId, const AccessListRequest &request, const QUrl &baseUrl,
                                Credentials::Kind auth)
{
    return PostExport::curl(url(groupId, baseUrl), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                            baseUrl, auth);
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
