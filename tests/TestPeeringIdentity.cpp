// SPDX-License-Identifier: GPL-3.0-or-later
// Which existing peering a form's request stands for, per provider, and in what the rest differs: what --plan and
// --apply decide "exists", "toCreate" and "differs" with. Pure: no network.
#include "model/Container.h"
#include "model/Peering.h"
#include "model/PeeringRequest.h"
#include "peering/PeeringIdentity.h"

#include <QJsonObject>
#include <QTest>

using namespace PeeringDesk;

namespace {

const QString groupId = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
const QString containerId = QStringLiteral("64b0aa00000000000000a001");
const QString otherContainerId = QStringLiteral("64b0aa00000000000000a002");

const QString account = QStringLiteral("012345678901");
const QString vpc = QStringLiteral("vpc-0a1b2c3d4e5f60718");
const QString subscription = QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d");
const QString directory = QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d");

PeeringRequest aws(const QString &cidr = QStringLiteral("10.8.0.0/16"), const QString &region = QString())
{
    return PeeringRequest(groupId, AwsPeeringRequest{containerId, region, account, cidr, vpc});
}

PeeringRequest azure(const QString &rg = QStringLiteral("prod-rg"), const QString &vnet = QStringLiteral("prod-vnet"),
                     const QString &sub = subscription, const QString &dir = directory)
{
    return PeeringRequest(groupId, AzurePeeringRequest{containerId, dir, sub, rg, vnet});
}

PeeringRequest gcp(const QString &network = QStringLiteral("prod-net"))
{
    return PeeringRequest(groupId, GcpPeeringRequest{containerId, QStringLiteral("my-gcp-project"), network});
}

// The peerings as Atlas lists them, each the very network of the request above; `changes` replaces fields.
QJsonObject with(QJsonObject json, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

QJsonObject awsJson(const QJsonObject &changes = {})
{
    return with({{"id", "64b0bb00000000000000b001"},
                 {"providerName", "AWS"},
                 {"containerId", containerId},
                 {"awsAccountId", account},
                 {"vpcId", vpc},
                 {"routeTableCidrBlock", "10.8.0.0/16"},
                 {"accepterRegionName", QJsonValue::Null},
                 {"statusName", "AVAILABLE"}},
                changes);
}

QJsonObject azureJson(const QJsonObject &changes = {})
{
    return with({{"id", "64b0bb00000000000000b002"},
                 {"providerName", "AZURE"},
                 {"containerId", containerId},
                 {"azureDirectoryId", directory},
                 {"azureSubscriptionId", subscription},
                 {"resourceGroupName", "prod-rg"},
                 {"vnetName", "prod-vnet"},
                 {"status", "AVAILABLE"}},
                changes);
}

QJsonObject gcpJson(const QJsonObject &changes = {})
{
    return with({{"id", "64b0bb00000000000000b003"},
                 {"providerName", "GCP"},
                 {"containerId", containerId},
                 {"gcpProjectId", "my-gcp-project"},
                 {"networkName", "prod-net"},
                 {"status", "AVAILABLE"}},
                changes);
}

Peering peering(const QJsonObject &json)
{
    return *Peering::fromJson(json);
}

std::optional<Container> awsContainer(const QString &regionName)
{
    if (regionName.isEmpty()) {
        return std::nullopt;
    }
    Container container;
    container.id = containerId;
    container.provider = Provider::Aws;
    container.regionName = regionName;
    return container;
}

// "field|inForm|inAtlas", one a difference, in order: short to write in a data table, and readable when it fails.
QStringList flat(const FieldDifferences &differences)
{
    QStringList out;
    for (const FieldDifference &difference : differences) {
        out.append(difference.field + QLatin1Char('|') + difference.inForm + QLatin1Char('|') + difference.inAtlas);
    }
    return out;
}

} // namespace

class TestPeeringIdentity : public QObject
{
    Q_OBJECT

private slots:
    void aws_isAccountVpcAndContainer_data()
    {
        QTest::addColumn<QJsonObject>("peer");
        QTest::addColumn<bool>("matches");
        QTest::newRow("the same VPC") << awsJson() << true;
        QTest::newRow("another account") << awsJson({{"awsAccountId", "109876543210"}}) << false;
        QTest::newRow("another VPC") << awsJson({{"vpcId", "vpc-0a1b2c3d4e5f60719"}}) << false;
        QTest::newRow("another container") << awsJson({{"containerId", otherContainerId}}) << false;
        QTest::newRow("another route table block: a difference, not another peering")
            << awsJson({{"routeTableCidrBlock", "10.9.0.0/16"}}) << true;
        QTest::newRow("another region: a difference, not another peering")
            << awsJson({{"accepterRegionName", "eu-west-1"}}) << true;
        QTest::newRow("an Azure peering of the same container")
            << azureJson({{"awsAccountId", account}, {"vpcId", vpc}}) << false;
    }
    void aws_isAccountVpcAndContainer()
    {
        QFETCH(QJsonObject, peer);
        QFETCH(bool, matches);
        QCOMPARE(PeeringIdentity::matches(aws(), peering(peer)), matches);
    }

