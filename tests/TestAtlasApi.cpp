// SPDX-License-Identifier: GPL-3.0-or-later
// The typed Atlas API against the sandbox over loopback with Digest: every operation's value, its Atlas errors, every
// page of a list, Retry-After waits, answers that do not decode, and cancellation.
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "api/AtlasApi.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"

#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

const QString unknownGroupId = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d99");

template <typename T>
using Start = std::function<AtlasCall *(QObject *context, AtlasCallback<T> done)>;

/// Starts a call, waits for its report, and gives the result only when the call kept its promises: exactly one
/// callback, then exactly one finished(), then it deleted itself.
template <typename T>
std::optional<AtlasResult<T>> resultOf(const Start<T> &start, int timeoutMs = 10000)
{
    QObject context;
    std::optional<AtlasResult<T>> result;
    int reports = 0;
    int finishes = 0;
    const QPointer<AtlasCall> call = start(&context, [&](const AtlasResult<T> &answer) {
        ++reports;
        result = answer;
    });
    QObject::connect(call, &AtlasCall::finished, &context, [&] {
        ++finishes;
        QCOMPARE(reports, 1); // the value is there before finished() says so
    });
    if (!QTest::qWaitFor([&] { return reports > 0; }, timeoutMs)) {
        qWarning() << "no report within" << timeoutMs << "ms";
        return std::nullopt;
    }
    QTest::qWait(50); // a second report would arrive here
    if (reports != 1 || finishes != 1 || call) {
        qWarning() << "reports" << reports << "finishes" << finishes << "still alive" << !call.isNull();
        return std::nullopt;
    }
    return result;
}

