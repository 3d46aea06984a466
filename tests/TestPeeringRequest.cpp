// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/AwsRegions.h"
#include "model/FieldFix.h"
#include "model/FieldValidator.h"
#include "model/PeeringRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace PeeringDesk;

namespace {

const QString group = QStringLiteral("5f3e2d1c0b9a887766554433");
const QString container = QStringLiteral("65a1b2c3d4e5f60718293a4b");

AwsPeeringRequest validAws()
{
    return {container, QStringLiteral("us-east-1"), QStringLiteral("012345678901"), QStringLiteral("10.0.0.0/16"),
            QStringLiteral("vpc-0123456789abcdef0")};
}

AzurePeeringRequest validAzure()
{
    return {container, QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
            QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"), QStringLiteral("my-rg"), QStringLiteral("my-vnet")};
}

GcpPeeringRequest validGcp()
{
    return {container, QStringLiteral("my-gcp-project"), QStringLiteral("default")};
}

// The one problem reported for `field`, or an empty string when the field is fine.
QString problemFor(const FieldProblems &problems, const QString &field)
{
    for (const FieldProblem &problem : problems) {
        if (problem.field == field) {
            return problem.message;
        }
    }
    return {};
}

} // namespace

class TestPeeringRequest : public QObject
{
    Q_OBJECT

private:
    // Each row: the field, the value, whether it is valid, and a word the message must contain when not.
    static void addFieldColumns()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("hint");
    }

    static void checkField(const PeeringRequest &request)
    {
        QFETCH(QString, field);
        QFETCH(bool, valid);
        QFETCH(QString, hint);
        const QString problem = problemFor(request.validate(), field);
        if (valid) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY2(!problem.isEmpty(), "expected a problem");
            QVERIFY2(problem.contains(hint, Qt::CaseInsensitive), qPrintable(problem));
        }
    }