    void azure_isSubscriptionResourceGroupVnetAndContainer_caseInsensitively_data()
    {
        QTest::addColumn<QJsonObject>("peer");
        QTest::addColumn<bool>("matches");
        QTest::newRow("the same VNet") << azureJson() << true;
        // Azure Resource Manager names and ids are case-insensitive: these are the very same VNet.
        QTest::newRow("subscription in capitals")
            << azureJson({{"azureSubscriptionId", subscription.toUpper()}}) << true;
        QTest::newRow("resource group in other case") << azureJson({{"resourceGroupName", "Prod-RG"}}) << true;
        QTest::newRow("VNet in other case") << azureJson({{"vnetName", "Prod-VNet"}}) << true;
        QTest::newRow("all three in capitals") << azureJson({{"azureSubscriptionId", subscription.toUpper()},
                                                             {"resourceGroupName", "PROD-RG"},
                                                             {"vnetName", "PROD-VNET"}})
                                               << true;
        QTest::newRow("another subscription")
            << azureJson({{"azureSubscriptionId", "9b3e4c5d-2f30-4b6c-8d9e-8f7a6b5c4d3e"}}) << false;
        QTest::newRow("another resource group") << azureJson({{"resourceGroupName", "test-rg"}}) << false;
        QTest::newRow("another VNet") << azureJson({{"vnetName", "test-vnet"}}) << false;
        QTest::newRow("another container") << azureJson({{"containerId", otherContainerId}}) << false;
        QTest::newRow("another directory: a difference, not another peering")
            << azureJson({{"azureDirectoryId", "2c3d4e5f-6071-4b2c-9d3e-4f5a6b7c8d9e"}}) << true;
    }
    void azure_isSubscriptionResourceGroupVnetAndContainer_caseInsensitively()
    {
        QFETCH(QJsonObject, peer);
        QFETCH(bool, matches);
        QCOMPARE(PeeringIdentity::matches(azure(), peering(peer)), matches);
    }

    void gcp_isProjectNetworkAndContainer_data()
    {
        QTest::addColumn<QJsonObject>("peer");
        QTest::addColumn<bool>("matches");
        QTest::newRow("the same network") << gcpJson() << true;
        QTest::newRow("another project") << gcpJson({{"gcpProjectId", "other-project"}}) << false;
        QTest::newRow("another network") << gcpJson({{"networkName", "test-net"}}) << false;
        QTest::newRow("another container") << gcpJson({{"containerId", otherContainerId}}) << false;
        QTest::newRow("an AWS peering of the same container") << awsJson({{"networkName", "prod-net"}}) << false;
    }
    void gcp_isProjectNetworkAndContainer()
    {
        QFETCH(QJsonObject, peer);
        QFETCH(bool, matches);
        QCOMPARE(PeeringIdentity::matches(gcp(), peering(peer)), matches);
    }

    // Values pasted from a console often carry spaces or zero-width characters; the form's checks clean them, and
    // so must the comparison, or a pasted form would create its peering a second time.
    void formValues_areComparedCleaned()
    {
        const QString padded = QStringLiteral(" %1\u200B\t");
        PeeringRequest request(padded.arg(groupId),
                               AwsPeeringRequest{padded.arg(containerId), QString(), padded.arg(account),
                                                 QStringLiteral("10.8.0.0/16"), padded.arg(vpc)});
        QVERIFY(PeeringIdentity::matches(request, peering(awsJson())));
        QVERIFY(PeeringIdentity::sameIdentity(request, aws()));
    }

