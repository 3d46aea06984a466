// SPDX-License-Identifier: GPL-3.0-or-later
// The clusters of the sandbox, over raw HTTP with digest: the three media-type versions, paging, and private
// connection strings that exist only while the cluster's container has an AVAILABLE peering.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

const QByteArray demo = SandboxSeed::demoGroupId.toLatin1();
const QByteArray clustersPath = "/api/atlas/v2/groups/" + demo + "/clusters";
const QByteArray peersPath = "/api/atlas/v2/groups/" + demo + "/peers";

QByteArray accept(const QString &version)
{
    return "application/vnd.atlas." + version.toLatin1() + "+json";
}

/// A peering the sandbox accepts in the demo project's container of `provider`.
QByteArray peerBody(Provider provider)
{
    QJsonObject body;
    switch (provider) {
    case Provider::Aws:
        body = {{QStringLiteral("containerId"), SandboxSeed::awsContainerId},
                {QStringLiteral("accepterRegionName"), QStringLiteral("us-east-1")},
                {QStringLiteral("awsAccountId"), QStringLiteral("123456789012")},
                {QStringLiteral("routeTableCidrBlock"), QStringLiteral("10.0.0.0/24")},
                {QStringLiteral("vpcId"), QStringLiteral("vpc-0123456789abcdef0")}};
        break;
    case Provider::Azure:
        body = {{QStringLiteral("containerId"), SandboxSeed::azureContainerId},
                {QStringLiteral("azureDirectoryId"), QStringLiteral("3f8e2c1a-5b7d-4e9f-a1c2-d3e4f5a6b7c8")},
                {QStringLiteral("azureSubscriptionId"), QStringLiteral("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d")},
                {QStringLiteral("resourceGroupName"), QStringLiteral("my-rg")},
                {QStringLiteral("vnetName"), QStringLiteral("my-vnet")}};
        break;
    case Provider::Gcp:
        body = {{QStringLiteral("containerId"), SandboxSeed::gcpContainerId},
                {QStringLiteral("gcpProjectId"), QStringLiteral("my-gcp-project")},
                {QStringLiteral("networkName"), QStringLiteral("default")}};
        break;
    }
    body.insert(QStringLiteral("providerName"), providerWireName(provider));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString peerStatus(const QJsonObject &peer)
{
    return peer.value(QStringLiteral("statusName")).toString(peer.value(QStringLiteral("status")).toString());
}

QJsonObject byName(const QJsonArray &clusters, const QString &name)
{
    for (const QJsonValue &cluster : clusters) {
        if (cluster.toObject().value(QStringLiteral("name")).toString() == name)
            return cluster.toObject();
    }
    return {};
}

QJsonObject connectionStringsOf(const QJsonObject &cluster)
{
    return cluster.value(QStringLiteral("connectionStrings")).toObject();
}

} // namespace

