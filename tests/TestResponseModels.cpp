// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ApiError.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QJsonDocument>
#include <QTest>

using namespace PeeringDesk;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(json), &error).object();
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return object;
}

} // namespace

class TestResponseModels : public QObject
{
    Q_OBJECT

private slots:
    void peering_aws_readsStatusNameAndNullRegion()
    {
        const auto peering = Peering::fromJson(parse(R"({
            "id":"65b0c1d2e3f405162738495a","providerName":"AWS","containerId":"65a1b2c3d4e5f60718293a4b",
            "accepterRegionName":null,"awsAccountId":"012345678901","routeTableCidrBlock":"10.0.0.0/16",
            "vpcId":"vpc-0123456789abcdef0","statusName":"PENDING_ACCEPTANCE","errorStateName":null,
            "connectionId":"pcx-0a1b2c3d4e5f60718"})"));
        QVERIFY(peering);
        QCOMPARE(peering->id(), QStringLiteral("65b0c1d2e3f405162738495a"));
        QCOMPARE(peering->provider(), Provider::Aws);
        QCOMPARE(peering->status(), QStringLiteral("PENDING_ACCEPTANCE"));
        QCOMPARE(peering->phase(), Peering::Phase::NeedsUserAction);
        QCOMPARE(peering->connectionId(), QStringLiteral("pcx-0a1b2c3d4e5f60718"));
        QVERIFY(peering->errorState().isEmpty());
        QVERIFY(peering->accepterRegionIsContainerRegion());
        QCOMPARE(peering->json().value("awsAccountId").toString(), QStringLiteral("012345678901"));
    }

    void peering_awsConnectionId_absentOrNull_readAlike_data()
    {
        QTest::addColumn<QByteArray>("connectionId");
        QTest::newRow("left out") << QByteArray();
        QTest::newRow("null") << QByteArray(R"(,"connectionId":null)");
    }

    void peering_awsConnectionId_absentOrNull_readAlike()
    {
        // Before the request reaches AWS there is no pcx- id; an answer may leave the key out or send null.
        QFETCH(QByteArray, connectionId);
        QByteArray json = R"({"id":"65b0c1d2e3f405162738495a","providerName":"AWS","statusName":"INITIATING")";
        json += connectionId + '}';
        const auto peering = Peering::fromJson(parse(json.constData()));
        QVERIFY(peering);
        QVERIFY(peering->connectionId().isEmpty());
        QCOMPARE(peering->phase(), Peering::Phase::InProgress);
    }

