// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/ErrorGuidance.h"

#include <QHash>

namespace PeeringDesk {

namespace {

struct Advice
{
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps the sentences in the catalogue; forCode() translates them when asked.
const Advice advice[] = {
    {"VALIDATION_ERROR", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas rejected a field of the request: correct the "
                                                            "fields listed below and send it again.")},
    {"INVALID_ATTRIBUTE", QT_TRANSLATE_NOOP("ErrorGuidance", "A field has a value Atlas does not accept here, often "
                                                             "a container of another provider: check the field "
                                                             "Atlas names.")},
    {"MISSING_ATTRIBUTE", QT_TRANSLATE_NOOP("ErrorGuidance", "A required field is missing: fill in the field Atlas "
                                                             "names.")},
    {"INVALID_JSON", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas could not read the request body; this is a bug in "
                                                        "Peering Desk, please report it.")},
    {"MALFORMED_JSON", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas could not read the request body; this is a bug in "
                                                          "Peering Desk, please report it.")},
    {"INVALID_PROVIDER", QT_TRANSLATE_NOOP("ErrorGuidance", "Use one of AWS, AZURE or GCP as the provider.")},
    {"INVALID_REGION", QT_TRANSLATE_NOOP("ErrorGuidance", "Choose the region from the list: Atlas spells regions "
                                                          "like US_EAST_1, not us-east-1 or eastus.")},
    {"INVALID_CIDR_BLOCK", QT_TRANSLATE_NOOP("ErrorGuidance", "Write the block in CIDR notation, like "
                                                              "192.168.248.0/21.")},
    {"INVALID_ROUTE_TABLE_CIDR", QT_TRANSLATE_NOOP("ErrorGuidance", "Use your VPC's private block (inside "
                                                                    "10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) "
                                                                    "as the route table CIDR.")},
    {"ATLAS_INVALID_CIDR_BLOCK", QT_TRANSLATE_NOOP("ErrorGuidance", "Choose an Atlas block of the right size: /21 to "
                                                                    "/24 for AWS and Azure, /18 or larger for "
                                                                    "Google Cloud.")},
    {"ATLAS_INVALID_CIDR_BLOCK_FOR_SMALL_CONTAINER",
     QT_TRANSLATE_NOOP("ErrorGuidance", "A Google Cloud container limited to regions needs a /21 to /24 block; "
                                        "clear the regions to use /18 or larger.")},
    {"ATLAS_INVALID_CIDR_RANGE", QT_TRANSLATE_NOOP("ErrorGuidance", "Choose an Atlas block inside 10.0.0.0/8, "
                                                                    "172.16.0.0/12 or 192.168.0.0/16.")},
    {"ATLAS_NON_CANONICAL_CIDR_BLOCK", QT_TRANSLATE_NOOP("ErrorGuidance", "Write the block in the canonical form "
                                                                          "Atlas names, with the host bits zero.")},
    {"CANNOT_CHANGE_CONTAINER_REGION", QT_TRANSLATE_NOOP("ErrorGuidance", "A container's region is fixed: create a "
                                                                          "container in the other region instead.")},
    {"CANNOT_UPDATE_SMALL_CONTAINER", QT_TRANSLATE_NOOP("ErrorGuidance", "A Google Cloud container limited to regions "
                                                                         "cannot be changed: delete and recreate it "
                                                                         "while nothing uses it.")},
    {"CONTAINER_ALREADY_EXISTS", QT_TRANSLATE_NOOP("ErrorGuidance", "The project already has a container there "
                                                                    "(one per AWS or Azure region, one for Google "
                                                                    "Cloud): choose the existing container.")},
    {"CONTAINERS_IN_USE", QT_TRANSLATE_NOOP("ErrorGuidance", "The container's block is locked because clusters or "
                                                             "peerings use it: keep it, and choose a VPC block that "
                                                             "does not overlap it.")},
    {"CLOUD_PROVIDER_CONTAINER_NOT_FOUND", QT_TRANSLATE_NOOP("ErrorGuidance", "That container does not exist in "
                                                                              "this project: pick one from the "
                                                                              "list.")},
    {"AZURE_CUSTOMER_NETWORK_VALIDATION_FAILED",
     QT_TRANSLATE_NOOP("ErrorGuidance", "Check the directory, subscription, resource group and VNet, and that you "
                                        "ran the service principal and role commands; role assignments can take a "
                                        "few minutes to apply.")},
    {"AZURE_CUSTOMER_NETWORK_UNREACHABLE", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas cannot reach your Azure "
                                                                              "subscription: check the subscription "
                                                                              "ID and the Atlas role assignment.")},
    {"INVALID_AZURE_API_REQUEST", QT_TRANSLATE_NOOP("ErrorGuidance", "Azure rejected one of the values: check the "
                                                                     "directory, subscription, resource group and "
                                                                     "VNet name.")},
    {"AZURE_PEERING_MULTIPLE_REGIONS_NOT_ALLOWED",
     QT_TRANSLATE_NOOP("ErrorGuidance", "This project allows Azure peering in one Atlas region only: use the "
                                        "container that already has a peering.")},
    {"GROUP_MISMATCH", QT_TRANSLATE_NOOP("ErrorGuidance", "The project in the request does not match the chosen "
                                                          "project: choose the project again.")},
    {"USER_CANNOT_ACCESS_GROUP", QT_TRANSLATE_NOOP("ErrorGuidance", "Your key cannot change this project: give it the "
                                                                    "Project Network Access Manager role, or choose "
                                                                    "another project.")},
    {"NOT_IN_GROUP", QT_TRANSLATE_NOOP("ErrorGuidance", "Your key has no access to this project: add it to the "
                                                        "project, or choose another project.")},
    {"USER_UNAUTHORIZED", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas did not accept the credentials: check the key "
                                                             "or service account of the profile.")},
    {"IP_ADDRESS_NOT_ON_WHITELIST", QT_TRANSLATE_NOOP("ErrorGuidance", "Add this computer's public IP address to the "
                                                                       "API key's access list in Atlas.")},
    {"IP_ADDRESS_NOT_ON_ACCESS_LIST", QT_TRANSLATE_NOOP("ErrorGuidance", "Add this computer's public IP address to "
                                                                         "the API key's access list in Atlas.")},
    {"INVALID_GROUP_ID", QT_TRANSLATE_NOOP("ErrorGuidance", "A project ID is 24 hexadecimal characters: choose the "
                                                            "project from the list.")},
    {"GROUP_NOT_FOUND", QT_TRANSLATE_NOOP("ErrorGuidance", "No such project, or not one your key can see: choose the "
                                                           "project from the list.")},
    {"RESOURCE_NOT_FOUND", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas does not know this address: check the base URL "
                                                              "of the profile.")},
    {"INVALID_PEER_ID", QT_TRANSLATE_NOOP("ErrorGuidance", "A peering ID is 24 hexadecimal characters: pick the "
                                                           "peering from the list.")},
    {"PEER_NOT_FOUND", QT_TRANSLATE_NOOP("ErrorGuidance", "The peering no longer exists (it may have been deleted): "
                                                          "refresh the list.")},
    {"OVERLAPPING_CIDR_BLOCK", QT_TRANSLATE_NOOP("ErrorGuidance", "Your VPC block overlaps another peering's block: "
                                                                  "use a VPC block no other peer uses.")},
    {"OVERLAPPING_ATLAS_CIDR_BLOCK", QT_TRANSLATE_NOOP("ErrorGuidance", "Your VPC block overlaps the container's "
                                                                        "Atlas block: use a VPC block outside it, or "
                                                                        "another container.")},
    {"PEER_ALREADY_EXISTS", QT_TRANSLATE_NOOP("ErrorGuidance", "This VPC is already peered with the project: use the "
                                                               "existing peering, or delete it first.")},
    {"PEER_ALREADY_EXISTS_AZURE", QT_TRANSLATE_NOOP("ErrorGuidance", "This VNet is already peered with the project: "
                                                                     "use the existing peering, or delete it first.")},
    {"PEER_ALREADY_EXISTS_GCP", QT_TRANSLATE_NOOP("ErrorGuidance", "This network is already peered with the project: "
                                                                   "use the existing peering, or delete it first.")},
    {"PEER_ALREADY_REQUESTED_DELETION", QT_TRANSLATE_NOOP("ErrorGuidance", "The peering is already being deleted: "
                                                                           "wait a moment and refresh.")},
    {"PEER_INVALID_STATE", QT_TRANSLATE_NOOP("ErrorGuidance", "The peering cannot change in its current status: wait "
                                                              "until it is AVAILABLE or FAILED.")},
    {"PEER_MAXIMUM_REACHED", QT_TRANSLATE_NOOP("ErrorGuidance", "The project has the most peerings Atlas allows: "
                                                                "delete one you no longer need.")},
    {"RATE_LIMITED", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas is limiting requests: wait the time it names and try "
                                                        "again.")},
    {"RATE_LIMITED_TOKEN_BUCKET", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas is limiting requests: wait the time it "
                                                                     "names and try again.")},
    {"UNEXPECTED_ERROR", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas failed without a reason; on a create this usually "
                                                            "means the container ID is wrong: pick the container "
                                                            "from the list.")},
    {"SERVICE_UNAVAILABLE", QT_TRANSLATE_NOOP("ErrorGuidance", "Atlas is briefly unavailable, for example during "
                                                               "maintenance: try again in a few minutes.")},
};

} // namespace

QString ErrorGuidance::forCode(const QString &errorCode)
{
    static const QHash<QString, const char *> byCode = [] {
        QHash<QString, const char *> map;
        for (const Advice &entry : advice) {
            map.insert(QLatin1String(entry.code), entry.text);
        }
        return map;
    }();
    const char *text = byCode.value(errorCode, nullptr);
    return text ? QCoreApplication::translate("ErrorGuidance", text) : QString();
}

QString ErrorGuidance::forError(const ApiError &error)
{
    return forCode(error.errorCode());
}

} // namespace PeeringDesk