class TestSandboxClusters : public QObject
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

    void list_eachVersion_answersThatVersionsShape_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("2024-08-05") << "2024-08-05";
        QTest::newRow("2023-02-01") << "2023-02-01";
        QTest::newRow("2023-01-01 (legacy)") << "2023-01-01";
    }

    void list_eachVersion_answersThatVersionsShape()
    {
        QFETCH(QString, version);
        const RawHttpResponse response = m_client->request("GET", clustersPath, {}, {{"Accept", accept(version)}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray(accept(version) + ";charset=utf-8"));
        QCOMPARE(response.json().value(QStringLiteral("totalCount")).toInt(), 3);
        const QJsonArray clusters = response.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(clusters.size(), 3);

        const struct
        {
            QString name;
            QString id;
            QString provider;
            QString region;
        } expected[] = {
            {SandboxSeed::awsClusterName, SandboxSeed::awsClusterId, "AWS", SandboxSeed::awsRegionName},
            {SandboxSeed::azureClusterName, SandboxSeed::azureClusterId, "AZURE", SandboxSeed::azureRegion},
            {SandboxSeed::gcpClusterName, SandboxSeed::gcpClusterId, "GCP", SandboxSeed::gcpRegion},
        };
        for (const auto &want : expected) {
            const QJsonObject cluster = byName(clusters, want.name);
            QVERIFY2(!cluster.isEmpty(), qPrintable(want.name));
            checkShape(cluster, version, want.provider, want.region);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(cluster.value(QStringLiteral("id")).toString(), want.id);
            // The single cluster is the very object the list holds.
            const RawHttpResponse single =
                m_client->request("GET", clustersPath + '/' + want.name.toLatin1(), {}, {{"Accept", accept(version)}});
            QCOMPARE(single.status, 200);
            QCOMPARE(single.header("content-type"), QByteArray(accept(version) + ";charset=utf-8"));
            QCOMPARE(single.json(), cluster);
        }
        const QJsonObject aws = byName(clusters, SandboxSeed::awsClusterName);
        QCOMPARE(connectionStringsOf(aws).value(QStringLiteral("standardSrv")).toString(),
                 QStringLiteral("mongodb+srv://demo-aws.ab1cd.mongodb.net"));
        QVERIFY(connectionStringsOf(aws)
                    .value(QStringLiteral("standard"))
                    .toString()
                    .startsWith(QStringLiteral("mongodb://demo-aws-shard-00-00.ab1cd.mongodb.net:27017,")));
    }

    void get_unknownName_answersClusterNotFound()
    {
        const RawHttpResponse response =
            m_client->request("GET", clustersPath + "/nope", {}, {{"Accept", accept(QStringLiteral("2024-08-05"))}});
        QCOMPARE(response.status, 404);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(response.errorCode(), QStringLiteral("CLUSTER_NOT_FOUND"));
        QCOMPARE(response.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("No cluster named nope exists in group %1.").arg(SandboxSeed::demoGroupId));
        QCOMPARE(response.json().value(QStringLiteral("parameters")).toArray(),
                 (QJsonArray{QStringLiteral("nope"), SandboxSeed::demoGroupId}));
    }

    void accept_unsupportedVersion_answers406ListingTheClusterVersions_data()
    {
        QTest::addColumn<QByteArray>("acceptHeader");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("a future date") << QByteArray("application/vnd.atlas.2099-01-01+json") << "INVALID_VERSION_DATE";
        QTest::newRow("a date between versions")
            << QByteArray("application/vnd.atlas.2023-06-01+json") << "INVALID_VERSION_DATE";
        QTest::newRow("no version") << QByteArray("application/json") << "INVALID_ACCEPT_HEADER";
    }

    void accept_unsupportedVersion_answers406ListingTheClusterVersions()
    {
        QFETCH(QByteArray, acceptHeader);
        QFETCH(QString, errorCode);
        const RawHttpResponse response = m_client->request("GET", clustersPath, {}, {{"Accept", acceptHeader}});
        QCOMPARE(response.status, 406);
        QCOMPARE(response.errorCode(), errorCode);
        const QString detail = response.json().value(QStringLiteral("detail")).toString();
        if (errorCode == QStringLiteral("INVALID_VERSION_DATE"))
            QVERIFY2(detail.endsWith(QStringLiteral("supported: 2024-08-05, 2023-02-01, 2023-01-01.")),
                     qPrintable(detail));
        else
            QVERIFY2(detail.contains(QStringLiteral("application/vnd.atlas.2024-08-05+json")), qPrintable(detail));
    }

    void accept_severalVersions_picksByQualityThenNewest_data()
    {
        QTest::addColumn<QByteArray>("acceptHeader");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("equal preference: the newest")
            << QByteArray("application/vnd.atlas.2023-01-01+json, application/vnd.atlas.2024-08-05+json")
            << "2024-08-05";
        QTest::newRow("a lower q loses")
            << QByteArray("application/vnd.atlas.2024-08-05+json;q=0.5, application/vnd.atlas.2023-02-01+json")
            << "2023-02-01";
        QTest::newRow("an unknown date beside a known one")
            << QByteArray("application/vnd.atlas.2099-01-01+json, application/vnd.atlas.2023-01-01+json")
            << "2023-01-01";
        QTest::newRow("q=0 refuses a version")
            << QByteArray("application/vnd.atlas.2024-08-05+json;q=0, application/vnd.atlas.2023-02-01+json;q=0.1")
            << "2023-02-01";
    }

    void accept_severalVersions_picksByQualityThenNewest()
    {
        QFETCH(QByteArray, acceptHeader);
        QFETCH(QString, chosen);
        const RawHttpResponse response = m_client->request("GET", clustersPath, {}, {{"Accept", acceptHeader}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray(accept(chosen) + ";charset=utf-8"));
    }

    void list_manyClusters_pagesWithLinks()
    {
        for (int i = 0; i < 4; ++i)
            m_server->addCluster(SandboxSeed::demoGroupId, QStringLiteral("extra-%1").arg(i), Provider::Aws,
                                 QStringLiteral("EU_WEST_1"));
        QStringList names;
        const QList<int> sizes{3, 3, 1};
        for (int page = 1; page <= 3; ++page) {
            const QJsonObject body =
                m_client
                    ->request("GET", clustersPath + "?itemsPerPage=3&pageNum=" + QByteArray::number(page), {},
                              {{"Accept", accept(QStringLiteral("2024-08-05"))}})
                    .json();
            QCOMPARE(body.value(QStringLiteral("totalCount")).toInt(), 7);
            const QJsonArray results = body.value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), sizes.at(page - 1));
            for (const QJsonValue &cluster : results)
                names.append(cluster.toObject().value(QStringLiteral("name")).toString());
            QStringList rels;
            for (const QJsonValue &link : body.value(QStringLiteral("links")).toArray())
                rels.append(link.toObject().value(QStringLiteral("rel")).toString());
            QCOMPARE(rels.contains(QStringLiteral("next")), page < 3);
            QCOMPARE(rels.contains(QStringLiteral("previous")), page > 1);
        }
        QCOMPARE(names,
                 (QStringList{"demo-aws", "demo-azure", "demo-gcp", "extra-0", "extra-1", "extra-2", "extra-3"}));
        // Other projects hold none of them.
        const QByteArray readOnly = "/api/atlas/v2/groups/" + SandboxSeed::readOnlyGroupId.toLatin1() + "/clusters";
        QCOMPARE(m_client->request("GET", readOnly, {}, {{"Accept", accept(QStringLiteral("2024-08-05"))}})
                     .json()
                     .value(QStringLiteral("totalCount"))
                     .toInt(),
                 0);
    }

    void privateStrings_appearOnlyWhileThePeeringIsAvailable_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("cluster");
        QTest::newRow("AWS") << Provider::Aws << SandboxSeed::awsClusterName;
        QTest::newRow("Azure") << Provider::Azure << SandboxSeed::azureClusterName;
        QTest::newRow("Google Cloud") << Provider::Gcp << SandboxSeed::gcpClusterName;
    }

    void privateStrings_appearOnlyWhileThePeeringIsAvailable()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, cluster);
        SandboxClock &clock = *m_server->clock();
        clock.freeze();
        const int stepMs = 1000;
        m_server->setStatusStepMs(stepMs);
        m_server->setRequireAcceptance(true); // AWS and Google Cloud wait for the cloud-side step
        QCOMPARE(privateStrings(cluster), QStringLiteral("absent"));

        const QJsonObject created = m_client->request("POST", peersPath, peerBody(provider)).json();
        const QString peerId = created.value(QStringLiteral("id")).toString();
        const QByteArray peerPath = peersPath + '/' + peerId.toLatin1();
        QString status = peerStatus(created);
        QStringList seen{status};
        for (int step = 0; step < 8 && status != QStringLiteral("AVAILABLE"); ++step) {
            QCOMPARE(privateStrings(cluster), QStringLiteral("absent"));
            if (status == QStringLiteral("PENDING_ACCEPTANCE") || status == QStringLiteral("WAITING_FOR_USER")) {
                // Waiting on the user: no private string however long it waits.
                clock.advance(3 * stepMs);
                QCOMPARE(privateStrings(cluster), QStringLiteral("absent"));
                QVERIFY(m_server->acceptPeer(SandboxSeed::demoGroupId, peerId));
                // Accepted is not yet AVAILABLE: one more step (FINALIZING for AWS).
                QCOMPARE(privateStrings(cluster), QStringLiteral("absent"));
            }
            clock.advance(stepMs);
            status = peerStatus(m_client->request("GET", peerPath).json());
            if (seen.last() != status)
                seen.append(status);
        }
        QCOMPARE(status, QStringLiteral("AVAILABLE"));
        QVERIFY2(seen.size() >= 2, qPrintable(seen.join(QLatin1Char(' '))));

        for (const QString &version :
             {QStringLiteral("2024-08-05"), QStringLiteral("2023-02-01"), QStringLiteral("2023-01-01")}) {
            const QJsonObject strings = connectionStringsOf(
                m_client->request("GET", clustersPath + '/' + cluster.toLatin1(), {}, {{"Accept", accept(version)}})
                    .json());
            QCOMPARE(strings.value(QStringLiteral("privateSrv")).toString(),
                     QStringLiteral("mongodb+srv://%1-pri.ab1cd.mongodb.net").arg(cluster));
            QVERIFY2(
                strings.value(QStringLiteral("private"))
                    .toString()
                    .startsWith(QStringLiteral("mongodb://%1-shard-00-00-pri.ab1cd.mongodb.net:27017,").arg(cluster)),
                qPrintable(strings.value(QStringLiteral("private")).toString()));
        }
        // Only the cluster of that cloud: the others' containers have no peering.
        for (const QString &other :
             {SandboxSeed::awsClusterName, SandboxSeed::azureClusterName, SandboxSeed::gcpClusterName}) {
            if (other != cluster)
                QCOMPARE(privateStrings(other), QStringLiteral("absent"));
        }

        // Deleting the peering takes them away at once, while it terminates.
        QCOMPARE(m_client->request("DELETE", peerPath).status, 202);
        QCOMPARE(privateStrings(cluster), QStringLiteral("absent"));
    }

    void privateStrings_failedPeering_neverAppear()
    {
        SandboxClock &clock = *m_server->clock();
        clock.freeze();
        m_server->setStatusStepMs(1000);
        QJsonObject body = QJsonDocument::fromJson(peerBody(Provider::Azure)).object();
        body.insert(QStringLiteral("resourceGroupName"), QStringLiteral("fail-rg"));
        const QJsonObject created =
            m_client->request("POST", peersPath, QJsonDocument(body).toJson(QJsonDocument::Compact)).json();
        clock.advance(5000);
        const QByteArray peerPath = peersPath + '/' + created.value(QStringLiteral("id")).toString().toLatin1();
        QCOMPARE(peerStatus(m_client->request("GET", peerPath).json()), QStringLiteral("FAILED"));
        QCOMPARE(privateStrings(SandboxSeed::azureClusterName), QStringLiteral("absent"));
    }

    void privateStrings_clusterOutsideThePeeredContainer_haveNone()
    {
        // A cluster in a region where the project has no container, beside an AVAILABLE peering in US_EAST_1.
        m_server->addCluster(SandboxSeed::demoGroupId, QStringLiteral("eu-aws"), Provider::Aws,
                             QStringLiteral("EU_WEST_1"));
        m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 1);
        QCOMPARE(privateStrings(SandboxSeed::awsClusterName), QStringLiteral("present"));
        QCOMPARE(privateStrings(QStringLiteral("eu-aws")), QStringLiteral("absent"));
        // Google Cloud containers span regions: a cluster in any region shares the one peering.
        m_server->addCluster(SandboxSeed::demoGroupId, QStringLiteral("eu-gcp"), Provider::Gcp,
                             QStringLiteral("WESTERN_EUROPE"));
        QCOMPARE(privateStrings(QStringLiteral("eu-gcp")), QStringLiteral("absent"));
        m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 1);
        QCOMPARE(privateStrings(QStringLiteral("eu-gcp")), QStringLiteral("present"));
    }

    void wrongMethod_clustersAreReadOnly()
    {
        const RawHttpResponse response =
            m_client->request("POST", clustersPath, "{}", {{"Accept", accept(QStringLiteral("2024-08-05"))}});
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), QByteArray("GET"));
    }