    void container_atlasNetworkId_absentOrNull_readAlike_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray aws = R"({"id":"64b0aa00000000000000a0ff","providerName":"AWS","regionName":"EU_WEST_1")";
        const QByteArray azure = R"({"id":"64b0aa00000000000000b0ff","providerName":"AZURE","region":"EUROPE_WEST")";
        QTest::newRow("AWS, vpcId left out") << aws + '}';
        QTest::newRow("AWS, vpcId null") << aws + R"(,"vpcId":null})";
        QTest::newRow("Azure, azureSubscriptionId left out") << azure + R"(,"vnetName":null})";
        QTest::newRow("Azure, azureSubscriptionId null") << azure + R"(,"azureSubscriptionId":null,"vnetName":null})";
    }

    void container_atlasNetworkId_absentOrNull_readAlike()
    {
        // A container without a cluster or peer has no Atlas VPC or VNet yet; an answer may leave its id out or send
        // null.
        QFETCH(QByteArray, json);
        const auto container = Container::fromJson(parse(json.constData()));
        QVERIFY(container);
        QVERIFY(container->vpcId.isEmpty());
        QVERIFY(container->azureSubscriptionId.isEmpty());
        QVERIFY(container->vnetName.isEmpty());
        QVERIFY(!container->regionName.isEmpty());
    }

    void peering_azureFailed_readsErrorState()
    {
        const auto peering = Peering::fromJson(parse(R"({"id":"65b0c1d2e3f405162738495b","providerName":"AZURE",
            "status":"FAILED","errorState":"The service principal lacks the Network Contributor role."})"));
        QVERIFY(peering);
        QCOMPARE(peering->provider(), Provider::Azure);
        QCOMPARE(peering->phase(), Peering::Phase::Failed);
        QCOMPARE(peering->errorState(), QStringLiteral("The service principal lacks the Network Contributor role."));
        QVERIFY(!peering->accepterRegionIsContainerRegion());
    }

    void peering_gcpWithoutProviderName_isInferred()
    {
        const auto peering = Peering::fromJson(parse(R"({"id":"65b0c1d2e3f405162738495c","gcpProjectId":"p",
            "networkName":"default","status":"WAITING_FOR_USER","errorMessage":null})"));
        QVERIFY(peering);
        QCOMPARE(peering->provider(), Provider::Gcp);
        QCOMPARE(peering->phase(), Peering::Phase::NeedsUserAction);
    }

    void peering_unknownStatusAndExtraFields_areTolerated()
    {
        const auto peering = Peering::fromJson(parse(R"({"id":"65b0c1d2e3f405162738495d","providerName":"AWS",
            "statusName":"QUANTUM_ENTANGLED","somethingNew":{"nested":[1,2,3]}})"));
        QVERIFY(peering);
        QCOMPARE(peering->status(), QStringLiteral("QUANTUM_ENTANGLED"));
        QCOMPARE(peering->phase(), Peering::Phase::Unknown);
        QVERIFY(peering->json().contains("somethingNew"));
    }

    void peering_withoutId_isRejectedWithAReason()
    {
        QString reason;
        QVERIFY(!Peering::fromJson(parse(R"({"results":[]})"), &reason));
        QVERIFY(reason.contains("id"));
    }

    void apiError_readsEveryField()
    {
        const auto error = ApiError::fromJson(parse(R"({"detail":"The request content produced the validation error.",
            "error":400,"errorCode":"VALIDATION_ERROR","reason":"Bad Request","parameters":["vpcId",3,true,null],
            "badRequestDetail":{"fields":[{"field":"vpcId","description":"must match"},
                                          {"field":"awsAccountId","description":"must be 12 digits"}]}})"));
        QVERIFY(error);
        QCOMPARE(error->error(), 400);
        QCOMPARE(error->errorCode(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(error->reason(), QStringLiteral("Bad Request"));
        QCOMPARE(error->detail(), QStringLiteral("The request content produced the validation error."));
        QCOMPARE(error->parametersText(), QStringLiteral("vpcId, 3, true, null"));
        QCOMPARE(error->fieldViolations().size(), 2);
        QCOMPARE(error->fieldViolations().at(1), (FieldViolation{"awsAccountId", "must be 12 digits"}));
    }

    void apiError_nullDetailReasonAndBadRequestDetail_areTolerated()
    {
        const auto error = ApiError::fromJson(parse(
            R"({"error":500,"errorCode":"UNEXPECTED_ERROR","detail":null,"reason":null,"badRequestDetail":null})"));
        QVERIFY(error);
        QVERIFY(error->detail().isEmpty());
        QVERIFY(error->reason().isEmpty());
        QVERIFY(error->fieldViolations().isEmpty());
    }

    void apiError_rateLimitParameters_mixStringsAndNumbers()
    {
        const auto error = ApiError::fromJson(parse(R"({"error":429,"errorCode":"RATE_LIMITED_TOKEN_BUCKET",
            "parameters":["api/atlas/v2/orgs",55,10,5,60],"reason":"Too Many Requests"})"));
        QVERIFY(error);
        QCOMPARE(error->parametersText(), QStringLiteral("api/atlas/v2/orgs, 55, 10, 5, 60"));
    }

    void apiError_unrelatedJson_isNotAnApiError()
    {
        QVERIFY(!ApiError::fromJson(parse(R"({"error":"invalid_client"})")));
        QVERIFY(!ApiError::fromJson(parse(R"({"message":"Bad gateway"})")));
    }
};

QTEST_GUILESS_MAIN(TestResponseModels)
#include "TestResponseModels.moc"