/// A loopback server that answers each connection's first request with 200 and `body`, labelled as Atlas JSON: for
/// well-formed answers Atlas (and the sandbox) never give, such as a container without an id.
std::unique_ptr<QTcpServer> cannedServer(const QByteArray &body)
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost)) {
        return nullptr;
    }
    QTcpServer *raw = server.get();
    QObject::connect(raw, &QTcpServer::newConnection, raw, [raw, body] {
        while (QTcpSocket *socket = raw->nextPendingConnection()) {
            auto answered = std::make_shared<bool>(false);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, body, answered] {
                socket->readAll();
                if (*answered) {
                    return;
                }
                *answered = true;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + QByteArray(AtlasClient::mediaType) +
                              "\r\nContent-Length: " + QByteArray::number(body.size()) +
                              "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return server;
}

/// A loopback server that refuses the newest clusters version with Atlas's 406 and answers any other with one
/// legacy-shaped cluster: an Atlas (for Government, say) that does not serve 2024-08-05 yet. Records every Accept.
std::unique_ptr<QTcpServer> olderClustersServer(QStringList *accepts)
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost)) {
        return nullptr;
    }
    QTcpServer *raw = server.get();
    QObject::connect(raw, &QTcpServer::newConnection, raw, [raw, accepts] {
        while (QTcpSocket *socket = raw->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, accepts] {
                const QByteArray request = socket->readAll();
                const qsizetype at = request.toLower().indexOf("\r\naccept: ");
                const QByteArray accept = request.mid(at + 10, request.indexOf("\r\n", at + 2) - at - 10).trimmed();
                accepts->append(QString::fromLatin1(accept));
                QByteArray status = "200 OK";
                QByteArray body =
                    R"({"results":[{"name":"legacy","stateName":"IDLE","providerSettings":{"providerName":"AWS","regionName":"US_EAST_1"},"connectionStrings":{"privateSrv":"mongodb+srv://legacy-pri.ab1cd.mongodb.net"}}],"totalCount":1,"links":[]})";
                if (accept.contains("2024-08-05")) {
                    status = "406 Not Acceptable";
                    body =
                        R"({"error":406,"errorCode":"INVALID_VERSION_DATE","reason":"Not Acceptable","detail":"The version 2024-08-05 is not supported.","parameters":["2024-08-05"]})";
                }
                socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return server;
}

} // namespace

class TestAtlasApi : public QObject
{
    Q_OBJECT

private:
    TestSupport::SandboxApiSetup m_setup;

    QString createAwsPeering(const QString &account = QStringLiteral("012345678901"))
    {
        AtlasReply *reply = m_setup.client->createPeering(
            PeeringRequest(SandboxSeed::demoGroupId,
                           AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-east-1"), account,
                                             QStringLiteral("10.10.0.0/16"), QStringLiteral("vpc-0123456789abcdef0")}));
        QSignalSpy spy(reply, &AtlasReply::finished);
        spy.wait(5000);
        reply->deleteLater();
        return reply->json().toObject().value(QLatin1String("id")).toString();
    }

    template <typename T>
    static void verifyAtlasError(const AtlasResult<T> &result, int status, const QString &errorCode)
    {
        QVERIFY(!result.isOk());
        QCOMPARE(result.failure().kind(), RequestFailure::Kind::Api);
        QCOMPARE(result.failure().httpStatus(), status);
        QVERIFY(result.failure().apiError());
        QCOMPARE(result.failure().apiError()->errorCode(), errorCode);
    }

private slots:
    void init() { QVERIFY(m_setup.start()); }

    void cleanup() { m_setup.stop(); }

    // ---- projects ----

    void listProjects_sandbox_returnsBothProjectsWithTheirFields()
    {
        const auto result = resultOf<QList<Project>>([this](QObject *context, AtlasCallback<QList<Project>> done) {
            return m_setup.api->listProjects(context, done);
        });
        QVERIFY(result);
        QVERIFY(result->isOk());
        const QList<Project> projects = result->value();
        QCOMPARE(projects.size(), 2);
        QCOMPARE(projects.first().id, SandboxSeed::demoGroupId);
        QCOMPARE(projects.first().name, SandboxSeed::demoGroupName);
        QCOMPARE(projects.first().orgId, SandboxSeed::orgId);
        QCOMPARE(projects.last().id, SandboxSeed::readOnlyGroupId);
    }

    void listProjects_plainTextAnswer_failsInsteadOfAnEmptyList()
    {
        m_setup.sandbox->injectFault(SandboxFault::NonJsonSuccess, "GET");
        const auto result = resultOf<QList<Project>>([this](QObject *context, AtlasCallback<QList<Project>> done) {
            return m_setup.api->listProjects(context, done);
        });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::InvalidResponse);
    }

    void testConnection_sandboxKey_countsTheProjectsInOneRequest()
    {
        QSignalSpy handled(m_setup.sandbox, &SandboxServer::requestHandled);
        const auto result = resultOf<int>(
            [this](QObject *context, AtlasCallback<int> done) { return m_setup.api->testConnection(context, done); });
        QVERIFY(result);
        QVERIFY(result->isOk());
        QCOMPARE(result->value(), 2);
        // The digest challenge, then one signed GET /groups with one project per page.
        QCOMPARE(handled.last().at(2).toInt(), 200);
        QCOMPARE(handled.last().at(1).toString(), QStringLiteral("/api/atlas/v2/groups"));
    }

    void testConnection_wrongKey_failsAsAuthentication()
    {
        m_setup.client->setCredentials(Credentials::apiKey(m_setup.sandbox->publicKey(), QStringLiteral("wrong")));
        const auto result = resultOf<int>(
            [this](QObject *context, AtlasCallback<int> done) { return m_setup.api->testConnection(context, done); });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::Authentication);
        QCOMPARE(result->failure().httpStatus(), 401);
    }

    void testConnection_proxyPage_failsAsHttp502()
    {
        m_setup.sandbox->injectFault(SandboxFault::HtmlBadGateway, "GET");
        const auto result = resultOf<int>(
            [this](QObject *context, AtlasCallback<int> done) { return m_setup.api->testConnection(context, done); });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::Http);
        QCOMPARE(result->failure().httpStatus(), 502);
    }

    // ---- containers ----

    void listContainers_eachProvider_returnsOnlyThatProvidersContainer_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("cidr");
        QTest::newRow("AWS") << Provider::Aws << SandboxSeed::awsContainerId << SandboxSeed::awsRegionName
                             << SandboxSeed::awsAtlasCidrBlock;
        QTest::newRow("Azure") << Provider::Azure << SandboxSeed::azureContainerId << SandboxSeed::azureRegion
                               << SandboxSeed::azureAtlasCidrBlock;
        QTest::newRow("Google Cloud") << Provider::Gcp << SandboxSeed::gcpContainerId << SandboxSeed::gcpRegion
                                      << SandboxSeed::gcpAtlasCidrBlock;
    }

    void listContainers_eachProvider_returnsOnlyThatProvidersContainer()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, id);
        QFETCH(QString, region);
        QFETCH(QString, cidr);
        const auto result = resultOf<QList<Container>>([&](QObject *context, AtlasCallback<QList<Container>> done) {
            return m_setup.api->listContainers(SandboxSeed::demoGroupId, provider, context, done);
        });
        QVERIFY(result);
        QVERIFY(result->isOk());
        QCOMPARE(result->value().size(), 1);
        const Container &container = result->value().first();
        QCOMPARE(container.id, id);
        QCOMPARE(container.provider, provider);
        QCOMPARE(container.regionName, region);
        QCOMPARE(container.atlasCidrBlock, cidr);
    }

    void createContainer_newRegion_returnsTheContainerAtlasMade()
    {
        ContainerRequest request;
        request.provider = Provider::Aws;
        request.region = QStringLiteral("EU_WEST_1");
        request.atlasCidrBlock = QStringLiteral("10.0.0.0/21");
        QVERIFY(request.isValid());
        const auto created = resultOf<Container>([&](QObject *context, AtlasCallback<Container> done) {
            return m_setup.api->createContainer(SandboxSeed::demoGroupId, request, context, done);
        });
        QVERIFY(created);
        QVERIFY2(created->isOk(), qPrintable(created->isOk() ? QString() : created->failure().message()));
        QVERIFY(!created->value().id.isEmpty());
        QCOMPARE(created->value().provider, Provider::Aws);
        QCOMPARE(created->value().regionName, QStringLiteral("EU_WEST_1"));
        QCOMPARE(created->value().atlasCidrBlock, QStringLiteral("10.0.0.0/21"));

        const auto listed = resultOf<QList<Container>>([&](QObject *context, AtlasCallback<QList<Container>> done) {
            return m_setup.api->listContainers(SandboxSeed::demoGroupId, Provider::Aws, context, done);
        });
        QVERIFY(listed && listed->isOk());
        QCOMPARE(listed->value().size(), 2);
        QCOMPARE(listed->value().last().id, created->value().id);
    }

    void createContainer_readOnlyProject_reportsTheAtlasError()
    {
        ContainerRequest request;
        request.provider = Provider::Aws;
        request.region = QStringLiteral("EU_WEST_1");
        request.atlasCidrBlock = QStringLiteral("10.0.0.0/21");
        const auto result = resultOf<Container>([&](QObject *context, AtlasCallback<Container> done) {
            return m_setup.api->createContainer(SandboxSeed::readOnlyGroupId, request, context, done);
        });
        QVERIFY(result);
        verifyAtlasError(*result, 403, QStringLiteral("USER_CANNOT_ACCESS_GROUP"));
    }

    void createContainer_answerWithoutId_failsAsInvalidResponse()
    {
        const auto server = cannedServer(R"({"providerName":"AWS","regionName":"EU_WEST_1","provisioned":false})");
        QVERIFY(server);
        m_setup.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort())));
        ContainerRequest request;
        request.region = QStringLiteral("EU_WEST_1");
        request.atlasCidrBlock = QStringLiteral("10.0.0.0/21");
        const auto result = resultOf<Container>([&](QObject *context, AtlasCallback<Container> done) {
            return m_setup.api->createContainer(SandboxSeed::demoGroupId, request, context, done);
        });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::InvalidResponse);
        QCOMPARE(result->failure().httpStatus(), 200);
        QVERIFY2(result->failure().detail().contains(QLatin1String("container")),
                 qPrintable(result->failure().detail()));
        QVERIFY(result->failure().detail().contains(QLatin1String("no id")));
    }

    // ---- access list and clusters ----

    void accessList_add_listsIt_andItsStatusGoesFromPendingToActive()
    {
        m_setup.sandbox->setStatusStepMs(100);
        m_setup.sandbox->clock()->freeze(); // the entry stays PENDING until the test moves time on
        const AccessListRequest request({QStringLiteral("10.20.0.0/16")}, QStringLiteral("api test"));
        const auto added =
            resultOf<QList<AccessListEntry>>([&](QObject *context, AtlasCallback<QList<AccessListEntry>> done) {
                return m_setup.api->addToAccessList(SandboxSeed::demoGroupId, request, context, done);
            });
        QVERIFY(added && added->isOk());
        QVERIFY(AccessListRequest::coveringEntry(QStringLiteral("10.20.0.0/16"), added->value()));

        const auto listed =
            resultOf<QList<AccessListEntry>>([&](QObject *context, AtlasCallback<QList<AccessListEntry>> done) {
                return m_setup.api->listAccessList(SandboxSeed::demoGroupId, context, done);
            });
        QVERIFY(listed && listed->isOk());
        const auto entry = AccessListRequest::coveringEntry(QStringLiteral("10.20.0.0/16"), listed->value());
        QVERIFY(entry);
        QCOMPARE(entry->comment, QStringLiteral("api test"));

        // The "/" travels as %2F: a path that splits the CIDR would find no entry.
        auto status = [&] {
            return resultOf<AccessListEntry::Status>(
                [&](QObject *context, AtlasCallback<AccessListEntry::Status> done) {
                    return m_setup.api->accessListStatus(SandboxSeed::demoGroupId, QStringLiteral("10.20.0.0/16"),
                                                         context, done);
                });
        };
        const auto first = status();
        QVERIFY(first && first->isOk());
        QCOMPARE(first->value(), AccessListEntry::Status::Pending);
        m_setup.sandbox->clock()->advance(101);
        const auto later = status();
        QVERIFY(later && later->isOk());
        QCOMPARE(later->value(), AccessListEntry::Status::Active);
    }

    void accessList_badNotation_reportsAtlasValidation()
    {
        // The app's own rules would refuse this; Atlas is the last line, and its answer must come through whole.
        const AccessListRequest request({QStringLiteral("10.20.0.300/16")}, QString());
        const auto added =
            resultOf<QList<AccessListEntry>>([&](QObject *context, AtlasCallback<QList<AccessListEntry>> done) {
                return m_setup.api->addToAccessList(SandboxSeed::demoGroupId, request, context, done);
            });
        QVERIFY(added);
        verifyAtlasError(*added, 400, QStringLiteral("INVALID_IP_ADDRESS_OR_CIDR_NOTATION"));
    }

    void listClusters_newestVersion_placesEachDemoCluster()
    {
        const auto listed = resultOf<QList<Cluster>>([&](QObject *context, AtlasCallback<QList<Cluster>> done) {
            return m_setup.api->listClusters(SandboxSeed::demoGroupId, context, done);
        });
        QVERIFY(listed && listed->isOk());
        QVERIFY(listed->value().size() >= 3);
        bool aws = false;
        for (const Cluster &cluster : listed->value()) {
            aws = aws || cluster.isIn(Provider::Aws, SandboxSeed::awsRegionName);
            QVERIFY2(!cluster.hasPrivateStrings(), "no peering is AVAILABLE yet");
            QVERIFY(!cluster.standardSrv.isEmpty());
        }
        QVERIFY(aws);
    }

    void listClusters_olderAtlas_fallsBackToAVersionItServes()
    {
        QStringList accepts;
        const auto server = olderClustersServer(&accepts);
        QVERIFY(server);
        m_setup.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort())));
        const auto listed = resultOf<QList<Cluster>>([&](QObject *context, AtlasCallback<QList<Cluster>> done) {
            return m_setup.api->listClusters(SandboxSeed::demoGroupId, context, done);
        });
        QVERIFY(listed && listed->isOk());
        QCOMPARE(listed->value().size(), 1);
        QVERIFY(listed->value().first().isIn(Provider::Aws, QStringLiteral("US_EAST_1")));
        QCOMPARE(listed->value().first().privateSrv, QStringLiteral("mongodb+srv://legacy-pri.ab1cd.mongodb.net"));
        QVERIFY2(accepts.size() >= 2, qPrintable(accepts.join(u'|')));
        QVERIFY(accepts.first().contains(QLatin1String("2024-08-05")));
        QVERIFY(accepts.last().contains(QLatin1String("2023-02-01")));
    }

    // ---- peerings ----

    void listPeerings_1100Peers_readsEveryPageAndDecodesEveryOne()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 1100);
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 3);
        int pages = 0;
        connect(m_setup.sandbox, &SandboxServer::requestHandled, this,
                [&pages](const QString &method, const QString &path, int status) {
                    pages += method == QLatin1String("GET") && path.endsWith(QLatin1String("/peers")) && status == 200;
                });
        const auto result = resultOf<QList<Peering>>([&](QObject *context, AtlasCallback<QList<Peering>> done) {
            return m_setup.api->listPeerings(SandboxSeed::demoGroupId, Provider::Aws, context, done);
        });
        QVERIFY(result);
        QVERIFY(result->isOk());
        QCOMPARE(result->value().size(), 1100);
        QCOMPARE(pages, 3);
        QSet<QString> ids;
        for (const Peering &peering : result->value()) {
            QCOMPARE(peering.provider(), Provider::Aws);
            ids.insert(peering.id());
        }
        QCOMPARE(ids.size(), 1100);
    }

    void listPeerings_azure_listsAzureOnly()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 4);
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Azure, 2);
        const auto result = resultOf<QList<Peering>>([&](QObject *context, AtlasCallback<QList<Peering>> done) {
            return m_setup.api->listPeerings(SandboxSeed::demoGroupId, Provider::Azure, context, done);
        });
        QVERIFY(result && result->isOk());
        QCOMPARE(result->value().size(), 2);
        QCOMPARE(result->value().first().provider(), Provider::Azure);
    }

    void listPeerings_retryAfter_relaysTheWaitAndStillListsEverything()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 5);
        m_setup.sandbox->throttlePeerReads(1, 1);
        QObject context;
        std::optional<AtlasResult<QList<Peering>>> result;
        AtlasCall *call =
            m_setup.api->listPeerings(SandboxSeed::demoGroupId, Provider::Aws, &context,
                                      [&](const AtlasResult<QList<Peering>> &answer) { result = answer; });
        QSignalSpy waiting(call, &AtlasCall::waiting);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().first().toInt(), 1);
        QVERIFY(result->isOk());
        QCOMPARE(result->value().size(), 5);
    }

    void listPeerings_itemWithoutId_failsAsInvalidResponseNamingTheItem()
    {
        const auto server = cannedServer(R"({"results":[{"id":"64b0aa0000000000000000a1","statusName":"AVAILABLE",)"
                                         R"("providerName":"AWS"},{"statusName":"AVAILABLE"}],"totalCount":2,)"
                                         R"("links":[]})");
        QVERIFY(server);
        m_setup.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort())));
        const auto result = resultOf<QList<Peering>>([&](QObject *context, AtlasCallback<QList<Peering>> done) {
            return m_setup.api->listPeerings(SandboxSeed::demoGroupId, Provider::Aws, context, done);
        });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::InvalidResponse);
        QVERIFY2(result->failure().detail().contains(QLatin1String("peering 2")),
                 qPrintable(result->failure().detail()));
    }

    void getPeering_created_returnsItsStatusAndProvider()
    {
        const QString id = createAwsPeering();
        QVERIFY(!id.isEmpty());
        const auto result = resultOf<Peering>([&](QObject *context, AtlasCallback<Peering> done) {
            return m_setup.api->getPeering(SandboxSeed::demoGroupId, id, context, done);
        });
        QVERIFY(result);
        QVERIFY(result->isOk());
        QCOMPARE(result->value().id(), id);
        QCOMPARE(result->value().provider(), Provider::Aws);
        QCOMPARE(result->value().containerId(), SandboxSeed::awsContainerId);
        QVERIFY(!result->value().status().isEmpty());
    }

    void getPeering_unknownPeer_reportsPeerNotFound()
    {
        const auto result = resultOf<Peering>([&](QObject *context, AtlasCallback<Peering> done) {
            return m_setup.api->getPeering(SandboxSeed::demoGroupId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"),
                                           context, done);
        });
        QVERIFY(result);
        verifyAtlasError(*result, 404, QStringLiteral("PEER_NOT_FOUND"));
    }

    void getPeering_jsonCutInHalf_failsAsInvalidResponse()
    {
        const QString id = createAwsPeering();
        m_setup.sandbox->injectFault(SandboxFault::TruncatedJson, "GET");
        const auto result = resultOf<Peering>([&](QObject *context, AtlasCallback<Peering> done) {
            return m_setup.api->getPeering(SandboxSeed::demoGroupId, id, context, done);
        });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::InvalidResponse);
    }

    void getPeering_answerWithoutId_failsAsInvalidResponse()
    {
        const auto server = cannedServer(R"({"statusName":"AVAILABLE","providerName":"AWS"})");
        QVERIFY(server);
        m_setup.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort())));
        const auto result = resultOf<Peering>([&](QObject *context, AtlasCallback<Peering> done) {
            return m_setup.api->getPeering(SandboxSeed::demoGroupId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"),
                                           context, done);
        });
        QVERIFY(result);
        QVERIFY(!result->isOk());
        QCOMPARE(result->failure().kind(), RequestFailure::Kind::InvalidResponse);
        QVERIFY(result->failure().detail().contains(QLatin1String("peering")));
    }

    void deletePeering_twiceThenUnknown_countsAlreadyGoingAndGoneAsDone()
    {
        const QString id = createAwsPeering();
        QVERIFY(!id.isEmpty());
        auto remove = [&](const QString &peerId) {
            return resultOf<PeeringDeletion>([&](QObject *context, AtlasCallback<PeeringDeletion> done) {
                return m_setup.api->deletePeering(SandboxSeed::demoGroupId, peerId, context, done);
            });
        };
        const auto first = remove(id);
        QVERIFY(first && first->isOk());
        QCOMPARE(first->value(), PeeringDeletion::Accepted);
        const auto second = remove(id);
        QVERIFY(second && second->isOk());
        QCOMPARE(second->value(), PeeringDeletion::AlreadyRequested);
        const auto unknown = remove(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"));
        QVERIFY(unknown && unknown->isOk());
        QCOMPARE(unknown->value(), PeeringDeletion::AlreadyGone);
    }

    void deletePeering_readOnlyProject_reportsTheAtlasError()
    {
        const auto result = resultOf<PeeringDeletion>([&](QObject *context, AtlasCallback<PeeringDeletion> done) {
            return m_setup.api->deletePeering(SandboxSeed::readOnlyGroupId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"),
                                              context, done);
        });
        QVERIFY(result);
        verifyAtlasError(*result, 403, QStringLiteral("USER_CANNOT_ACCESS_GROUP"));
    }

    // ---- an unknown project, for every operation that names one ----

    void unknownProject_everyOperation_reportsGroupNotFound()
    {
        const auto containers = resultOf<QList<Container>>([&](QObject *context, AtlasCallback<QList<Container>> done) {
            return m_setup.api->listContainers(unknownGroupId, Provider::Aws, context, done);
        });
        QVERIFY(containers);
        verifyAtlasError(*containers, 404, QStringLiteral("GROUP_NOT_FOUND"));

        ContainerRequest request;
        request.region = QStringLiteral("EU_WEST_1");
        request.atlasCidrBlock = QStringLiteral("10.0.0.0/21");
        const auto created = resultOf<Container>([&](QObject *context, AtlasCallback<Container> done) {
            return m_setup.api->createContainer(unknownGroupId, request, context, done);
        });
        QVERIFY(created);
        verifyAtlasError(*created, 404, QStringLiteral("GROUP_NOT_FOUND"));

        const auto peerings = resultOf<QList<Peering>>([&](QObject *context, AtlasCallback<QList<Peering>> done) {
            return m_setup.api->listPeerings(unknownGroupId, Provider::Gcp, context, done);
        });
        QVERIFY(peerings);
        verifyAtlasError(*peerings, 404, QStringLiteral("GROUP_NOT_FOUND"));

        const auto peering = resultOf<Peering>([&](QObject *context, AtlasCallback<Peering> done) {
            return m_setup.api->getPeering(unknownGroupId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"), context, done);
        });
        QVERIFY(peering);
        verifyAtlasError(*peering, 404, QStringLiteral("GROUP_NOT_FOUND"));

        // Not "already gone": the project is unknown, which the user has to hear about.
        const auto deletion = resultOf<PeeringDeletion>([&](QObject *context, AtlasCallback<PeeringDeletion> done) {
            return m_setup.api->deletePeering(unknownGroupId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"), context,
                                              done);
        });
        QVERIFY(deletion);
        verifyAtlasError(*deletion, 404, QStringLiteral("GROUP_NOT_FOUND"));
    }

    // ---- cancelling ----

    void cancel_list_reportsOnceAsCancelled()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 1100);
        const auto result = resultOf<QList<Peering>>([&](QObject *context, AtlasCallback<QList<Peering>> done) {
            AtlasCall *call = m_setup.api->listPeerings(SandboxSeed::demoGroupId, Provider::Aws, context, done);
            call->cancel();
            call->cancel(); // a second cancel changes nothing
            return call;
        });
        QVERIFY(result);
        QVERIFY(result->isCancelled());
    }

    void cancel_single_reportsOnceAsCancelled()
    {
        const auto result = resultOf<int>([&](QObject *context, AtlasCallback<int> done) {
            AtlasCall *call = m_setup.api->testConnection(context, done);
            call->cancel();
            return call;
        });
        QVERIFY(result);
        QVERIFY(result->isCancelled());
    }

    void cancel_duringRetryAfterWait_reportsOnceAsCancelled()
    {
        m_setup.sandbox->throttlePeerReads(1, 30);
        QObject context;
        int reports = 0;
        std::optional<AtlasResult<QList<Peering>>> result;
        AtlasCall *call = m_setup.api->listPeerings(SandboxSeed::demoGroupId, Provider::Aws, &context,
                                                    [&](const AtlasResult<QList<Peering>> &answer) {
                                                        ++reports;
                                                        result = answer;
                                                    });
        QSignalSpy waiting(call, &AtlasCall::waiting);
        QVERIFY(waiting.wait(5000));
        call->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(reports, 1, 2000);
        QTest::qWait(50);
        QCOMPARE(reports, 1);
        QVERIFY(result->isCancelled());
    }

    void abandon_andContextGone_neverReport()
    {
        int reports = 0;
        const QPointer<AtlasCall> abandoned =
            m_setup.api->testConnection(this, [&](const AtlasResult<int> &) { ++reports; });
        abandoned->abandon();
        QVERIFY(!abandoned->isRunning());

        auto context = std::make_unique<QObject>();
        const QPointer<AtlasCall> orphan =
            m_setup.api->listProjects(context.get(), [&](const AtlasResult<QList<Project>> &) { ++reports; });
        context.reset();
        QVERIFY(orphan.isNull()); // the context owned it

        QTest::qWait(300);
        QCOMPARE(reports, 0);
        QVERIFY(abandoned.isNull());
    }
};

QTEST_GUILESS_MAIN(TestAtlasApi)
#include "TestAtlasApi.moc"