private slots:
    void validRequests_haveNoProblems()
    {
        QVERIFY(PeeringRequest(group, validAws()).validate().isEmpty());
        QVERIFY(PeeringRequest(group, validAzure()).validate().isEmpty());
        QVERIFY(PeeringRequest(group, validGcp()).validate().isEmpty());
    }

    void emptyRequest_reportsEveryField()
    {
        const FieldProblems problems = PeeringRequest({}, AwsPeeringRequest{}).validate();
        QStringList fields;
        for (const FieldProblem &p : problems) {
            fields.append(p.field);
        }
        QCOMPARE(fields, (QStringList{"groupId", "containerId", "accepterRegionName", "awsAccountId",
                                      "routeTableCidrBlock", "vpcId"}));
    }

    void aws_data()
    {
        addFieldColumns();
        QTest::newRow("group id of 24 hex is fine") << "groupId" << group << true << "";
        QTest::newRow("group id too short") << "groupId"
                                            << "5f3e2d" << false << "24";
        QTest::newRow("group id in upper case") << "groupId" << group.toUpper() << false << "lower-case";
        QTest::newRow("group id with pasted spaces and newline") << "groupId" << ("  " + group + "\n") << true << "";
        QTest::newRow("group id with a zero-width space") << "groupId" << (group + QChar(0x200B)) << true << "";
        QTest::newRow("container id with a g") << "containerId"
                                               << "65a1b2c3d4e5f60718293a4g" << false << "24";
        QTest::newRow("account id of 12 digits") << "awsAccountId"
                                                 << "123456789012" << true << "";
        QTest::newRow("account id keeps leading zeros") << "awsAccountId"
                                                        << "000123456789" << true << "";
        QTest::newRow("account id with dashes") << "awsAccountId"
                                                << "1234-5678-9012" << false << "dashes";
        QTest::newRow("account id that lost its zeros") << "awsAccountId"
                                                        << "123456789" << false << "leading zeros";
        QTest::newRow("account id with letters") << "awsAccountId"
                                                 << "12345678901a" << false << "12 digits";
        QTest::newRow("vpc id with 17 hex") << "vpcId"
                                            << "vpc-0123456789abcdef0" << true << "";
        QTest::newRow("legacy vpc id with 8 hex") << "vpcId"
                                                  << "vpc-7b64b41e" << true << "";
        QTest::newRow("vpc id with 10 hex") << "vpcId"
                                            << "vpc-0123456789" << false << "17";
        QTest::newRow("vpc id in upper case") << "vpcId"
                                              << "vpc-0123456789ABCDEF0" << false << "lower-case";
        QTest::newRow("peering connection id in the vpc field")
            << "vpcId"
            << "pcx-0123456789abcdef0" << false << "peering connection";
        QTest::newRow("region in AWS form") << "accepterRegionName"
                                            << "eu-west-2" << true << "";
        QTest::newRow("GovCloud region") << "accepterRegionName"
                                         << "us-gov-west-1" << true << "";
        QTest::newRow("region in Atlas form") << "accepterRegionName"
                                              << "US_EAST_1" << false << "us-east-1";
        QTest::newRow("region without number") << "accepterRegionName"
                                               << "us-east" << false << "us-east-1";
        QTest::newRow("private /16") << "routeTableCidrBlock"
                                     << "10.0.0.0/16" << true << "";
        QTest::newRow("private 172.16/12 subnet") << "routeTableCidrBlock"
                                                  << "172.31.0.0/16" << true << "";
        QTest::newRow("private 192.168 /24") << "routeTableCidrBlock"
                                             << "192.168.1.0/24" << true << "";
        QTest::newRow("cidr with host bits") << "routeTableCidrBlock"
                                             << "10.0.1.0/16" << false << "10.0.0.0/16";
        QTest::newRow("public cidr") << "routeTableCidrBlock"
                                     << "8.8.8.0/24" << false << "private";
        QTest::newRow("bare address") << "routeTableCidrBlock"
                                      << "10.0.0.1" << false << "prefix";
        QTest::newRow("IPv6 block") << "routeTableCidrBlock"
                                    << "fd00::/64" << false << "IPv4";
        QTest::newRow("nonsense cidr") << "routeTableCidrBlock"
                                       << "ten.zero/8" << false << "CIDR";
        QTest::newRow("overlong value") << "vpcId" << QString(300, u'a') << false << "too long";
    }
    void aws()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        PeeringRequest request(group, validAws());
        AwsPeeringRequest body = validAws();
        if (field == QLatin1String("groupId")) {
            request.setGroupId(value);
        } else {
            QJsonObject json = body.toJson();
            json.insert(field, value);
            body = AwsPeeringRequest::fromJson(json);
            // fromJson reads raw values, so pasted whitespace is still there for validate() to clean.
            request.setBody(body);
        }
        checkField(request);
    }

    void azure_data()
    {
        addFieldColumns();
        QTest::newRow("directory id as GUID") << "azureDirectoryId"
                                              << "8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d" << true << "";
        QTest::newRow("directory id in upper case is still a GUID")
            << "azureDirectoryId"
            << "8A2D3B4C-1E2F-4A5B-9C8D-7E6F5A4B3C2D" << true << "";
        QTest::newRow("directory id in braces") << "azureDirectoryId"
                                                << "{8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d}" << false << "braces";
        QTest::newRow("subscription id that is an Atlas id") << "azureSubscriptionId" << container << false << "GUID";
        QTest::newRow("resource group with parentheses") << "resourceGroupName"
                                                         << "rg(prod)_1.a" << true << "";
        QTest::newRow("resource group ending in a period") << "resourceGroupName"
                                                           << "my-rg." << false << "period";
        QTest::newRow("resource group with a space") << "resourceGroupName"
                                                     << "my rg" << false << "only letters";
        QTest::newRow("resource group of 91 characters") << "resourceGroupName" << QString(91, u'r') << false << "90";
        QTest::newRow("vnet name") << "vnetName"
                                   << "prod_vnet-01" << true << "";
        QTest::newRow("vnet name of one character") << "vnetName"
                                                    << "v" << false << "2 to 64";
        QTest::newRow("vnet name starting with a dash") << "vnetName"
                                                        << "-vnet" << false << "starts with";
        QTest::newRow("vnet name ending with a period") << "vnetName"
                                                        << "vnet." << false << "ends with";
        QTest::newRow("vnet name with a slash") << "vnetName"
                                                << "a/b" << false << "only letters";
    }
    void azure()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject json = validAzure().toJson();
        json.insert(field, value);
        checkField(PeeringRequest(group, AzurePeeringRequest::fromJson(json)));
    }

    void gcp_data()
    {
        addFieldColumns();
        QTest::newRow("project id") << "gcpProjectId"
                                    << "my-gcp-project" << true << "";
        QTest::newRow("project id of 6 characters") << "gcpProjectId"
                                                    << "abcdef" << true << "";
        QTest::newRow("project id of 5 characters") << "gcpProjectId"
                                                    << "abcde" << false << "6 to 30";
        QTest::newRow("project id of 31 characters")
            << "gcpProjectId" << ("a" + QString(30, u'b')) << false << "6 to 30";
        QTest::newRow("project number instead of id") << "gcpProjectId"
                                                      << "123456789012" << false << "number";
        QTest::newRow("project id with trailing junk the spec lets through") << "gcpProjectId"
                                                                             << "my-gcp-project-UPPER!!" << false << "";
        QTest::newRow("project id ending in a dash") << "gcpProjectId"
                                                     << "my-project-" << false << "end";
        QTest::newRow("network default") << "networkName"
                                         << "default" << true << "";
        QTest::newRow("network of 63 characters") << "networkName" << ("n" + QString(62, u'x')) << true << "";
        QTest::newRow("network of 64 characters") << "networkName" << ("n" + QString(63, u'x')) << false << "63";
        QTest::newRow("network starting with a dash, unanchored in the spec") << "networkName"
                                                                              << "-bad" << false << "starts with";
        QTest::newRow("network self-link")
            << "networkName"
            << "https://www.googleapis.com/compute/v1/projects/p/global/networks/prod" << false << "(prod)";
        QTest::newRow("network resource path") << "networkName"
                                               << "projects/p/global/networks/prod" << false << "self-link";
        QTest::newRow("network in upper case") << "networkName"
                                               << "Default" << false << "lower-case";
    }
    void gcp()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject json = validGcp().toJson();
        json.insert(field, value);
        checkField(PeeringRequest(group, GcpPeeringRequest::fromJson(json)));
    }

    void toJson_matchesTheApiShape_data()
    {
        QTest::addColumn<PeeringRequest>("request");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("AWS") << PeeringRequest(group, validAws())
                             << QByteArray(R"({"accepterRegionName":"us-east-1","awsAccountId":"012345678901",)"
                                           R"("containerId":"65a1b2c3d4e5f60718293a4b","providerName":"AWS",)"
                                           R"("routeTableCidrBlock":"10.0.0.0/16","vpcId":"vpc-0123456789abcdef0"})");
        QTest::newRow("Azure") << PeeringRequest(group, validAzure())
                               << QByteArray(R"({"azureDirectoryId":"8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d",)"
                                             R"("azureSubscriptionId":"1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d",)"
                                             R"("containerId":"65a1b2c3d4e5f60718293a4b","providerName":"AZURE",)"
                                             R"("resourceGroupName":"my-rg","vnetName":"my-vnet"})");
        QTest::newRow("Google Cloud") << PeeringRequest(group, validGcp())
                                      << QByteArray(R"({"containerId":"65a1b2c3d4e5f60718293a4b",)"
                                                    R"("gcpProjectId":"my-gcp-project","networkName":"default",)"
                                                    R"("providerName":"GCP"})");
    }
    void toJson_matchesTheApiShape()
    {
        QFETCH(PeeringRequest, request);
        QFETCH(QByteArray, expected);
        QCOMPARE(request.toJsonBytes(), expected);
    }

    void toJson_sendsTrimmedValuesAndKeepsTypedOnes()
    {
        AwsPeeringRequest body = validAws();
        body.vpcId = QStringLiteral("\t vpc-0123456789abcdef0 \n");
        const PeeringRequest request(group, body);
        QCOMPARE(request.toJson().value("vpcId").toString(), QStringLiteral("vpc-0123456789abcdef0"));
        QCOMPARE(std::get<AwsPeeringRequest>(request.body()).vpcId, body.vpcId);
    }

    void jsonRoundTrip_givesTheSameRequest()
    {
        for (const PeeringRequest &request : {PeeringRequest(group, validAws()), PeeringRequest(group, validAzure()),
                                              PeeringRequest(group, validGcp())}) {
            const auto parsed =
                PeeringRequest::fromJson(group, QJsonDocument::fromJson(request.toJsonBytes()).object());
            QVERIFY(parsed);
            QCOMPARE(*parsed, request);
            QCOMPARE(parsed->provider(), request.provider());
        }
    }

    void fromJson_unknownProvider_givesNothing()
    {
        QVERIFY(!PeeringRequest::fromJson(group, QJsonObject{{"providerName", "IBM"}}));
        QVERIFY(!PeeringRequest::fromJson(group, QJsonObject{}));
    }

    void fieldFix_offersTheOneRightValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("Google Cloud network self-link") << "networkName"
                                                        << "projects/p/global/networks/prod"
                                                        << "prod";
        QTest::newRow("Google Cloud network URL")
            << "networkName"
            << "https://www.googleapis.com/compute/v1/projects/p/global/networks/prod-net"
            << "prod-net";
        QTest::newRow("CIDR with host bits") << "routeTableCidrBlock"
                                             << "10.20.1.0/16"
                                             << "10.20.0.0/16";
        QTest::newRow("region in Atlas form") << "accepterRegionName"
                                              << "US_EAST_1"
                                              << "us-east-1";
        QTest::newRow("GovCloud region in Atlas form") << "accepterRegionName"
                                                       << "US_GOV_WEST_1"
                                                       << "us-gov-west-1";
        QTest::newRow("region in capitals") << "accepterRegionName"
                                            << "EU-WEST-2"
                                            << "eu-west-2";
        QTest::newRow("account id with dashes") << "awsAccountId"
                                                << "0123-4567-8901"
                                                << "012345678901";
        QTest::newRow("account id with spaces") << "awsAccountId"
                                                << "0123 4567 8901"
                                                << "012345678901";
        QTest::newRow("vpc id in capitals") << "vpcId"
                                            << "vpc-0123456789ABCDEF0"
                                            << "vpc-0123456789abcdef0";
        QTest::newRow("project id in capitals") << "groupId" << group.toUpper() << group;
        QTest::newRow("container id in capitals, pasted with a newline")
            << "containerId" << (container.toUpper() + "\n") << container;
        QTest::newRow("Azure subscription in braces") << "azureSubscriptionId"
                                                      << "{1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d}"
                                                      << "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d";
        QTest::newRow("Google Cloud project id in capitals") << "gcpProjectId"
                                                             << "My-Project-123"
                                                             << "my-project-123";
        // No single right answer: nothing is offered.
        QTest::newRow("valid value") << "routeTableCidrBlock"
                                     << "10.20.0.0/16"
                                     << "";
        QTest::newRow("public block stays public without its host bits") << "routeTableCidrBlock"
                                                                         << "8.8.8.1/24"
                                                                         << "";
        QTest::newRow("account id that lost its zeros") << "awsAccountId"
                                                        << "123456789"
                                                        << "";
        QTest::newRow("short vpc id") << "vpcId"
                                      << "vpc-123"
                                      << "";
        QTest::newRow("self-link of an invalid name") << "networkName"
                                                      << "projects/p/global/networks/-bad-"
                                                      << "";
        QTest::newRow("empty value") << "vpcId"
                                     << ""
                                     << "";
        QTest::newRow("field with no rules of its own") << "providerName"
                                                        << "aws"
                                                        << "";
    }
    void fieldFix_offersTheOneRightValue()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, suggestion);
        QCOMPARE(FieldFix::suggestionFor(field, value), suggestion);
    }

    void validate_carriesTheSuggestionWithTheProblem()
    {
        GcpPeeringRequest gcp = validGcp();
        gcp.networkName = QStringLiteral("projects/p/global/networks/prod");
        AwsPeeringRequest aws = validAws();
        aws.routeTableCidrBlock = QStringLiteral("10.20.1.0/16");
        aws.vpcId = QStringLiteral("vpc-123");
        const FieldProblems gcpProblems = PeeringRequest(group, gcp).validate();
        QCOMPARE(gcpProblems.size(), 1);
        QCOMPARE(gcpProblems.first().suggestion, QStringLiteral("prod"));
        QVERIFY(gcpProblems.first().message.contains(QLatin1String("prod")));
        const FieldProblems awsProblems = PeeringRequest(group, aws).validate();
        QCOMPARE(awsProblems.size(), 2);
        QCOMPARE(awsProblems.at(0).field, QStringLiteral("routeTableCidrBlock"));
        QCOMPARE(awsProblems.at(0).suggestion, QStringLiteral("10.20.0.0/16"));
        QCOMPARE(awsProblems.at(1).field, QStringLiteral("vpcId"));
        QVERIFY(awsProblems.at(1).suggestion.isEmpty());
    }

    void awsRegions_atlasNameToAwsName_data()
    {
        QTest::addColumn<QString>("atlasName");
        QTest::addColumn<QString>("awsName");
        QTest::newRow("US_EAST_1") << "US_EAST_1"
                                   << "us-east-1";
        QTest::newRow("AP_SOUTHEAST_2") << "AP_SOUTHEAST_2"
                                        << "ap-southeast-2";
        QTest::newRow("US_GOV_EAST_1") << "US_GOV_EAST_1"
                                       << "us-gov-east-1";
        QTest::newRow("a region newer than the list") << "XY_NORTH_9"
                                                      << "xy-north-9";
        QTest::newRow("GLOBAL is no region") << "GLOBAL"
                                             << "";
        QTest::newRow("already AWS's spelling") << "us-east-1"
                                                << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void awsRegions_atlasNameToAwsName()
    {
        QFETCH(QString, atlasName);
        QFETCH(QString, awsName);
        QCOMPARE(AwsRegions::fromAtlasName(atlasName), awsName);
        if (!awsName.isEmpty()) {
            QVERIFY2(FieldValidator::awsRegion(awsName).isEmpty(), qPrintable(FieldValidator::awsRegion(awsName)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPeeringRequest)
#include "TestPeeringRequest.moc"
