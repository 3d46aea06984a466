// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostExport.h"

#include "ExportSyntax.h"
#include "transport/AtlasClient.h"

namespace PeeringDesk {

Export PostExport::http(const QUrl &url, const QByteArray &indentedBody, Credentials::Kind auth)
{
    const QString authLine = auth == Credentials::Kind::ServiceAccount
                                 ? tr("Authorization: Bearer <service account token, fetched when sending>")
                                 : tr("Authorization: Digest <answered with the profile's API key>");
    Export result;
    result.text = QStringLiteral("POST %1\nAccept: %2\nContent-Type: %2\n%3\n\n%4")
                      .arg(url.toString(), QLatin1String(AtlasClient::mediaType), authLine,
                           QString::fromUtf8(indentedBody).trimmed());
    return result;
}

Export PostExport::curl(const QUrl &url, const QByteArray &compactBody, const QUrl &baseUrl, Credentials::Kind auth)
{
    Export result;
    QStringList lines;
    if (auth == Credentials::Kind::ServiceAccount) {
        lines << QStringLiteral("ATLAS_TOKEN=$(curl --silent --user \"${ATLAS_CLIENT_ID}:${ATLAS_CLIENT_SECRET}\" \\")
              << QStringLiteral("  --data grant_type=client_credentials %1 | jq -r .access_token)")
                     .arg(ExportSyntax::shellQuote(
                         baseUrl.resolved(QUrl(QStringLiteral("/api/oauth/token"))).toString()))
              << QStringLiteral("curl --header \"Authorization: Bearer ${ATLAS_TOKEN}\" \\");
        result.notes << tr("Set ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET first; the token request needs jq.");
    } else {
        lines << QStringLiteral("curl --digest --user \"${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}\" \\");
        result.notes << tr("Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.");
    }
    lines << QStringLiteral("  --header \"Accept: %1\" \\").arg(QLatin1String(AtlasClient::mediaType))
          << QStringLiteral("  --header \"Content-Type: %1\" \\").arg(QLatin1String(AtlasClient::mediaType))
          << QStringLiteral("  --request POST %1 \\").arg(ExportSyntax::shellQuote(url.toString()))
          << QStringLiteral("  --data %1").arg(ExportSyntax::shellQuote(QString::fromUtf8(compactBody)));
    result.text = lines.join(u'\n');
    return result;
}

} // namespace PeeringDesk