    void find_leavesOutAPeeringBeingDeleted_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QJsonObject>("deleting");
        QTest::newRow("AWS TERMINATING") << "AWS" << awsJson({{"statusName", "TERMINATING"}});
        QTest::newRow("Azure DELETING") << "AZURE" << azureJson({{"status", "DELETING"}});
        QTest::newRow("GCP DELETING") << "GCP" << gcpJson({{"status", "DELETING"}});
    }
    void find_leavesOutAPeeringBeingDeleted()
    {
        QFETCH(QString, provider);
        QFETCH(QJsonObject, deleting);
        const PeeringRequest request = provider == QLatin1String("AWS")     ? aws()
                                       : provider == QLatin1String("AZURE") ? azure()
                                                                            : gcp();
        // Still the same network: it is find(), not matches(), that leaves it out.
        QVERIFY(PeeringIdentity::matches(request, peering(deleting)));
        QVERIFY(!PeeringIdentity::find(request, {peering(deleting)}));

        // Deleted and created again: the old one, still terminating, is listed first; the new one is what exists.
        QJsonObject recreated = deleting;
        recreated.insert(QStringLiteral("id"), QStringLiteral("64b0bb00000000000000b0ff"));
        recreated.insert(provider == QLatin1String("AWS") ? QStringLiteral("statusName") : QStringLiteral("status"),
                         provider == QLatin1String("AWS") ? QStringLiteral("INITIATING")
                                                          : QStringLiteral("ADDING_PEER"));
        const auto found = PeeringIdentity::find(request, {peering(deleting), peering(recreated)});
        QVERIFY(found);
        QCOMPARE(found->id(), QStringLiteral("64b0bb00000000000000b0ff"));
    }

