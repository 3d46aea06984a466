// SPDX-License-Identifier: GPL-3.0-or-later
// The Atlas behaviour of the sandbox: peers, containers, projects, errors and the query flags.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

const QByteArray demo = SandboxSeed::demoGroupId.toLatin1();
const QByteArray peersPath = "/api/atlas/v2/groups/" + demo + "/peers";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject awsPeer(const QString &accountId = QStringLiteral("123456789012"),
                    const QString &vpcId = QStringLiteral("vpc-0123456789abcdef0"),
                    const QString &cidr = QStringLiteral("10.0.0.0/24"))
{
    return {{QStringLiteral("providerName"), QStringLiteral("AWS")},
            {QStringLiteral("containerId"), SandboxSeed::awsContainerId},
            {QStringLiteral("accepterRegionName"), QStringLiteral("us-east-1")},
            {QStringLiteral("awsAccountId"), accountId},
            {QStringLiteral("routeTableCidrBlock"), cidr},
            {QStringLiteral("vpcId"), vpcId}};
}

QJsonObject azurePeer(const QString &resourceGroup = QStringLiteral("my-rg"))
{
    return {{QStringLiteral("providerName"), QStringLiteral("AZURE")},
            {QStringLiteral("containerId"), SandboxSeed::azureContainerId},
            {QStringLiteral("azureDirectoryId"), QStringLiteral("3f8e2c1a-5b7d-4e9f-a1c2-d3e4f5a6b7c8")},
            {QStringLiteral("azureSubscriptionId"), QStringLiteral("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d")},
            {QStringLiteral("resourceGroupName"), resourceGroup},
            {QStringLiteral("vnetName"), QStringLiteral("my-vnet")}};
}