private:
    /// "present" or "absent", or what is wrong with the answer.
    QString privateStrings(const QString &cluster)
    {
        const RawHttpResponse response = m_client->request("GET", clustersPath + '/' + cluster.toLatin1(), {},
                                                           {{"Accept", accept(QStringLiteral("2024-08-05"))}});
        const QJsonObject strings = connectionStringsOf(response.json());
        if (response.status != 200 || !strings.contains(QStringLiteral("standardSrv")))
            return QStringLiteral("no cluster %1: %2").arg(cluster, QString::fromUtf8(response.body));
        // Both keys come and go together, and are absent rather than empty or null.
        const bool hasPrivate = strings.value(QStringLiteral("private")).isString();
        const bool hasPrivateSrv = strings.value(QStringLiteral("privateSrv")).isString();
        if (hasPrivate != hasPrivateSrv || (!hasPrivate && strings.size() != 2))
            return QStringLiteral("inconsistent connection strings of %1: %2")
                .arg(cluster, QString::fromUtf8(QJsonDocument(strings).toJson(QJsonDocument::Compact)));
        return hasPrivate ? QStringLiteral("present") : QStringLiteral("absent");
    }

    void checkShape(const QJsonObject &cluster, const QString &version, const QString &provider, const QString &region)
    {
        QCOMPARE(cluster.value(QStringLiteral("groupId")).toString(), SandboxSeed::demoGroupId);
        QCOMPARE(cluster.value(QStringLiteral("stateName")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(cluster.value(QStringLiteral("clusterType")).toString(), QStringLiteral("REPLICASET"));
        const QJsonObject strings = connectionStringsOf(cluster);
        QVERIFY(strings.contains(QStringLiteral("standard")));
        QVERIFY(strings.contains(QStringLiteral("standardSrv")));
        QVERIFY(!strings.contains(QStringLiteral("private"))); // no peering yet
        QVERIFY(!strings.contains(QStringLiteral("privateSrv")));
        const QJsonObject spec = cluster.value(QStringLiteral("replicationSpecs")).toArray().first().toObject();
        if (version == QStringLiteral("2023-01-01")) {
            const QJsonObject settings = cluster.value(QStringLiteral("providerSettings")).toObject();
            QCOMPARE(settings.value(QStringLiteral("providerName")).toString(), provider);
            QCOMPARE(settings.value(QStringLiteral("regionName")).toString(), region);
            QCOMPARE(settings.value(QStringLiteral("instanceSizeName")).toString(), QStringLiteral("M10"));
            QCOMPARE(spec.value(QStringLiteral("regionsConfig")).toObject().keys(), QStringList{region});
            QVERIFY(!spec.contains(QStringLiteral("regionConfigs")));
            QCOMPARE(cluster.value(QStringLiteral("srvAddress")), strings.value(QStringLiteral("standardSrv")));
            return;
        }
        QVERIFY(!cluster.contains(QStringLiteral("providerSettings")));
        const QJsonArray regionConfigs = spec.value(QStringLiteral("regionConfigs")).toArray();
        QCOMPARE(regionConfigs.size(), 1);
        const QJsonObject regionConfig = regionConfigs.first().toObject();
        QCOMPARE(regionConfig.value(QStringLiteral("providerName")).toString(), provider);
        QCOMPARE(regionConfig.value(QStringLiteral("regionName")).toString(), region);
        QCOMPARE(regionConfig.value(QStringLiteral("priority")).toInt(), 7);
        const QJsonObject electable = regionConfig.value(QStringLiteral("electableSpecs")).toObject();
        QCOMPARE(electable.value(QStringLiteral("instanceSize")).toString(), QStringLiteral("M10"));
        QCOMPARE(electable.value(QStringLiteral("nodeCount")).toInt(), 3);
        // 2024-08-05 describes each shard on its own and moves the disk size into the hardware specs.
        const bool newest = version == QStringLiteral("2024-08-05");
        QCOMPARE(spec.contains(QStringLiteral("numShards")), !newest);
        QCOMPARE(electable.contains(QStringLiteral("diskSizeGB")), newest);
        QCOMPARE(cluster.contains(QStringLiteral("diskSizeGB")), !newest);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxClusters)
#include "TestSandboxClusters.moc"