    // Only a deletion takes a peering out: one that failed or waits for the user is still there, and creating it
    // again would only draw a 409.
    void find_countsEveryOtherStatus_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *status :
             {"INITIATING", "PENDING_ACCEPTANCE", "FINALIZING", "AVAILABLE", "FAILED", "A_STATUS_ATLAS_ADDS_LATER"}) {
            QTest::newRow(status) << QString::fromLatin1(status);
        }
    }
    void find_countsEveryOtherStatus()
    {
        QFETCH(QString, status);
        const auto found = PeeringIdentity::find(aws(), {peering(awsJson({{"statusName", status}}))});
        QVERIFY(found);
        QCOMPARE(found->status(), status);
    }

    void find_picksThisNetworkAmongOthers()
    {
        const QList<Peering> peers{peering(awsJson({{"id", "64b0bb00000000000000b011"}, {"vpcId", "vpc-1"}})),
                                   peering(gcpJson()), peering(azureJson()),
                                   peering(awsJson({{"id", "64b0bb00000000000000b012"}}))};
        QCOMPARE(PeeringIdentity::find(aws(), peers)->id(), QStringLiteral("64b0bb00000000000000b012"));
        QCOMPARE(PeeringIdentity::find(azure(), peers)->id(), QStringLiteral("64b0bb00000000000000b002"));
        QCOMPARE(PeeringIdentity::find(gcp(), peers)->id(), QStringLiteral("64b0bb00000000000000b003"));
        QVERIFY(!PeeringIdentity::find(gcp(QStringLiteral("test-net")), peers));
        QVERIFY(!PeeringIdentity::find(aws(), {}));
    }

    // A form that asks twice for one peering: the second would only ever draw a 409.
    void sameIdentity_isTheSameRuleBetweenTwoRequests()
    {
        QVERIFY(PeeringIdentity::sameIdentity(aws(), aws(QStringLiteral("10.9.0.0/16"), QStringLiteral("eu-west-1"))));
        PeeringRequest otherProject = aws();
        otherProject.setGroupId(QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0f"));
        QVERIFY(!PeeringIdentity::sameIdentity(aws(), otherProject));
        PeeringRequest otherContainer = aws();
        otherContainer.setBody(
            AwsPeeringRequest{otherContainerId, QString(), account, QStringLiteral("10.8.0.0/16"), vpc});
        QVERIFY(!PeeringIdentity::sameIdentity(aws(), otherContainer));

        QVERIFY(PeeringIdentity::sameIdentity(
            azure(), azure(QStringLiteral("PROD-RG"), QStringLiteral("Prod-VNet"), subscription.toUpper(), QString())));
        QVERIFY(!PeeringIdentity::sameIdentity(azure(), azure(QStringLiteral("test-rg"))));
        QVERIFY(!PeeringIdentity::sameIdentity(azure(), azure(QStringLiteral("prod-rg"), QStringLiteral("test-vnet"))));

        QVERIFY(PeeringIdentity::sameIdentity(gcp(), gcp()));
        QVERIFY(!PeeringIdentity::sameIdentity(gcp(), gcp(QStringLiteral("test-net"))));
        QVERIFY(!PeeringIdentity::sameIdentity(aws(), gcp()));
    }

    void aws_differences_data()
    {
        QTest::addColumn<QString>("formCidr");
        QTest::addColumn<QString>("formRegion");
        QTest::addColumn<QJsonObject>("peer");
        QTest::addColumn<QString>("containerRegion"); // empty: the container is not known
        QTest::addColumn<QStringList>("differences");
        const QJsonObject same = awsJson();
        QTest::newRow("none") << "10.8.0.0/16"
                              << "" << same << "US_EAST_1" << QStringList();
        QTest::newRow("another route table block")
            << "10.250.0.0/16"
            << "" << same << "US_EAST_1"
            << QStringList{QStringLiteral("routeTableCidrBlock|10.250.0.0/16|10.8.0.0/16")};
        QTest::newRow("the same block written with host bits") << "10.8.1.0/16"
                                                               << "" << same << "US_EAST_1" << QStringList();
        // Atlas answers null for the container's own region.
        QTest::newRow("null in Atlas, the container's region in the form")
            << "10.8.0.0/16"
            << "us-east-1" << same << "US_EAST_1" << QStringList();
        QTest::newRow("null in Atlas, another region in the form")
            << "10.8.0.0/16"
            << "us-west-2" << same << "US_EAST_1"
            << QStringList{QStringLiteral("accepterRegionName|us-west-2|us-east-1")};
        QTest::newRow("null in Atlas, no region in the form") << "10.8.0.0/16"
                                                              << "" << same << "US_EAST_1" << QStringList();
        QTest::newRow("null in Atlas, the container not known: nothing to compare with")
            << "10.8.0.0/16"
            << "us-west-2" << same << "" << QStringList();
        QTest::newRow("a region named in Atlas, another in the form")
            << "10.8.0.0/16"
            << "us-west-2" << awsJson({{"accepterRegionName", "eu-west-1"}}) << "US_EAST_1"
            << QStringList{QStringLiteral("accepterRegionName|us-west-2|eu-west-1")};
        QTest::newRow("the same region in Atlas's spelling")
            << "10.8.0.0/16"
            << "US_WEST_2" << awsJson({{"accepterRegionName", "us-west-2"}}) << "US_EAST_1" << QStringList();
        QTest::newRow("both, block first")
            << "10.250.0.0/16"
            << "us-west-2" << same << "US_EAST_1"
            << QStringList{QStringLiteral("routeTableCidrBlock|10.250.0.0/16|10.8.0.0/16"),
                           QStringLiteral("accepterRegionName|us-west-2|us-east-1")};
    }
    void aws_differences()
    {
        QFETCH(QString, formCidr);
        QFETCH(QString, formRegion);
        QFETCH(QJsonObject, peer);
        QFETCH(QString, containerRegion);
        QFETCH(QStringList, differences);
        QCOMPARE(
            flat(PeeringIdentity::differences(aws(formCidr, formRegion), peering(peer), awsContainer(containerRegion))),
            differences);
    }

    void azure_differences_areTheDirectoryOnly()
    {
        const auto none = std::optional<Container>();
        QCOMPARE(flat(PeeringIdentity::differences(azure(), peering(azureJson()), none)), QStringList());
        QCOMPARE(flat(PeeringIdentity::differences(
                     azure(), peering(azureJson({{"azureDirectoryId", directory.toUpper()}})), none)),
                 QStringList());
        const QString other = QStringLiteral("2c3d4e5f-6071-4b2c-9d3e-4f5a6b7c8d9e");
        QCOMPARE(flat(PeeringIdentity::differences(azure(), peering(azureJson({{"azureDirectoryId", other}})), none)),
                 QStringList{QStringLiteral("azureDirectoryId|%1|%2").arg(directory, other)});
        // The identity in other case is the same peering with no difference at all.
        QCOMPARE(flat(PeeringIdentity::differences(
                     azure(), peering(azureJson({{"resourceGroupName", "PROD-RG"}, {"vnetName", "Prod-VNet"}})), none)),
                 QStringList());
    }

    void gcp_hasNothingToDiffer()
    {
        QCOMPARE(
            flat(PeeringIdentity::differences(gcp(), peering(gcpJson({{"status", "WAITING_FOR_USER"}})), std::nullopt)),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPeeringIdentity)
#include "TestPeeringIdentity.moc"
