// SPDX-License-Identifier: GPL-3.0-or-later
#include "Provider.h"

#include <QCoreApplication>

namespace PeeringDesk {

QString providerWireName(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return QStringLiteral("AWS");
    case Provider::Azure:
        return QStringLiteral("AZURE");
    case Provider::Gcp:
        return QStringLiteral("GCP");
    }
    return {};
}

std::optional<Provider> providerFromWireName(QStringView name)
{
    for (const Provider p : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        if (name.compare(providerWireName(p), Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return QCoreApplication::translate("Provider", "AWS");
    case Provider::Azure:
        return QCoreApplication::translate("Provider", "Azure");
    case Provider::Gcp:
        return QCoreApplication::translate("Provider", "Google Cloud");
    }
    return {};
}

} // namespace PeeringDesk
