// SPDX-License-Identifier: GPL-3.0-or-later
// The guided flow's pure parts: container rules, pre-flight, next steps, error guidance, and the list models.
#include "model/Container.h"
#include "model/ContainerRequest.h"
#include "model/Project.h"
#include "peering/ErrorGuidance.h"
#include "peering/NextSteps.h"
#include "peering/PreflightCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PeeringDesk;

namespace {

Container container(Provider provider, const QString &region, const QString &cidr)
{
    Container c;
    c.id = QStringLiteral("64b0aa00000000000000a001");
    c.provider = provider;
    c.regionName = region;
    c.atlasCidrBlock = cidr;
    if (provider == Provider::Gcp) {
        c.gcpProjectId = QStringLiteral("p-abcdefghijklmnopqrstuvwx");
        c.networkName = QStringLiteral("nt-64b0aa00000000000000c003-abcd1234");
    }
    return c;
}

Peering peer(const QJsonObject &json)
{
    return *Peering::fromJson(json);
}

Peering awsPeer(const QString &id, const QString &account, const QString &vpc, const QString &cidr,
                const QString &status = QStringLiteral("AVAILABLE"))
{
    return peer({{"id", id},
                 {"providerName", "AWS"},
                 {"awsAccountId", account},
                 {"vpcId", vpc},
                 {"routeTableCidrBlock", cidr},
                 {"statusName", status}});
}

PeeringRequest awsRequest(const QString &cidr, const QString &region = QStringLiteral("us-east-1"),
                          const QString &account = QStringLiteral("123456789012"),
                          const QString &vpc = QStringLiteral("vpc-0123456789abcdef0"))
{
    return PeeringRequest(QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e"),
                          AwsPeeringRequest{QStringLiteral("64b0aa00000000000000a001"), region, account, cidr, vpc});
}

QStringList codes(const PreflightFindings &findings)
{
    QStringList out;
    for (const PreflightFinding &finding : findings) {
        out.append(finding.code);
    }
    return out;
}

} // namespace

class TestGuidedChecks : public QObject
{
    Q_OBJECT

private slots:
    void containerRequest_validate_followsTheCidrRules_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("problemField");