QJsonObject gcpPeer(const QString &networkName = QStringLiteral("default"))
{
    return {{QStringLiteral("providerName"), QStringLiteral("GCP")},
            {QStringLiteral("containerId"), SandboxSeed::gcpContainerId},
            {QStringLiteral("gcpProjectId"), QStringLiteral("my-gcp-project")},
            {QStringLiteral("networkName"), networkName}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QString statusOf(const QJsonObject &peer)
{
    return peer.contains(QStringLiteral("statusName")) ? peer.value(QStringLiteral("statusName")).toString()
                                                       : peer.value(QStringLiteral("status")).toString();
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxTestClient>(*m_server);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void createPeer_validBody_answers200WithInitialStatus_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("statusField");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("an AWS peer starts INITIATING") << awsPeer() << "statusName"
                                                       << "INITIATING"
                                                       << "errorStateName";
        QTest::newRow("an Azure peer starts ADDING_PEER") << azurePeer() << "status"
                                                          << "ADDING_PEER"
                                                          << "errorState";
        QTest::newRow("a GCP peer starts ADDING_PEER") << gcpPeer() << "status"
                                                       << "ADDING_PEER"
                                                       << "errorMessage";
    }

    void createPeer_validBody_answers200WithInitialStatus()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, statusField);
        QFETCH(QString, status);
        QFETCH(QString, errorField);
        const RawHttpResponse response = m_client->request("POST", peersPath, json(body));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("application/vnd.atlas.2023-01-01+json;charset=utf-8"));
        QCOMPARE(response.header("ratelimit-limit"), QByteArray("100"));
        QCOMPARE(response.header("ratelimit-remaining"), QByteArray("99"));
        const QJsonObject peer = response.json();
        QCOMPARE(peer.value(statusField).toString(), status);
        QVERIFY(peer.value(errorField).isNull());
        QVERIFY(QRegularExpression(QStringLiteral("^[a-f0-9]{24}$"))
                    .match(peer.value(QStringLiteral("id")).toString())
                    .hasMatch());
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() != QStringLiteral("accepterRegionName"))
                QCOMPARE(peer.value(it.key()), it.value());
        }
    }

    void createPeer_awsSameRegionAsContainer_returnsNullAccepterRegion()
    {
        const QJsonObject peer = m_client->request("POST", peersPath, json(awsPeer())).json();
        QVERIFY(peer.value(QStringLiteral("accepterRegionName")).isNull());
        QVERIFY(!peer.contains(QStringLiteral("connectionId"))); // not yet in AWS, so no pcx- id, not even null
        const QJsonObject crossRegion =
            with(awsPeer(QStringLiteral("210987654321"), QStringLiteral("vpc-0123456789abcdef0"),
                         QStringLiteral("10.1.0.0/24")),
                 QStringLiteral("accepterRegionName"), QStringLiteral("eu-west-1"));
        const QJsonObject other = m_client->request("POST", peersPath, json(crossRegion)).json();
        QCOMPARE(other.value(QStringLiteral("accepterRegionName")).toString(), QStringLiteral("eu-west-1"));
    }

    void createPeer_invalidRequest_answersAtlasError_data()
    {
        QTest::addColumn<QByteArray>("group");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        const QByteArray vnd = "application/vnd.atlas.2023-01-01+json";
        const QByteArray ro = SandboxSeed::readOnlyGroupId.toLatin1();
        const QString awsProvider = QStringLiteral("providerName");
        QTest::newRow("a group id that is not 24 hex is an invalid group")
            << QByteArray("not-a-group") << json(awsPeer()) << vnd << 404 << "INVALID_GROUP_ID";
        QTest::newRow("an unknown group is not found")
            << QByteArray("aaaaaaaaaaaaaaaaaaaaaaaa") << json(awsPeer()) << vnd << 404 << "GROUP_NOT_FOUND";
        QTest::newRow("a project without write role is forbidden")
            << ro << json(awsPeer()) << vnd << 403 << "USER_CANNOT_ACCESS_GROUP";
        QTest::newRow("a text/plain body is an unsupported media type")
            << demo << json(awsPeer()) << QByteArray("text/plain") << 415 << "UNSUPPORTED_MEDIA_TYPE";
        QTest::newRow("plain application/json is accepted like the versioned type")
            << demo << QByteArray("{") << QByteArray("application/json") << 400 << "MALFORMED_JSON";
        QTest::newRow("a body that is not JSON is malformed")
            << demo << QByteArray("providerName=AWS") << vnd << 400 << "MALFORMED_JSON";
        QTest::newRow("a JSON array is not the expected format")
            << demo << QByteArray("[]") << vnd << 400 << "INVALID_JSON";
        QTest::newRow("an unknown provider is an invalid provider")
            << demo << json(with(awsPeer(), awsProvider, QStringLiteral("ORACLE"))) << vnd << 400 << "INVALID_PROVIDER";
        QTest::newRow("a lower-case provider is an invalid provider")
            << demo << json(with(awsPeer(), awsProvider, QStringLiteral("aws"))) << vnd << 400 << "INVALID_PROVIDER";
        QTest::newRow("a missing provider is a validation error")
            << demo << json(with(awsPeer(), awsProvider, QJsonValue::Undefined)) << vnd << 400 << "VALIDATION_ERROR";
        QTest::newRow("an AWS account id of 11 digits is a validation error")
            << demo << json(awsPeer(QStringLiteral("12345678901"))) << vnd << 400 << "VALIDATION_ERROR";
        QTest::newRow("a route table without prefix is a validation error")
            << demo
            << json(awsPeer(QStringLiteral("123456789012"), QStringLiteral("vpc-0123456789abcdef0"),
                            QStringLiteral("10.0.0.1")))
            << vnd << 400 << "VALIDATION_ERROR";
        QTest::newRow("a public route table CIDR is an invalid route table CIDR")
            << demo
            << json(awsPeer(QStringLiteral("123456789012"), QStringLiteral("vpc-0123456789abcdef0"),
                            QStringLiteral("8.8.8.0/24")))
            << vnd << 400 << "INVALID_ROUTE_TABLE_CIDR";
        QTest::newRow("an Azure subscription that is not a UUID is a validation error")
            << demo << json(with(azurePeer(), QStringLiteral("azureSubscriptionId"), QStringLiteral("abc"))) << vnd
            << 400 << "VALIDATION_ERROR";
        QTest::newRow("a GCP network name with a leading hyphen is a validation error")
            << demo << json(gcpPeer(QStringLiteral("-bad"))) << vnd << 400 << "VALIDATION_ERROR";
        QTest::newRow("an unknown container is an unexpected server error")
            << demo << json(with(awsPeer(), QStringLiteral("containerId"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")))
            << vnd << 500 << "UNEXPECTED_ERROR";
        QTest::newRow("a container of another provider is an invalid attribute")
            << demo << json(with(awsPeer(), QStringLiteral("containerId"), SandboxSeed::gcpContainerId)) << vnd << 400
            << "INVALID_ATTRIBUTE";
        QTest::newRow("a route table inside the Atlas CIDR overlaps the Atlas CIDR")
            << demo
            << json(awsPeer(QStringLiteral("123456789012"), QStringLiteral("vpc-0123456789abcdef0"),
                            QStringLiteral("192.168.250.0/24")))
            << vnd << 409 << "OVERLAPPING_ATLAS_CIDR_BLOCK";
    }

    void createPeer_invalidRequest_answersAtlasError()
    {
        QFETCH(QByteArray, group);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        const RawHttpResponse response = m_client->request("POST", "/api/atlas/v2/groups/" + group + "/peers", body,
                                                           {{"Content-Type", contentType}});
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        const QJsonObject error = response.json();
        QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), errorCode);
        QCOMPARE(error.value(QStringLiteral("error")).toInt(), status);
        QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(error.value(QStringLiteral("parameters")).isArray());
    }

    void createPeer_secondPeerConflicts_answers409_data()
    {
        QTest::addColumn<QJsonObject>("first");
        QTest::addColumn<QJsonObject>("second");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("the same AWS account and VPC already exists")
            << awsPeer()
            << awsPeer(QStringLiteral("123456789012"), QStringLiteral("vpc-0123456789abcdef0"),
                       QStringLiteral("10.9.0.0/24"))
            << "PEER_ALREADY_EXISTS";
        QTest::newRow("the same Azure subscription and VNet already exists")
            << azurePeer() << azurePeer(QStringLiteral("other-rg")) << "PEER_ALREADY_EXISTS_AZURE";
        QTest::newRow("an Azure VNet name differing only in case is the same VNet")
            << azurePeer() << with(azurePeer(), QStringLiteral("vnetName"), QStringLiteral("My-VNet"))
            << "PEER_ALREADY_EXISTS_AZURE";
        QTest::newRow("the same GCP project and network already exists")
            << gcpPeer() << gcpPeer() << "PEER_ALREADY_EXISTS_GCP";
        QTest::newRow("a route table overlapping another peer's overlaps")
            << awsPeer()
            << awsPeer(QStringLiteral("210987654321"), QStringLiteral("vpc-abc12345"), QStringLiteral("10.0.0.0/16"))
            << "OVERLAPPING_CIDR_BLOCK";
    }

    void createPeer_secondPeerConflicts_answers409()
    {
        QFETCH(QJsonObject, first);
        QFETCH(QJsonObject, second);
        QFETCH(QString, errorCode);
        QCOMPARE(m_client->request("POST", peersPath, json(first)).status, 200);
        const RawHttpResponse response = m_client->request("POST", peersPath, json(second));
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), errorCode);
    }

    void createPeer_peerCreatedElsewhere_answersTheRealDuplicate409_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QJsonObject>("distinct");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("AWS") << awsPeer()
                             << awsPeer(QStringLiteral("210987654321"), QStringLiteral("vpc-abc12345"),
                                        QStringLiteral("10.1.0.0/24"))
                             << "PEER_ALREADY_EXISTS";
        QTest::newRow("Azure") << azurePeer()
                               << with(azurePeer(), QStringLiteral("vnetName"), QStringLiteral("other-vnet"))
                               << "PEER_ALREADY_EXISTS_AZURE";
        QTest::newRow("Google Cloud") << gcpPeer() << gcpPeer(QStringLiteral("other-network"))
                                      << "PEER_ALREADY_EXISTS_GCP";
    }

    void createPeer_peerCreatedElsewhere_answersTheRealDuplicate409()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QJsonObject, distinct);
        QFETCH(QString, errorCode);
        const QByteArray listPath =
            peersPath + "?providerName=" + body.value(QStringLiteral("providerName")).toString().toLatin1();
        // Injected before the first digest leg and a list: neither takes it, only the create it races.
        m_server->injectFault(SandboxFault::PeerCreatedElsewhere);
        QCOMPARE(m_client->request("GET", listPath).json().value(QStringLiteral("totalCount")).toInt(), 0);

        const RawHttpResponse response = m_client->request("POST", peersPath, json(body));
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), errorCode);

        // The peer the other user made is there, with the very fields of the refused request.
        const QJsonArray listed = m_client->request("GET", listPath).json().value(QStringLiteral("results")).toArray();
        QCOMPARE(listed.size(), 1);
        const QJsonObject elsewhere = listed.first().toObject();
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() != QStringLiteral("accepterRegionName")) // null for the container's own region
                QCOMPARE(elsewhere.value(it.key()), it.value());
        }

        // Once only: the next distinct peer is created as usual.
        QCOMPARE(m_client->request("POST", peersPath, json(distinct)).status, 200);
    }

    void createPeer_invalidWhilePeerCreatedElsewhere_keepsTheFaultForTheNextValidCreate()
    {
        m_server->injectFault(SandboxFault::PeerCreatedElsewhere);
        const RawHttpResponse invalid =
            m_client->request("POST", peersPath, json(with(awsPeer(), QStringLiteral("vpcId"), QStringLiteral("x"))));
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(m_client->request("POST", peersPath, json(awsPeer())).errorCode(),
                 QStringLiteral("PEER_ALREADY_EXISTS"));
    }

    void createPeer_magicValue_isCreatedElsewhereFirst_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("AWS account 409409409409") << awsPeer(QStringLiteral("409409409409")) << "PEER_ALREADY_EXISTS";
        QTest::newRow("an Azure VNet named taken…")
            << with(azurePeer(), QStringLiteral("vnetName"), QStringLiteral("taken-vnet"))
            << "PEER_ALREADY_EXISTS_AZURE";
        QTest::newRow("a Google Cloud network named taken…")
            << gcpPeer(QStringLiteral("taken-network")) << "PEER_ALREADY_EXISTS_GCP";
    }

    void createPeer_magicValue_isCreatedElsewhereFirst()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, errorCode);
        const QByteArray listQuery =
            "?providerName=" + body.value(QStringLiteral("providerName")).toString().toLatin1();
        const RawHttpResponse response = m_client->request("POST", peersPath, json(body));
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), errorCode);
        QCOMPARE(m_client->request("GET", peersPath + listQuery).json().value(QStringLiteral("totalCount")).toInt(), 1);
        // A value that merely looks alike is created as usual.
        const QJsonObject plain =
            body.contains(QStringLiteral("awsAccountId"))
                ? awsPeer(QStringLiteral("409409409408"), QStringLiteral("vpc-abc12345"), QStringLiteral("10.1.0.0/24"))
            : body.contains(QStringLiteral("vnetName"))
                ? with(body, QStringLiteral("vnetName"), QStringLiteral("mistaken-vnet"))
                : gcpPeer(QStringLiteral("mistaken-network"));
        QCOMPARE(m_client->request("POST", peersPath, json(plain)).status, 200);
    }

    void createPeer_fiftyPeersExist_answersPeerMaximumReached()
    {
        for (int i = 0; i < 50; ++i)
            QCOMPARE(m_client->request("POST", peersPath, json(gcpPeer(QStringLiteral("net-%1").arg(i)))).status, 200);
        const RawHttpResponse response = m_client->request("POST", peersPath, json(gcpPeer(QStringLiteral("net-x"))));
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), QStringLiteral("PEER_MAXIMUM_REACHED"));
    }

    void createPeer_manyBadFields_listsEveryViolation()
    {
        const QJsonObject body{{QStringLiteral("providerName"), QStringLiteral("AWS")},
                               {QStringLiteral("vpcId"), QStringLiteral("vpc-xyz")},
                               {QStringLiteral("routeTableCidrBlock"), QStringLiteral("10.0.0.1/24")}};
        const QJsonObject error = m_client->request("POST", peersPath, json(body)).json();
        QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), QStringLiteral("VALIDATION_ERROR"));
        QVERIFY(error.value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("The request content produced the validation error: ")));
        QStringList fields;
        for (const QJsonValue &violation :
             error.value(QStringLiteral("badRequestDetail")).toObject().value(QStringLiteral("fields")).toArray())
            fields.append(violation.toObject().value(QStringLiteral("field")).toString());
        QCOMPARE(fields, (QStringList{QStringLiteral("accepterRegionName"), QStringLiteral("awsAccountId"),
                                      QStringLiteral("containerId"), QStringLiteral("routeTableCidrBlock"),
                                      QStringLiteral("vpcId")}));
    }

    void createPeer_legacyEightHexVpcId_isAccepted()
    {
        QCOMPARE(m_client
                     ->request("POST", peersPath,
                               json(awsPeer(QStringLiteral("123456789012"), QStringLiteral("vpc-7b64b41e"))))
                     .status,
                 200);
    }

    void rateLimit_emptyBucket_answers429WithRetryAfter()
    {
        m_server->setRateLimit(2, 6);
        QCOMPARE(m_client->request("POST", peersPath, json(gcpPeer(QStringLiteral("net-a")))).status, 200);
        QCOMPARE(m_client->request("POST", peersPath, json(gcpPeer(QStringLiteral("net-b")))).status, 200);
        const RawHttpResponse response = m_client->request("POST", peersPath, json(gcpPeer(QStringLiteral("net-c"))));
        QCOMPARE(response.status, 429);
        QCOMPARE(response.errorCode(), QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"));
        const int retryAfter = response.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, response.header("retry-after").constData());
        const QJsonArray parameters = response.json().value(QStringLiteral("parameters")).toArray();
        QCOMPARE(parameters.size(), 5);
        QVERIFY(parameters.at(0).isString());
        QCOMPARE(parameters.at(1).toInt(), retryAfter);
        QCOMPARE(parameters.at(2).toInt(), 2);
        QCOMPARE(parameters.at(3).toInt(), 6);
        QCOMPARE(parameters.at(4).toInt(), 60);
        QCOMPARE(m_client->request("GET", peersPath).status, 200); // reads are not limited
    }

    void accept_unsupportedOrMissingVersion_answers406_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("a future version date is not supported")
            << QByteArray("application/vnd.atlas.2099-01-01+json") << "INVALID_VERSION_DATE";
        QTest::newRow("plain JSON names no version") << QByteArray("application/json") << "INVALID_ACCEPT_HEADER";
        QTest::newRow("a wildcard names no version") << QByteArray("*/*") << "INVALID_ACCEPT_HEADER";
    }

    void accept_unsupportedOrMissingVersion_answers406()
    {
        QFETCH(QByteArray, accept);
        QFETCH(QString, errorCode);
        const RawHttpResponse response = m_client->request("GET", peersPath, {}, {{"Accept", accept}});
        QCOMPARE(response.status, 406);
        QCOMPARE(response.errorCode(), errorCode);
    }

    void accept_listNamingSupportedVersion_isAccepted()
    {
        QCOMPARE(m_client
                     ->request("GET", peersPath, {},
                               {{"Accept", "application/json, application/vnd.atlas.2023-01-01+json;q=0.9"}})
                     .status,
                 200);
    }

    void envelope_singleResource_wrapsStatusAndContent()
    {
        const RawHttpResponse response = m_client->request("POST", peersPath + "?envelope=true", json(gcpPeer()));
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(body.value(QStringLiteral("content")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ADDING_PEER"));
    }

    void envelope_error_answers200WithRealStatusInside()
    {
        const RawHttpResponse response =
            m_client->request("GET", peersPath + "/aaaaaaaaaaaaaaaaaaaaaaaa?envelope=true");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(
            response.json().value(QStringLiteral("content")).toObject().value(QStringLiteral("errorCode")).toString(),
            QStringLiteral("PEER_NOT_FOUND"));
    }

    void envelope_paginatedList_addsStatusToListObject()
    {
        const QJsonObject body = m_client->request("GET", peersPath + "?envelope=true").json();
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(body.value(QStringLiteral("results")).isArray());
        QVERIFY(!body.contains(QStringLiteral("content")));
    }

    void pretty_true_indentsJson()
    {
        const QByteArray compact = m_client->request("GET", "/api/atlas/v2/groups/" + demo).body;
        const QByteArray pretty = m_client->request("GET", "/api/atlas/v2/groups/" + demo + "?pretty=true").body;
        QVERIFY(!compact.contains('\n'));
        QVERIFY(pretty.contains("\n    \""));
        QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(compact));
    }

    void statusProgression_overTime_followsProviderTimeline_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("AWS waits for acceptance, then finalizes")
            << awsPeer() << QStringList{"INITIATING", "PENDING_ACCEPTANCE", "FINALIZING", "AVAILABLE"};
        QTest::newRow("Azure becomes available") << azurePeer() << QStringList{"ADDING_PEER", "AVAILABLE"};
        QTest::newRow("GCP waits for the user, then becomes available")
            << gcpPeer() << QStringList{"ADDING_PEER", "WAITING_FOR_USER", "AVAILABLE"};
        QTest::newRow("AWS account 000000000000 is rejected")
            << awsPeer(QStringLiteral("000000000000")) << QStringList{"INITIATING", "PENDING_ACCEPTANCE", "FAILED"};
        QTest::newRow("an Azure resource group starting with fail fails")
            << azurePeer(QStringLiteral("fail-rg")) << QStringList{"ADDING_PEER", "FAILED"};
        QTest::newRow("a GCP network starting with fail fails")
            << gcpPeer(QStringLiteral("fail-net")) << QStringList{"ADDING_PEER", "FAILED"};
    }

    void statusProgression_overTime_followsProviderTimeline()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, expected);
        // One read per status step of the frozen clock: no state can be skipped, however loaded the machine.
        SandboxClock &clock = *m_server->clock();
        clock.freeze();
        const int stepMs = 3000;
        m_server->setStatusStepMs(stepMs);
        const QJsonObject created = m_client->request("POST", peersPath, json(body)).json();
        const QByteArray peerPath = peersPath + '/' + created.value(QStringLiteral("id")).toString().toLatin1();
        QStringList seen{statusOf(created)};
        QJsonObject last = created;
        for (int step = 0; step < 10 && seen.last() != expected.last(); ++step) {
            clock.advance(stepMs - 1);
            last = m_client->request("GET", peerPath).json();
            QCOMPARE(statusOf(last), seen.last()); // a status lasts a whole step, not a millisecond less
            clock.advance(1);
            last = m_client->request("GET", peerPath).json();
            if (seen.last() != statusOf(last))
                seen.append(statusOf(last));
        }
        QCOMPARE(seen, expected);
        if (expected.last() == QStringLiteral("FAILED")) {
            const QJsonValue error =
                last.value(QStringLiteral("errorStateName"))
                    .toString(last.value(QStringLiteral("errorState"))
                                  .toString(last.value(QStringLiteral("errorMessage")).toString()));
            QVERIFY2(!error.toString().isEmpty(), json(last).constData());
        }
        if (body.value(QStringLiteral("providerName")) == QStringLiteral("AWS")) {
            static const QRegularExpression pcx(QStringLiteral("^pcx-[0-9a-f]{17}$"));
            QVERIFY(pcx.match(last.value(QStringLiteral("connectionId")).toString()).hasMatch());
        }
        if (expected.last() == QStringLiteral("FAILED") &&
            body.value(QStringLiteral("providerName")) == QStringLiteral("AWS"))
            QCOMPARE(last.value(QStringLiteral("errorStateName")).toString(), QStringLiteral("REJECTED"));
    }

    void deletePeer_existing_terminatesThenDisappears()
    {
        m_server->clock()->freeze();
        m_server->setStatusStepMs(500);
        const QString id =
            m_client->request("POST", peersPath, json(awsPeer())).json().value(QStringLiteral("id")).toString();
        const QByteArray peerPath = peersPath + '/' + id.toLatin1();
        const RawHttpResponse accepted = m_client->request("DELETE", peerPath);
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.json(), QJsonObject());
        QCOMPARE(m_client->request("GET", peerPath).json().value(QStringLiteral("statusName")).toString(),
                 QStringLiteral("TERMINATING"));
        QCOMPARE(m_client->request("DELETE", peerPath).errorCode(), QStringLiteral("PEER_ALREADY_REQUESTED_DELETION"));
        m_server->clock()->advance(499);
        QCOMPARE(m_client->request("GET", peerPath).json().value(QStringLiteral("statusName")).toString(),
                 QStringLiteral("TERMINATING"));
        m_server->clock()->advance(1);
        const RawHttpResponse gone = m_client->request("GET", peerPath);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorCode(), QStringLiteral("PEER_NOT_FOUND"));
        QCOMPARE(m_client->request("GET", peersPath).json().value(QStringLiteral("totalCount")).toInt(), 0);
    }

    void getPeer_malformedId_answersInvalidPeerId()
    {
        const RawHttpResponse response = m_client->request("GET", peersPath + "/xyz");
        QCOMPARE(response.status, 404);
        QCOMPARE(response.errorCode(), QStringLiteral("INVALID_PEER_ID"));
    }

    void listPeers_providerName_filtersAndDefaultsToAws()
    {
        QCOMPARE(m_client->request("POST", peersPath, json(awsPeer())).status, 200);
        QCOMPARE(m_client->request("POST", peersPath, json(azurePeer())).status, 200);
        const QJsonObject aws = m_client->request("GET", peersPath).json();
        QCOMPARE(aws.value(QStringLiteral("totalCount")).toInt(), 1);
        QCOMPARE(aws.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("providerName"))
                     .toString(),
                 QStringLiteral("AWS"));
        const QJsonObject azure = m_client->request("GET", peersPath + "?providerName=Azure").json();
        QCOMPARE(azure.value(QStringLiteral("totalCount")).toInt(), 1);
        QCOMPARE(m_client->request("GET", peersPath + "?providerName=GCP")
                     .json()
                     .value(QStringLiteral("totalCount"))
                     .toInt(),
                 0);
    }

    void seedPeers_manyPerProvider_listsThemAllAsValidPeers()
    {
        QCOMPARE(m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 500).size(), 500);
        QCOMPARE(m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Azure, 60).size(), 60);
        QCOMPARE(m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 3).size(), 3);
        const QJsonObject aws = m_client->request("GET", peersPath + "?providerName=AWS&itemsPerPage=500").json();
        QCOMPARE(aws.value(QStringLiteral("totalCount")).toInt(), 500);
        const QJsonArray results = aws.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 500);
        QSet<QString> vpcs;
        for (const QJsonValue &peer : results) {
            const QJsonObject object = peer.toObject();
            QCOMPARE(object.value(QStringLiteral("containerId")).toString(), SandboxSeed::awsContainerId);
            QVERIFY(QRegularExpression(QStringLiteral("^vpc-[0-9a-f]{17}$"))
                        .match(object.value(QStringLiteral("vpcId")).toString())
                        .hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{12}$"))
                        .match(object.value(QStringLiteral("awsAccountId")).toString())
                        .hasMatch());
            vpcs.insert(object.value(QStringLiteral("vpcId")).toString());
        }
        QCOMPARE(vpcs.size(), 500);
        QCOMPARE(m_client->request("GET", peersPath + "?providerName=AZURE&itemsPerPage=500")
                     .json()
                     .value(QStringLiteral("totalCount"))
                     .toInt(),
                 60);
        QCOMPARE(m_client->request("GET", peersPath + "?providerName=GCP")
                     .json()
                     .value(QStringLiteral("totalCount"))
                     .toInt(),
                 3);
        // Seeding is past the cap; the API itself still enforces it.
        QCOMPARE(m_client->request("POST", peersPath, json(gcpPeer(QStringLiteral("net-after-seed")))).errorCode(),
                 QStringLiteral("PEER_MAXIMUM_REACHED"));
    }

    void seedProjects_eachHasAContainerPerProvider_andTakesPeersOnItsOwn()
    {
        const QStringList ids = m_server->seedProjects(2);
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("5f0a1b2c3d4e5f6a7b8c0001"), QStringLiteral("5f0a1b2c3d4e5f6a7b8c0002")}));
        // A second call goes on numbering instead of repeating ids.
        QCOMPARE(m_server->seedProjects(1), QStringList{QStringLiteral("5f0a1b2c3d4e5f6a7b8c0003")});
        QCOMPARE(m_client->request("GET", "/api/atlas/v2/groups").json().value(QStringLiteral("totalCount")).toInt(),
                 5);
        const QByteArray second = ids.at(1).toLatin1();
        const QJsonObject group = m_client->request("GET", "/api/atlas/v2/groups/" + second).json();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("Sandbox Project 2"));
        const QJsonObject all = m_client->request("GET", "/api/atlas/v2/groups/" + second + "/containers/all").json();
        QSet<QString> containers;
        for (const QJsonValue &container : all.value(QStringLiteral("results")).toArray())
            containers.insert(container.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(containers,
                 (QSet<QString>{QStringLiteral("64b0aa00020000000000a001"), QStringLiteral("64b0aa00020000000000b002"),
                                QStringLiteral("64b0aa00020000000000c003")}));
        QCOMPARE(SandboxServer::seededContainerId(2, Provider::Gcp), QStringLiteral("64b0aa00020000000000c003"));

        // The same networks in two projects are two peerings, not a conflict; each project counts its own.
        const QByteArray secondPeers = "/api/atlas/v2/groups/" + second + "/peers";
        QCOMPARE(m_client->request("POST", peersPath, json(awsPeer())).status, 200);
        QCOMPARE(m_client
                     ->request("POST", secondPeers,
                               json(with(awsPeer(), QStringLiteral("containerId"),
                                         SandboxServer::seededContainerId(2, Provider::Aws))))
                     .status,
                 200);
        // Another project's container is unknown here, as in Atlas.
        QCOMPARE(m_client->request("POST", secondPeers, json(gcpPeer())).status, 500);
        QCOMPARE(m_client->request("GET", secondPeers).json().value(QStringLiteral("totalCount")).toInt(), 1);
        QCOMPARE(m_client->request("GET", peersPath).json().value(QStringLiteral("totalCount")).toInt(), 1);
    }

    void listGroups_pagination_honoursItemsPerPageAndPageNum()
    {
        const QJsonObject page = m_client->request("GET", "/api/atlas/v2/groups?itemsPerPage=1&pageNum=2").json();
        QCOMPARE(page.value(QStringLiteral("totalCount")).toInt(), 2);
        const QJsonArray results = page.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(QStringLiteral("id")).toString(), SandboxSeed::readOnlyGroupId);
        QStringList rels;
        for (const QJsonValue &link : page.value(QStringLiteral("links")).toArray())
            rels.append(link.toObject().value(QStringLiteral("rel")).toString());
        QCOMPARE(rels, (QStringList{QStringLiteral("self"), QStringLiteral("previous")}));
        const QJsonObject uncounted =
            m_client->request("GET", "/api/atlas/v2/groups?includeCount=false&pageNum=0").json();
        QVERIFY(!uncounted.contains(QStringLiteral("totalCount")));
        QCOMPARE(uncounted.value(QStringLiteral("results")).toArray().size(), 2);
    }

    void getGroup_seeded_returnsProject()
    {
        const QJsonObject group = m_client->request("GET", "/api/atlas/v2/groups/" + demo).json();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), SandboxSeed::demoGroupName);
        QCOMPARE(group.value(QStringLiteral("orgId")).toString(), SandboxSeed::orgId);
    }

    void listContainers_seeded_returnsOnePerProvider_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("containerId");
        QTest::addColumn<QString>("cidr");
        QTest::newRow("AWS is the default provider")
            << QByteArray("") << SandboxSeed::awsContainerId << "192.168.248.0/21";
        QTest::newRow("Azure in the CLI's mixed case")
            << QByteArray("?providerName=Azure") << SandboxSeed::azureContainerId << "192.168.0.0/21";
        QTest::newRow("GCP") << QByteArray("?providerName=GCP") << SandboxSeed::gcpContainerId << "10.8.0.0/18";
    }

    void listContainers_seeded_returnsOnePerProvider()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, containerId);
        QFETCH(QString, cidr);
        const QJsonArray results = m_client->request("GET", "/api/atlas/v2/groups/" + demo + "/containers" + query)
                                       .json()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(QStringLiteral("id")).toString(), containerId);
        QCOMPARE(results.first().toObject().value(QStringLiteral("atlasCidrBlock")).toString(), cidr);
        const QJsonObject single =
            m_client->request("GET", "/api/atlas/v2/groups/" + demo + "/containers/" + containerId.toLatin1()).json();
        QCOMPARE(single.value(QStringLiteral("id")).toString(), containerId);
    }

    void listAllContainers_seeded_returnsAllThree()
    {
        const QJsonObject all = m_client->request("GET", "/api/atlas/v2/groups/" + demo + "/containers/all").json();
        QCOMPARE(all.value(QStringLiteral("totalCount")).toInt(), 3);
    }

    void createContainer_body_answersAtlasRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        auto aws = [](const QString &region, const QString &cidr) {
            return QJsonObject{{QStringLiteral("providerName"), QStringLiteral("AWS")},
                               {QStringLiteral("regionName"), region},
                               {QStringLiteral("atlasCidrBlock"), cidr}};
        };
        auto gcp = [](const QString &cidr, const QJsonArray &regions) {
            QJsonObject body{{QStringLiteral("providerName"), QStringLiteral("GCP")},
                             {QStringLiteral("atlasCidrBlock"), cidr}};
            if (!regions.isEmpty())
                body.insert(QStringLiteral("regions"), regions);
            return body;
        };
        QTest::newRow("an AWS /22 in a new region is created") << aws("EU_WEST_1", "10.2.0.0/22") << 200 << QString();
        QTest::newRow("an AWS container in a region that has one already exists")
            << aws("US_EAST_1", "10.2.0.0/22") << 409 << "CONTAINER_ALREADY_EXISTS";
        QTest::newRow("an AWS /20 is too large")
            << aws("EU_WEST_1", "10.2.0.0/20") << 400 << "ATLAS_INVALID_CIDR_BLOCK";
        QTest::newRow("a public block is outside the private range")
            << aws("EU_WEST_1", "8.8.0.0/22") << 400 << "ATLAS_INVALID_CIDR_RANGE";
        QTest::newRow("host bits make a block non-canonical")
            << aws("EU_WEST_1", "10.2.0.1/22") << 400 << "ATLAS_NON_CANONICAL_CIDR_BLOCK";
        QTest::newRow("text that is no CIDR is invalid") << aws("EU_WEST_1", "ten/22") << 400 << "INVALID_CIDR_BLOCK";
        QTest::newRow("a second GCP container already exists")
            << gcp("10.64.0.0/18", {}) << 409 << "CONTAINER_ALREADY_EXISTS";
        QTest::newRow("a GCP /20 without regions is invalid")
            << gcp("10.64.0.0/20", {}) << 400 << "ATLAS_INVALID_CIDR_BLOCK";
        QTest::newRow("a GCP /18 with regions is too large for a small container")
            << gcp("10.64.0.0/18", QJsonArray{QStringLiteral("CENTRAL_US")}) << 400
            << "ATLAS_INVALID_CIDR_BLOCK_FOR_SMALL_CONTAINER";
    }

    void createContainer_body_answersAtlasRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        const RawHttpResponse response =
            m_client->request("POST", "/api/atlas/v2/groups/" + demo + "/containers", json(body));
        QCOMPARE(response.status, status);
        if (errorCode.isEmpty())
            QCOMPARE(response.json().value(QStringLiteral("provisioned")).toBool(), false);
        else
            QCOMPARE(response.errorCode(), errorCode);
    }

    void unknownPath_underApi_answersResourceNotFound()
    {
        const RawHttpResponse response = m_client->request("GET", "/api/atlas/v2/clusters");
        QCOMPARE(response.status, 404);
        QCOMPARE(response.errorCode(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void wrongMethod_onPeerCollection_answers405WithAllow()
    {
        const RawHttpResponse response = m_client->request("PUT", peersPath, json(awsPeer()));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), QByteArray("GET, POST"));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "TestSandboxApi.moc"
