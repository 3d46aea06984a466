// SPDX-License-Identifier: GPL-3.0-or-later
// AtlasClient against the sandbox over real loopback HTTP: digest and bearer auth, every error status,
// envelopes and the transport failures.
#include "ReplyWatcher.h"
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTimeTravel.h"
#include "SandboxedClient.h"
#include "ValidPeeringRequests.h"
#include "model/Peering.h"
#include "transport/AtlasClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

class TestAtlasClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxedClient> m_fixture;
    SandboxServer *m_sandbox = nullptr;
    AtlasClient *m_client = nullptr;
    ReplyWatcher m_replies;

    bool finishes(AtlasReply *reply, int timeoutMs = 15000) { return m_replies.finishes(reply, timeoutMs); }

    void useApiKey() { m_fixture->useApiKey(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxedClient>();
        QVERIFY(m_fixture->listen());
        m_sandbox = &m_fixture->server();
        m_client = &m_fixture->client();
    }

    void cleanup()
    {
        QVERIFY2(m_replies.noneReportedTwice(), "an AtlasReply reported more than once");
        m_replies.clear();
        m_fixture.reset();
    }

    void createPeering_withApiKey_completesTheDigestHandshakeOnce()
    {
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->failure() ? reply->failure()->message() : QString()));
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(m_sandbox->challengeCount(), 1);
        QCOMPARE(m_sandbox->requestCount(), 2); // the challenged POST, then the same body re-sent

        const auto peering = Peering::fromJson(reply->json().toObject());
        QVERIFY(peering);
        QCOMPARE(peering->provider(), Provider::Aws);
        QCOMPARE(peering->status(), QStringLiteral("INITIATING"));
        QCOMPARE(peering->json().value("vpcId").toString(), QStringLiteral("vpc-0123456789abcdef0"));
        QCOMPARE(peering->json().value("awsAccountId").toString(), QStringLiteral("012345678901"));
    }

    void secondRequest_afterHandshake_needsNoNewChallenge()
    {
        QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        AtlasReply *second = m_client->createPeering(ValidPeeringRequests::azure());
        QVERIFY(finishes(second));
        QVERIFY(second->isOk());
        QCOMPARE(Peering::fromJson(second->json().toObject())->status(), QStringLiteral("ADDING_PEER"));
        AtlasReply *third = m_client->createPeering(ValidPeeringRequests::gcp());
        QVERIFY(finishes(third));
        QVERIFY(third->isOk());
        QCOMPARE(m_sandbox->challengeCount(), 1);
        QCOMPARE(m_sandbox->requestCount(), 4);
    }

    void parallelRequests_withAFreshKey_drawOneChallenge()
    {
        QList<AtlasReply *> replies;
        for (const char *provider : {"AWS", "AZURE", "GCP"}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("providerName"), QLatin1String(provider));
            replies.append(
                m_client->send("GET", QStringLiteral("/groups/%1/containers").arg(SandboxSeed::demoGroupId), query));
        }
        for (AtlasReply *reply : replies) {
            QVERIFY(finishes(reply));
            QVERIFY(reply->isOk());
        }
        // The first goes alone and draws the challenge; the others sign with its nonce, whatever connection
        // they take. (Without the first going alone it is three.)
        QCOMPARE(m_sandbox->challengeCount(), 1);
        // Setting the same key again keeps Qt's cache: no new challenge.
        const int challenges = m_sandbox->challengeCount();
        useApiKey();
        QVERIFY(finishes(m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567"))));
        QCOMPARE(m_sandbox->challengeCount(), challenges);
    }

    void firstAnswerWithoutAChallenge_doesNotLetTheOthersGoUnsigned()
    {
        // A proxy answers the very first request itself: no nonce yet, so the next still goes alone.
        m_sandbox->injectFault(SandboxFault::NonJsonSuccess);
        QList<AtlasReply *> replies;
        for (int i = 0; i < 4; ++i) {
            replies.append(m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567")));
        }
        for (AtlasReply *reply : replies) {
            QVERIFY(finishes(reply));
        }
        QCOMPARE(replies.first()->failure()->kind(), RequestFailure::Kind::InvalidResponse);
        for (qsizetype i = 1; i < replies.size(); ++i) {
            QCOMPARE(replies.at(i)->httpStatus(), 404); // signed, and so really answered
        }
        QCOMPARE(m_sandbox->challengeCount(), 1);
    }

    void keyChangedWhileTheFirstRequestIsInFlight_nothingHangs()
    {
        // The first request goes alone and the second waits for it; then the key changes under both.
        // Every answer is held 300 ms on the sandbox's frozen clock, which moves only when nothing else happens.
        SandboxTimeTravel time(*m_sandbox->clock());
        m_sandbox->setResponseDelayMs(300);
        AtlasReply *first = m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567"));
        AtlasReply *held = m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567"));
        QTRY_COMPARE(m_sandbox->requestCount(), 1); // the first is at the server, its answer held back
        m_client->setCredentials(Credentials::apiKey(m_sandbox->publicKey(), QStringLiteral("another-key")));
        AtlasReply *create = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(time.runUntil([&] { return first->isFinished() && held->isFinished() && create->isFinished(); }));
        QVERIFY(finishes(first));
        QVERIFY(finishes(held));
        QVERIFY(finishes(create));
        QCOMPARE(create->failure()->kind(), RequestFailure::Kind::Authentication);
        QCOMPARE(held->failure()->kind(), RequestFailure::Kind::Authentication);
        // And the right key works again at once.
        useApiKey();
        AtlasReply *again = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(time.runUntil([again] { return again->isFinished(); }));
        QVERIFY(finishes(again));
        QVERIFY2(again->isOk(), qPrintable(again->failure() ? again->failure()->message() : QString()));
    }

    void serverThatForgotTheNonce_getsTheNewChallengeAnswered()
    {
        QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        // The server restarts on the same port and knows no nonce: the next request, signed in advance with the
        // old one, draws a plain (not stale) challenge. (A GET: Qt may first try the dead keep-alive connection,
        // and only a GET may be sent again after that; see docs/HARDENING.md.)
        QVERIFY(m_fixture->restartServer());
        m_sandbox = &m_fixture->server();
        AtlasReply *reply = m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567"));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->httpStatus(), 404); // answered, so the new challenge was answered with the right key
        QCOMPARE(m_sandbox->challengeCount(), 1);
        QCOMPARE(m_sandbox->requestCount(), 2);
    }

    void staleNonce_isAnsweredOnceMore_andTheCreateHappensOnce()
    {
        m_sandbox->clock()->freeze();
        m_sandbox->setNonceLifetimeMs(300);
        QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        QCOMPARE(m_sandbox->challengeCount(), 1);
        m_sandbox->clock()->advance(301);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::azure());
        QVERIFY(finishes(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->failure() ? reply->failure()->message() : QString()));
        QCOMPARE(m_sandbox->challengeCount(), 2); // stale=true, answered with the new nonce
        QCOMPARE(m_sandbox->requestCount(), 4);
        AtlasReply *list = m_client->send("GET", QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId),
                                          QUrlQuery{{QStringLiteral("providerName"), QStringLiteral("AZURE")}});
        QVERIFY(finishes(list));
        QCOMPARE(list->json().toObject().value("results").toArray().size(), 1);
    }

    void wrongPrivateKey_givesAuthenticationFailureWithoutRetryStorm()
    {
        m_client->setCredentials(Credentials::apiKey(m_sandbox->publicKey(), QStringLiteral("not-the-key")));
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QVERIFY(reply->failure());
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Authentication);
        QCOMPARE(reply->httpStatus(), 401);
        QVERIFY(reply->failure()->message().contains("rejected"));
        QCOMPARE(m_sandbox->requestCount(), 2);
    }

    void changedKeys_areUsedInsteadOfCachedOnes()
    {
        QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        m_client->setCredentials(Credentials::apiKey(m_sandbox->publicKey(), QStringLiteral("revoked")));
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::azure());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->httpStatus(), 401);
    }

    void serviceAccount_fetchesOneTokenAndReusesIt()
    {
        m_client->setCredentials(Credentials::serviceAccount(m_sandbox->clientId(), m_sandbox->clientSecret()));
        AtlasReply *first = m_client->createPeering(ValidPeeringRequests::aws());
        AtlasReply *second = m_client->createPeering(ValidPeeringRequests::gcp()); // waits on the same token fetch
        QVERIFY(finishes(first));
        QVERIFY(finishes(second));
        QVERIFY(first->isOk());
        QVERIFY(second->isOk());
        QCOMPARE(m_sandbox->tokenCount(), 1);
        QCOMPARE(m_client->tokenFetchCount(), 1);
        QCOMPARE(m_sandbox->challengeCount(), 0);
    }

    void serviceAccount_expiredToken_isRenewed()
    {
        m_sandbox->clock()->freeze();
        m_sandbox->setTokenLifetimeSeconds(1);
        m_fixture->useServiceAccount();
        QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        m_sandbox->clock()->advance(1000); // a token is good for less than its lifetime, never for all of it
        AtlasReply *later = m_client->createPeering(ValidPeeringRequests::azure());
        QVERIFY(finishes(later));
        QVERIFY(later->isOk());
        QCOMPARE(m_sandbox->tokenCount(), 2);
    }

    void serviceAccount_wrongSecret_isACredentialsFailure()
    {
        m_client->setCredentials(Credentials::serviceAccount(m_sandbox->clientId(), QStringLiteral("mdb_sa_sk_wrong")));
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Credentials);
        QCOMPARE(reply->failure()->httpStatus(), 401);
        QVERIFY(reply->failure()->message().contains("401"));
    }

    void errorStatus_isParsedIntoApiError_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("400 for a body Atlas rejects field by field") << "invalid-body" << 400 << "VALIDATION_ERROR";
        QTest::newRow("400 for a public route table CIDR") << "public-cidr" << 400 << "INVALID_ROUTE_TABLE_CIDR";
        QTest::newRow("401 for a wrong key") << "wrong-key" << 401 << "USER_UNAUTHORIZED";
        QTest::newRow("403 for a project the key may not write") << "restricted" << 403 << "";
        QTest::newRow("404 for a malformed group id") << "bad-group" << 404 << "INVALID_GROUP_ID";
        QTest::newRow("404 for an unknown group") << "unknown-group" << 404 << "GROUP_NOT_FOUND";
        QTest::newRow("409 for the same VPC twice") << "duplicate" << 409 << "PEER_ALREADY_EXISTS";
        QTest::newRow("409 for a CIDR inside the Atlas CIDR")
            << "overlap-atlas" << 409 << "OVERLAPPING_ATLAS_CIDR_BLOCK";
        QTest::newRow("429 when the bucket is empty") << "rate-limit" << 429 << "RATE_LIMITED_TOKEN_BUCKET";
        QTest::newRow("500 for an unknown container, as Atlas does")
            << "unknown-container" << 500 << "UNEXPECTED_ERROR";
    }
    void errorStatus_isParsedIntoApiError()
    {
        QFETCH(QString, scenario);
        QFETCH(int, status);
        QFETCH(QString, errorCode);

        PeeringRequest request = ValidPeeringRequests::aws();
        AwsPeeringRequest body = ValidPeeringRequests::awsBody();
        QByteArray rawBody;
        if (scenario == "invalid-body") {
            rawBody = R"({"providerName":"AWS","containerId":"xyz","awsAccountId":"12","vpcId":"vpc-1"})";
        } else if (scenario == "public-cidr") {
            body.routeTableCidrBlock = QStringLiteral("8.8.8.0/24");
        } else if (scenario == "wrong-key") {
            m_client->setCredentials(Credentials::apiKey(m_sandbox->publicKey(), QStringLiteral("wrong")));
        } else if (scenario == "restricted") {
            request.setGroupId(SandboxSeed::readOnlyGroupId);
        } else if (scenario == "bad-group") {
            request.setGroupId(QStringLiteral("not-a-group"));
        } else if (scenario == "unknown-group") {
            request.setGroupId(QStringLiteral("0123456789abcdef01234567"));
        } else if (scenario == "duplicate") {
            QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        } else if (scenario == "overlap-atlas") {
            body.routeTableCidrBlock = QStringLiteral("192.168.248.0/24");
        } else if (scenario == "rate-limit") {
            m_sandbox->setRateLimit(1, 1);
            QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::azure())));
        } else if (scenario == "unknown-container") {
            body.containerId = QStringLiteral("0123456789abcdef01234567");
        }
        if (scenario != "duplicate") {
            request.setBody(body);
        }
        AtlasReply *reply =
            rawBody.isEmpty()
                ? m_client->createPeering(request)
                : m_client->send("POST", QStringLiteral("/groups/%1/peers").arg(request.groupId()), {}, rawBody);
        QVERIFY(finishes(reply));
        QVERIFY(reply->failure());
        QCOMPARE(reply->httpStatus(), status);
        QCOMPARE(reply->failure()->httpStatus(), status);
        const auto &apiError = reply->failure()->apiError();
        QVERIFY2(apiError, qPrintable(reply->failure()->message()));
        QCOMPARE(apiError->error(), status);
        if (!errorCode.isEmpty()) {
            QCOMPARE(apiError->errorCode(), errorCode);
        }
        QVERIFY(!apiError->errorCode().isEmpty());
        QVERIFY(!apiError->reason().isEmpty());
        QVERIFY(!apiError->detail().isEmpty());
        QVERIFY(apiError->json().value("parameters").isArray());
        QVERIFY(!reply->failure()->message().isEmpty());

        if (status == 400 && errorCode == "VALIDATION_ERROR") {
            QStringList fields;
            for (const FieldViolation &violation : apiError->fieldViolations()) {
                fields.append(violation.field);
                QVERIFY(!violation.description.isEmpty());
            }
            for (const char *expected :
                 {"containerId", "awsAccountId", "vpcId", "routeTableCidrBlock", "accepterRegionName"}) {
                QVERIFY2(fields.contains(QLatin1String(expected)), expected);
            }
        }
        if (status == 429) {
            QVERIFY(reply->retryAfterSeconds().has_value());
            QVERIFY(*reply->retryAfterSeconds() > 0);
            QVERIFY(!apiError->parameters().isEmpty());
        }
        if (status == 401) {
            QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Authentication);
        } else {
            QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Api);
        }
    }

    void envelope_isUnwrappedForSuccessAndError()
    {
        AtlasReply *ok = m_client->createPeering(ValidPeeringRequests::aws(), RequestOptions{true, true});
        QVERIFY(finishes(ok));
        QVERIFY(ok->isOk());
        QCOMPARE(ok->httpStatus(), 200);
        QVERIFY(ok->url().query().contains("envelope=true"));
        QVERIFY(ok->url().query().contains("pretty=true"));
        QVERIFY(Peering::fromJson(ok->json().toObject()));
        QVERIFY(ok->rawBody().contains('\n')); // pretty

        PeeringRequest unknown = ValidPeeringRequests::aws();
        unknown.setGroupId(QStringLiteral("0123456789abcdef01234567"));
        AtlasReply *error = m_client->createPeering(unknown, RequestOptions{true, false});
        QVERIFY(finishes(error));
        QCOMPARE(error->httpStatus(), 404);
        QCOMPARE(error->failure()->apiError()->errorCode(), QStringLiteral("GROUP_NOT_FOUND"));
    }

    void getPeering_followsTheStatusOverTime()
    {
        m_sandbox->clock()->freeze();
        m_sandbox->setStatusStepMs(600);
        AtlasReply *created = m_client->createPeering(ValidPeeringRequests::gcp());
        QVERIFY(finishes(created));
        const QString id = Peering::fromJson(created->json().toObject())->id();
        m_sandbox->clock()->advance(599);
        AtlasReply *sooner = m_client->getPeering(SandboxSeed::demoGroupId, id);
        QVERIFY(finishes(sooner));
        QCOMPARE(Peering::fromJson(sooner->json().toObject())->status(), QStringLiteral("ADDING_PEER"));
        m_sandbox->clock()->advance(1);
        AtlasReply *later = m_client->getPeering(SandboxSeed::demoGroupId, id);
        QVERIFY(finishes(later));
        QCOMPARE(Peering::fromJson(later->json().toObject())->status(), QStringLiteral("WAITING_FOR_USER"));
        QCOMPARE(Peering::fromJson(later->json().toObject())->phase(), Peering::Phase::NeedsUserAction);
    }

    void htmlErrorPage_isReportedAsNotAtlas()
    {
        m_sandbox->injectFault(SandboxFault::HtmlBadGateway);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Http);
        QCOMPARE(reply->httpStatus(), 502);
        QVERIFY(reply->failure()->message().contains("502"));
        QVERIFY(!reply->failure()->apiError());
        QVERIFY(!reply->failure()->detail().contains('<'));
    }

    void hangingServer_timesOut()
    {
        m_client->setTransferTimeout(400);
        m_sandbox->injectFault(SandboxFault::Hang);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Timeout);
    }

    void cancel_reportsCancelledOnce()
    {
        m_sandbox->injectFault(SandboxFault::Hang);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QTimer::singleShot(200, reply, &AtlasReply::cancel);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Cancelled);
    }

    void truncatedOrNonJsonSuccess_isInvalidResponse_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<RequestFailure::Kind>("kind");
        QTest::newRow("JSON cut in half") << SandboxFault::TruncatedJson << RequestFailure::Kind::InvalidResponse;
        QTest::newRow("plain text 200") << SandboxFault::NonJsonSuccess << RequestFailure::Kind::InvalidResponse;
        QTest::newRow("connection closed mid-body") << SandboxFault::CloseMidBody << RequestFailure::Kind::Network;
    }
    void truncatedOrNonJsonSuccess_isInvalidResponse()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(RequestFailure::Kind, kind);
        QVERIFY(finishes(m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567"))));
        m_sandbox->injectFault(fault);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QVERIFY(reply->failure());
        QCOMPARE(reply->failure()->kind(), kind);
    }

    void nothingListening_isConnectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 freePort = probe.serverPort();
        probe.close();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort)));
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::ConnectionRefused);
        QVERIFY(reply->failure()->message().contains(QString::number(freePort)));
    }

    void noCredentials_failsAfterReturning()
    {
        m_client->setCredentials(Credentials());
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(!reply->isFinished()); // never reports from inside the call
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Credentials);
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void requests_carryVersionedMediaTypeAndUserAgent()
    {
        QString seenPath;
        connect(m_sandbox, &SandboxServer::requestHandled, this,
                [&seenPath](const QString &, const QString &path, int) { seenPath = path; });
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(seenPath, QStringLiteral("/api/atlas/v2/groups/%1/peers").arg(SandboxSeed::demoGroupId));
        // The sandbox answers 406 to a request without the versioned Accept, so a 200 proves it was sent.
        QCOMPARE(reply->httpStatus(), 200);
    }
};

QTEST_GUILESS_MAIN(TestAtlasClient)
#include "TestAtlasClient.moc"