        const int aws = int(Provider::Aws);
        const int azure = int(Provider::Azure);
        const int gcp = int(Provider::Gcp);
        QTest::newRow("an AWS /21 in RFC 1918 is fine") << aws << "US_EAST_1" << QStringList() << "192.168.248.0/21"
                                                        << "";
        QTest::newRow("an AWS /24 is fine") << aws << "EU_WEST_1" << QStringList() << "10.0.0.0/24"
                                            << "";
        QTest::newRow("an AWS /20 is too large") << aws << "US_EAST_1" << QStringList() << "10.0.0.0/20"
                                                 << "atlasCidrBlock";
        QTest::newRow("an AWS /25 is too small") << aws << "US_EAST_1" << QStringList() << "10.0.0.0/25"
                                                 << "atlasCidrBlock";
        QTest::newRow("a public block is refused") << aws << "US_EAST_1" << QStringList() << "8.8.8.0/21"
                                                   << "atlasCidrBlock";
        QTest::newRow("host bits set are refused") << azure << "US_EAST_2" << QStringList() << "192.168.1.0/21"
                                                   << "atlasCidrBlock";
        QTest::newRow("text that is no CIDR is refused") << azure << "US_EAST_2" << QStringList() << "192.168.0.0"
                                                         << "atlasCidrBlock";
        QTest::newRow("an empty CIDR is refused") << azure << "US_EAST_2" << QStringList() << ""
                                                  << "atlasCidrBlock";
        QTest::newRow("an AWS-spelled region is refused") << aws << "us-east-1" << QStringList() << "10.0.0.0/24"
                                                          << "regionName";
        QTest::newRow("an Azure container needs a region") << azure << "" << QStringList() << "10.0.0.0/24"
                                                           << "region";
        QTest::newRow("a GCP /18 without regions is fine") << gcp << "" << QStringList() << "10.8.0.0/18"
                                                           << "";
        QTest::newRow("a GCP /16 without regions is fine") << gcp << "" << QStringList() << "10.0.0.0/16"
                                                           << "";
        QTest::newRow("a GCP /20 is never fine") << gcp << "" << QStringList() << "10.8.0.0/20"
                                                 << "atlasCidrBlock";
        QTest::newRow("a GCP /22 without regions is refused") << gcp << "" << QStringList() << "10.8.0.0/22"
                                                              << "atlasCidrBlock";
        QTest::newRow("a GCP /22 with two regions is fine")
            << gcp << "" << QStringList{"CENTRAL_US", "EASTERN_US"} << "10.8.0.0/22"
            << "";
        QTest::newRow("a GCP /24 with two regions has too many")
            << gcp << "" << QStringList{"CENTRAL_US", "EASTERN_US"} << "10.8.0.0/24"
            << "regions";
        QTest::newRow("a GCP /18 with regions is refused") << gcp << "" << QStringList{"CENTRAL_US"} << "10.8.0.0/18"
                                                           << "atlasCidrBlock";
    }

    void containerRequest_validate_followsTheCidrRules()
    {
        QFETCH(int, provider);
        QFETCH(QString, region);
        QFETCH(QStringList, regions);
        QFETCH(QString, cidr);
        QFETCH(QString, problemField);
        ContainerRequest request{Provider(provider), region, regions, cidr};
        const FieldProblems problems = request.validate();
        if (problemField.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, problemField);
            QVERIFY(!problems.first().message.isEmpty());
        }
    }

    void containerRequest_nonCanonical_namesTheCanonicalForm()
    {
        const ContainerRequest request{Provider::Aws, QStringLiteral("US_EAST_1"), {}, QStringLiteral("10.0.3.0/21")};
        QVERIFY(request.validate().first().message.contains(QStringLiteral("10.0.0.0/21")));
    }

    void containerRequest_toJson_usesEachProvidersRegionField()
    {
        const QJsonObject aws = ContainerRequest{Provider::Aws, "US_EAST_1", {}, " 10.0.0.0/21 "}.toJson();
        QCOMPARE(aws, (QJsonObject{
                          {"providerName", "AWS"}, {"regionName", "US_EAST_1"}, {"atlasCidrBlock", "10.0.0.0/21"}}));
        const QJsonObject azure = ContainerRequest{Provider::Azure, "US_EAST_2", {}, "10.0.0.0/21"}.toJson();
        QCOMPARE(azure.value("region").toString(), QStringLiteral("US_EAST_2"));
        const QJsonObject gcp = ContainerRequest{Provider::Gcp, {}, {"CENTRAL_US"}, "10.0.0.0/22"}.toJson();
        QCOMPARE(gcp.value("regions").toArray(), QJsonArray{"CENTRAL_US"});
        QVERIFY(!gcp.contains("regionName"));
    }

    void containerRequest_existingContainerWithOtherCidr_warnsThatItWins()
    {
        const QList<Container> existing{container(Provider::Aws, "US_EAST_1", "192.168.248.0/21")};
        const ContainerRequest sameRegion{Provider::Aws, "US_EAST_1", {}, "10.0.0.0/21"};
        QVERIFY(sameRegion.cidrWinsWarning(existing).contains("192.168.248.0/21"));
        const ContainerRequest sameCidr{Provider::Aws, "US_EAST_1", {}, "192.168.248.0/21"};
        QVERIFY(sameCidr.cidrWinsWarning(existing).isEmpty());
        const ContainerRequest otherRegion{Provider::Aws, "EU_WEST_1", {}, "10.0.0.0/21"};
        QVERIFY(otherRegion.cidrWinsWarning(existing).isEmpty());
    }

    void container_fromJson_readsEveryProviderAndToleratesExtras()
    {
        const auto aws = Container::fromJson(QJsonDocument::fromJson(R"({"id":"64b0aa00000000000000a001",
            "providerName":"AWS","regionName":"US_EAST_1","atlasCidrBlock":"192.168.248.0/21","provisioned":true,
            "vpcId":"vpc-0a1b2c3d4e5f60718","somethingNew":{"x":1}})")
                                                 .object());
        QVERIFY(aws);
        QCOMPARE(aws->provider, Provider::Aws);
        QCOMPARE(aws->regionName, QStringLiteral("US_EAST_1"));
        QCOMPARE(aws->awsCloudRegion(), QStringLiteral("us-east-1"));
        QVERIFY(aws->provisioned);
        QCOMPARE(aws->vpcId, QStringLiteral("vpc-0a1b2c3d4e5f60718"));
        const auto azure = Container::fromJson(
            QJsonDocument::fromJson(R"({"id":"b","providerName":"AZURE","region":"US_EAST_2","vnetName":null})")
                .object());
        QCOMPARE(azure->regionName, QStringLiteral("US_EAST_2"));
        QVERIFY(azure->vnetName.isEmpty());
        const auto gcp = Container::fromJson(QJsonDocument::fromJson(R"({"id":"c","providerName":"GCP",
            "regions":["CENTRAL_US","EASTERN_US"],"gcpProjectId":"p-x","networkName":"nt-y"})")
                                                 .object());
        QCOMPARE(gcp->regionText(), QStringLiteral("CENTRAL_US, EASTERN_US"));
        QCOMPARE(gcp->gcpProjectId, QStringLiteral("p-x"));
        QVERIFY(!Container::fromJson(QJsonObject{{"providerName", "AWS"}}));
    }

    void project_fromJson_needsAnId()
    {
        const auto project = Project::fromJson({{"id", "5f0a1b2c3d4e5f6a7b8c9d0e"}, {"name", "Demo"}, {"x", 1}});
        QVERIFY(project);
        QCOMPARE(project->name, QStringLiteral("Demo"));
        QVERIFY(!Project::fromJson({{"name", "Demo"}}));
    }

    void preflight_run_findsOverlapsDuplicatesAndLimits_data()
    {
        QTest::addColumn<PeeringRequest>("request");
        QTest::addColumn<QList<Peering>>("existing");
        QTest::addColumn<QStringList>("expected");

        const QString vpc = QStringLiteral("vpc-0123456789abcdef0");
        QTest::newRow("a clean AWS request in the container's region finds nothing")
            << awsRequest("10.0.0.0/16") << QList<Peering>{} << QStringList{};
        QTest::newRow("a VPC block inside the Atlas block overlaps it")
            << awsRequest("192.168.250.0/24") << QList<Peering>{} << QStringList{"overlap-atlas-cidr"};
        QTest::newRow("a VPC block around the Atlas block overlaps it")
            << awsRequest("192.168.0.0/16") << QList<Peering>{} << QStringList{"overlap-atlas-cidr"};
        QTest::newRow("a VPC block overlapping another peer's is an error")
            << awsRequest("10.0.0.0/16")
            << QList<Peering>{awsPeer("aaaaaaaaaaaaaaaaaaaaaaaa", "999999999999", "vpc-11111111", "10.0.128.0/20")}
            << QStringList{"overlap-peer-cidr"};
        QTest::newRow("the same account and VPC again is a duplicate")
            << awsRequest("10.1.0.0/16")
            << QList<Peering>{awsPeer("aaaaaaaaaaaaaaaaaaaaaaaa", "123456789012", vpc, "10.2.0.0/16")}
            << QStringList{"duplicate"};
        QTest::newRow("the same VPC still being deleted must be gone first")
            << awsRequest("10.1.0.0/16")
            << QList<Peering>{awsPeer("aaaaaaaaaaaaaaaaaaaaaaaa", "123456789012", vpc, "10.1.0.0/16", "TERMINATING")}
            << QStringList{"still-deleting"};
        QTest::newRow("another VPC being deleted neither overlaps nor counts")
            << awsRequest("10.1.0.0/16")
            << QList<Peering>{awsPeer("aaaaaaaaaaaaaaaaaaaaaaaa", "123456789012", "vpc-11111111", "10.1.0.0/16",
                                      "TERMINATING")}
            << QStringList{};
        QTest::newRow("another region is cross-region peering, for information")
            << awsRequest("10.0.0.0/16", "eu-west-1") << QList<Peering>{} << QStringList{"cross-region"};

        const PeeringRequest azure(QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e"),
                                   AzurePeeringRequest{"64b0aa00000000000000a001",
                                                       "8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d",
                                                       "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d", "rg", "vnet"});
        QTest::newRow("the same Azure subscription and VNet again is a duplicate, case aside")
            << azure
            << QList<Peering>{peer({{"id", "b"},
                                    {"providerName", "AZURE"},
                                    {"azureSubscriptionId", "1B2C3D4E-5F60-4A1B-8C2D-3E4F5A6B7C8D"},
                                    {"vnetName", "vnet"},
                                    {"status", "AVAILABLE"}})}
            << QStringList{"duplicate"};
        QTest::newRow("an Azure VNet name differing only in case is the same VNet")
            << azure
            << QList<Peering>{peer({{"id", "b"},
                                    {"providerName", "AZURE"},
                                    {"azureSubscriptionId", "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"},
                                    {"vnetName", "VNet"},
                                    {"status", "AVAILABLE"}})}
            << QStringList{"duplicate"};
        QTest::newRow("an Azure VNet still being deleted must be gone first")
            << azure
            << QList<Peering>{peer({{"id", "b"},
                                    {"providerName", "AZURE"},
                                    {"azureSubscriptionId", "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"},
                                    {"vnetName", "vnet"},
                                    {"status", "DELETING"}})}
            << QStringList{"still-deleting"};
        const PeeringRequest gcp(QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e"),
                                 GcpPeeringRequest{"64b0aa00000000000000a001", "my-project", "default"});
        QTest::newRow("the same GCP project and network again is a duplicate")
            << gcp
            << QList<Peering>{peer({{"id", "c"},
                                    {"providerName", "GCP"},
                                    {"gcpProjectId", "my-project"},
                                    {"networkName", "default"},
                                    {"status", "WAITING_FOR_USER"}})}
            << QStringList{"duplicate"};

        QList<Peering> fifty;
        QList<Peering> pending;
        for (int i = 0; i < 50; ++i) {
            const QString id = QStringLiteral("%1").arg(i, 24, 10, QLatin1Char('0'));
            fifty.append(peer({{"id", id},
                               {"providerName", "GCP"},
                               {"gcpProjectId", "p"},
                               {"networkName", QStringLiteral("n%1").arg(i)},
                               {"status", "AVAILABLE"}}));
            if (i < 25) {
                pending.append(peer({{"id", id},
                                     {"providerName", "GCP"},
                                     {"gcpProjectId", "p"},
                                     {"networkName", QStringLiteral("n%1").arg(i)},
                                     {"status", "WAITING_FOR_USER"}}));
            }
        }
        QTest::newRow("fifty peerings reach the limit") << gcp << fifty << QStringList{"limit-total"};
        QTest::newRow("twenty-five pending peerings reach the pending limit")
            << gcp << pending << QStringList{"limit-pending"};
        QTest::newRow("forty-nine peerings are still fine") << gcp << fifty.mid(1) << QStringList{};
    }

    void preflight_run_findsOverlapsDuplicatesAndLimits()
    {
        QFETCH(PeeringRequest, request);
        QFETCH(QList<Peering>, existing);
        QFETCH(QStringList, expected);
        const Container chosen =
            container(request.provider(), request.provider() == Provider::Aws ? "US_EAST_1" : "", "192.168.248.0/21");
        const PreflightFindings findings = PreflightCheck::run(request, chosen, existing);
        QCOMPARE(codes(findings), expected);
        const bool errors = !expected.isEmpty() && expected != QStringList{"cross-region"};
        QCOMPARE(PreflightCheck::hasErrors(findings), errors);
        for (const PreflightFinding &finding : findings) {
            QVERIFY(!finding.message.isEmpty());
        }
    }

    void preflight_containerOfAnotherProvider_isAnError()
    {
        const PreflightFindings findings =
            PreflightCheck::run(awsRequest("10.0.0.0/16"), container(Provider::Gcp, "CENTRAL_US", "10.8.0.0/18"), {});
        QVERIFY(codes(findings).contains("provider-mismatch"));
    }

    void nextSteps_awsPendingAcceptance_fillsInTheUsersValues()
    {
        const Peering pending = peer({{"id", "aaaaaaaaaaaaaaaaaaaaaaaa"},
                                      {"providerName", "AWS"},
                                      {"statusName", "PENDING_ACCEPTANCE"},
                                      {"connectionId", "pcx-0123456789abcdef0"},
                                      {"accepterRegionName", QJsonValue::Null},
                                      {"awsAccountId", "123456789012"},
                                      {"vpcId", "vpc-0123456789abcdef0"}});
        const QList<NextStep> steps =
            NextSteps::forPeering(pending, container(Provider::Aws, "US_EAST_1", "192.168.248.0/21"));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).command, QStringLiteral("aws ec2 accept-vpc-peering-connection "
                                                     "--vpc-peering-connection-id pcx-0123456789abcdef0 --region "
                                                     "us-east-1"));
        QCOMPARE(steps.at(1).command, QStringLiteral("aws ec2 create-route --route-table-id <rtb-…> "
                                                     "--destination-cidr-block 192.168.248.0/21 "
                                                     "--vpc-peering-connection-id pcx-0123456789abcdef0 --region "
                                                     "us-east-1"));
        QCOMPARE(steps.at(2).command, QStringLiteral("aws ec2 authorize-security-group-egress --group-id <sg-…> "
                                                     "--protocol tcp --port 27015-27017 --cidr 192.168.248.0/21 "
                                                     "--region us-east-1"));
        const QDateTime seen(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(NextSteps::awsAcceptanceDeadline(seen), QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC));
    }

    void nextSteps_awsCrossRegion_acceptsInTheAccepterRegion()
    {
        const Peering pending = peer({{"id", "a"},
                                      {"providerName", "AWS"},
                                      {"statusName", "PENDING_ACCEPTANCE"},
                                      {"connectionId", "pcx-1"},
                                      {"accepterRegionName", "eu-west-1"}});
        const QList<NextStep> steps =
            NextSteps::forPeering(pending, container(Provider::Aws, "US_EAST_1", "192.168.248.0/21"));
        QVERIFY(steps.at(0).command.endsWith(QStringLiteral("--region eu-west-1")));
    }

    void nextSteps_gcpWaitingForUser_pointsAtAtlasProjectAndNetwork()
    {
        const Peering waiting = peer({{"id", "c"},
                                      {"providerName", "GCP"},
                                      {"status", "WAITING_FOR_USER"},
                                      {"gcpProjectId", "my-project"},
                                      {"networkName", "default"}});
        const QList<NextStep> steps =
            NextSteps::forPeering(waiting, container(Provider::Gcp, "CENTRAL_US", "10.8.0.0/18"));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().command,
                 QStringLiteral("gcloud compute networks peerings create mongodb-atlas --project my-project --network "
                                "default --peer-project p-abcdefghijklmnopqrstuvwx --peer-network "
                                "nt-64b0aa00000000000000c003-abcd1234"));
    }

    void nextSteps_azureBeforeSubmit_scopesTheRoleToTheVnet()
    {
        const QList<NextStep> steps =
            NextSteps::azureBeforeSubmit({"64b0aa00000000000000b002", "8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d",
                                          "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d", "prod-rg", "prod-vnet"});
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).command, QStringLiteral("az ad sp create --id e90a1407-55c3-432d-9cb1-3638900a9d22"));
        const QString scope = QStringLiteral("/subscriptions/1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d/resourceGroups/"
                                             "prod-rg/providers/Microsoft.Network/virtualNetworks/prod-vnet");
        const QJsonObject role = QJsonDocument::fromJson(steps.at(1).command.toUtf8()).object();
        QCOMPARE(role.value("Name").toString(),
                 QStringLiteral("AtlasPeering/1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d/prod-rg/prod-vnet"));
        QCOMPARE(role.value("AssignableScopes").toArray(), QJsonArray{scope});
        QCOMPARE(role.value("Actions").toArray().size(), 4);
        QCOMPARE(steps.at(2).command,
                 QStringLiteral("az role definition create --role-definition peering-role.json\n"
                                "az role assignment create --role "
                                "\"AtlasPeering/1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d/prod-rg/prod-vnet\" --assignee "
                                "e90a1407-55c3-432d-9cb1-3638900a9d22 --scope ") +
                     scope);
    }

    void nextSteps_availablePeering_hasNothingToDo()
    {
        QVERIFY(NextSteps::forPeering(peer({{"id", "a"}, {"providerName", "AWS"}, {"statusName", "AVAILABLE"}}), {})
                    .isEmpty());
    }

    void nextSteps_failureExplanation_saysWhatHappenedInPlainWords_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an AWS rejection says it was rejected") << QJsonObject{{"id", "a"},
                                                                              {"providerName", "AWS"},
                                                                              {"statusName", "FAILED"},
                                                                              {"errorStateName", "REJECTED"}}
                                                               << "rejected in AWS";
        QTest::newRow("an AWS expiry says nobody accepted within 7 days") << QJsonObject{{"id", "a"},
                                                                                         {"providerName", "AWS"},
                                                                                         {"statusName", "FAILED"},
                                                                                         {"errorStateName", "EXPIRED"}}
                                                                          << "within 7 days";
        QTest::newRow("an AWS invalid argument points at the VPC")
            << QJsonObject{{"id", "a"},
                           {"providerName", "AWS"},
                           {"statusName", "FAILED"},
                           {"errorStateName", "INVALID_ARGUMENT"},
                           {"vpcId", "vpc-1"}}
            << "could not find VPC vpc-1";
        QTest::newRow("an Azure errorState is quoted with the fix")
            << QJsonObject{{"id", "b"}, {"providerName", "AZURE"}, {"status", "FAILED"}, {"errorState", "No role."}}
            << "Azure refused: No role.";
        QTest::newRow("a GCP errorMessage is quoted with the fix")
            << QJsonObject{{"id", "c"}, {"providerName", "GCP"}, {"status", "FAILED"}, {"errorMessage", "Not found."}}
            << "Google Cloud refused: Not found.";
        QTest::newRow("a failure without reason says so")
            << QJsonObject{{"id", "c"}, {"providerName", "GCP"}, {"status", "FAILED"}} << "gave no reason";
    }

    void nextSteps_failureExplanation_saysWhatHappenedInPlainWords()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        const QString text = NextSteps::failureExplanation(peer(json));
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void errorGuidance_forCode_answersTheMainCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an overlap with the Atlas block") << "OVERLAPPING_ATLAS_CIDR_BLOCK"
                                                         << "container's Atlas block";
        QTest::newRow("an overlap with another peer") << "OVERLAPPING_CIDR_BLOCK"
                                                      << "another peering";
        QTest::newRow("a duplicate AWS peer") << "PEER_ALREADY_EXISTS"
                                              << "already peered";
        QTest::newRow("the peering limit") << "PEER_MAXIMUM_REACHED"
                                           << "delete one";
        QTest::newRow("a bad container id") << "UNEXPECTED_ERROR"
                                            << "container ID";
        QTest::newRow("a container that exists") << "CONTAINER_ALREADY_EXISTS"
                                                 << "existing container";
        QTest::newRow("a non-canonical block") << "ATLAS_NON_CANONICAL_CIDR_BLOCK"
                                               << "canonical form";
        QTest::newRow("missing Azure permissions") << "AZURE_CUSTOMER_NETWORK_VALIDATION_FAILED"
                                                   << "role";
        QTest::newRow("a read-only key") << "USER_CANNOT_ACCESS_GROUP"
                                         << "Network Access Manager";
        QTest::newRow("rate limiting") << "RATE_LIMITED_TOKEN_BUCKET"
                                       << "wait";
        QTest::newRow("an unknown code has no advice") << "SOMETHING_NEW"
                                                       << "";
    }

    void errorGuidance_forCode_answersTheMainCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const QString text = ErrorGuidance::forCode(code);
        if (expected.isEmpty()) {
            QVERIFY(text.isEmpty());
        } else {
            QVERIFY2(text.contains(expected), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuidedChecks)
#include "TestGuidedChecks.moc"
