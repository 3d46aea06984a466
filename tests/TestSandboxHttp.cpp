// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP and authentication layer of the sandbox, checked with raw bytes over loopback.
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

const QByteArray groupsPath = "/api/atlas/v2/groups";
const QByteArray peersPath = "/api/atlas/v2/groups/" + SandboxSeed::demoGroupId.toLatin1() + "/peers";
const QByteArray gcpBody = R"({"providerName":"GCP","containerId":")" + SandboxSeed::gcpContainerId.toLatin1() +
                           R"(","gcpProjectId":"my-gcp-project","networkName":"default"})";

QByteArray basic(const QString &id, const QString &secret)
{
    return "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxTestClient>(*m_server);
        QVERIFY(m_client->connectToServer());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void server_listen_bindsLoopbackOnly()
    {
        QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        QVERIFY(m_server->port() != 0);
    }

    void challenge_requestWithoutAuthorization_isAtlasDigestChallenge()
    {
        m_client->sendRaw(SandboxTestClient::buildRequest("GET", groupsPath, {}, {}));
        const RawHttpResponse response = m_client->readResponse();
        QCOMPARE(response.status, 401);
        static const QRegularExpression challenge(QStringLiteral(
            R"(^Digest realm="MMS Public API", domain="", nonce="[0-9a-f]{32}", algorithm=MD5, qop="auth", stale=false$)"));
        QVERIFY2(challenge.match(QString::fromLatin1(response.header("www-authenticate"))).hasMatch(),
                 response.header("www-authenticate").constData());
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        const QJsonObject expected{
            {QStringLiteral("detail"), QStringLiteral("You are not authorized for this resource.")},
            {QStringLiteral("error"), 401},
            {QStringLiteral("errorCode"), QStringLiteral("USER_UNAUTHORIZED")},
            {QStringLiteral("parameters"), QJsonArray{}},
            {QStringLiteral("reason"), QStringLiteral("Unauthorized")}};
        QCOMPARE(response.json(), expected);
        QCOMPARE(m_server->challengeCount(), 1);
    }

    void digest_correctResponse_isAccepted()
    {
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 200);
        QCOMPARE(m_server->challengeCount(), 1);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void digest_qNetworkAccessManager_completesHandshakeAndResendsBody()
    {
        QNetworkAccessManager nam;
        int prompts = 0;
        connect(&nam, &QNetworkAccessManager::authenticationRequired, this,
                [this, &prompts](QNetworkReply *, QAuthenticator *authenticator) {
                    ++prompts;
                    authenticator->setUser(m_server->publicKey());
                    authenticator->setPassword(m_server->privateKey());
                });
        QUrl url = m_server->baseUrl();
        url.setPath(QString::fromLatin1(peersPath));
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/vnd.atlas.2023-01-01+json");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/vnd.atlas.2023-01-01+json"));
        std::unique_ptr<QNetworkReply> first(nam.post(request, gcpBody));
        QTRY_VERIFY(first->isFinished());
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject peer = QJsonDocument::fromJson(first->readAll()).object();
        QCOMPARE(peer.value(QStringLiteral("status")).toString(), QStringLiteral("ADDING_PEER"));
        // Qt answers later challenges from its cache with an increasing nc, without a new 401.
        std::unique_ptr<QNetworkReply> second(nam.get(request));
        QTRY_VERIFY(second->isFinished());
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(prompts, 1);
        QCOMPARE(m_server->challengeCount(), 1);
    }

    void digest_replayedNonceCount_isRejected()
    {
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        const QByteArray replay = m_client->digestAuthorization("GET", groupsPath, 1);
        QCOMPARE(m_client->requestWithAuthorization("GET", groupsPath, replay).status, 401);
    }

    void digest_increasingNonceCount_isAcceptedOnEveryRequest()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        QCOMPARE(m_server->challengeCount(), 1);
    }

    void digest_wrongPassword_isRejected()
    {
        m_client->setCredentials(SandboxSeed::publicKey, QStringLiteral("not-the-private-key"));
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("www-authenticate").endsWith("stale=false"));
    }

    void digest_uriOfAnotherResource_isRejected()
    {
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        const QByteArray otherUri = m_client->digestAuthorization("GET", groupsPath + "/other", 5);
        QCOMPARE(m_client->requestWithAuthorization("GET", groupsPath, otherUri).status, 401);
    }

    void digest_expiredNonceWithCorrectResponse_answersStaleTrue()
    {
        m_server->clock()->freeze();
        m_server->setNonceLifetimeMs(50);
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        m_server->clock()->advance(51);
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 401);
        QVERIFY2(response.header("www-authenticate").endsWith("stale=true"),
                 response.header("www-authenticate").constData());
    }

    void keepAlive_twoRequests_areAnsweredOnOneConnection()
    {
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        QVERIFY(m_client->isConnected());
        QCOMPARE(handled.size(), 1);
    }

    void challenge_postWithBody_drainsBodyBeforeNextRequest()
    {
        m_client->sendRaw(SandboxTestClient::buildRequest(
            "POST", peersPath, {{"Content-Type", "application/vnd.atlas.2023-01-01+json"}}, gcpBody));
        const RawHttpResponse challenge = m_client->readResponse();
        QCOMPARE(challenge.status, 401);
        QVERIFY(m_client->isConnected());
        m_client->setNonce(SandboxTestClient::nonceFrom(challenge.header("www-authenticate")));
        const RawHttpResponse created = m_client->request("POST", peersPath, gcpBody);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("ADDING_PEER"));
    }

    void pipelining_twoRequestsInOneWrite_areAnsweredInOrder()
    {
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        const QByteArray accept = "application/vnd.atlas.2023-01-01+json";
        const QByteArray first = "/api/atlas/v2/groups/" + SandboxSeed::demoGroupId.toLatin1();
        const QByteArray second = "/api/atlas/v2/groups/" + SandboxSeed::readOnlyGroupId.toLatin1();
        m_client->sendRaw(
            SandboxTestClient::buildRequest(
                "GET", first, {{"Authorization", m_client->digestAuthorization("GET", first, 2)}, {"Accept", accept}},
                {}) +
            SandboxTestClient::buildRequest(
                "GET", second, {{"Authorization", m_client->digestAuthorization("GET", second, 3)}, {"Accept", accept}},
                {}));
        const RawHttpResponse a = m_client->readResponse();
        const RawHttpResponse b = m_client->readResponse();
        QCOMPARE(a.json().value(QStringLiteral("id")).toString(), SandboxSeed::demoGroupId);
        QCOMPARE(b.json().value(QStringLiteral("id")).toString(), SandboxSeed::readOnlyGroupId);
    }

    void expectContinue_declaredBody_getsInterimResponseThenAnswer()
    {
        m_client->sendRaw("POST " + peersPath + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " +
                          QByteArray::number(gcpBody.size()) + "\r\n\r\n");
        QVERIFY(m_client->waitForRaw("HTTP/1.1 100 Continue\r\n\r\n"));
        m_client->sendRaw(gcpBody);
        QCOMPARE(m_client->readResponse().status, 401);
    }

    void token_validClientCredentials_issuesBearerToken()
    {
        const RawHttpResponse response = m_client->requestWithAuthorization(
            "POST", "/api/oauth/token", basic(m_server->clientId(), m_server->clientSecret()),
            "grant_type=client_credentials",
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        const QJsonObject json = response.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
        const QByteArray token = json.value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(token.size() >= 32);
        QCOMPARE(m_server->tokenCount(), 1);
        QCOMPARE(m_client->requestWithAuthorization("GET", groupsPath, "Bearer " + token).status, 200);
        QCOMPARE(m_client->requestWithAuthorization("POST", peersPath, "Bearer " + token, gcpBody).status, 200);
    }

    void token_wrongSecret_answersInvalidClient()
    {
        const RawHttpResponse response = m_client->requestWithAuthorization(
            "POST", "/api/oauth/token", basic(m_server->clientId(), QStringLiteral("mdb_sa_sk_wrong")),
            "grant_type=client_credentials", {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(response.status, 401);
        QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(m_server->tokenCount(), 0);
    }

    void token_otherGrantType_answersUnsupportedGrantType()
    {
        const RawHttpResponse response = m_client->requestWithAuthorization(
            "POST", "/api/oauth/token", basic(m_server->clientId(), m_server->clientSecret()), "grant_type=password",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    }

    void bearer_expiredToken_isRejected()
    {
        m_server->clock()->freeze();
        m_server->setTokenLifetimeSeconds(1);
        const RawHttpResponse issued = m_client->requestWithAuthorization(
            "POST", "/api/oauth/token", basic(m_server->clientId(), m_server->clientSecret()),
            "grant_type=client_credentials", {{"Content-Type", "application/x-www-form-urlencoded"}});
        const QByteArray token = issued.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(m_client->requestWithAuthorization("GET", groupsPath, "Bearer " + token).status, 200);
        m_server->clock()->advance(999);
        QCOMPARE(m_client->requestWithAuthorization("GET", groupsPath, "Bearer " + token).status, 200);
        m_server->clock()->advance(1);
        const RawHttpResponse expired = m_client->requestWithAuthorization("GET", groupsPath, "Bearer " + token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("USER_UNAUTHORIZED"));
    }

    void bearer_unknownToken_isRejected()
    {
        QCOMPARE(m_client->requestWithAuthorization("GET", groupsPath, "Bearer made-up-token").status, 401);
    }

    void garbage_malformedRequestLine_answers400AndServerServesNextConnection()
    {
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        m_client->sendRaw("THIS IS NOT HTTP AT ALL\r\n\r\n");
        QCOMPARE(m_client->readResponse().status, 400);
        QVERIFY(m_client->waitForClosed());
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(2).toInt(), 400);
        QVERIFY(m_client->connectToServer());
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
    }

    void garbage_malformedHeaderLine_answers400()
    {
        m_client->sendRaw("GET /api/atlas/v2/groups HTTP/1.1\r\nno colon here\r\n\r\n");
        QCOMPARE(m_client->readResponse().status, 400);
        QVERIFY(m_client->waitForClosed());
    }

    void body_overOneMebibyte_answers413AndCloses()
    {
        m_client->sendRaw("POST " + peersPath + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n");
        const RawHttpResponse response = m_client->readResponse();
        QCOMPARE(response.status, 413);
        QVERIFY(m_client->waitForClosed());
    }

    void header_over64KiB_answers431AndCloses()
    {
        m_client->sendRaw("GET " + groupsPath + " HTTP/1.1\r\nX-Filler: " + QByteArray(70 * 1024, 'a'));
        QCOMPARE(m_client->readResponse().status, 431);
        QVERIFY(m_client->waitForClosed());
    }

    void chunkedBody_isRefusedWith501()
    {
        m_client->sendRaw("POST " + peersPath + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QCOMPARE(m_client->readResponse().status, 501);
        QVERIFY(m_client->waitForClosed());
    }

    void requestHandled_afterAnswer_reportsPathWithoutQuery()
    {
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QCOMPARE(m_client->request("GET", groupsPath + "?pretty=true").status, 200);
        QCOMPARE(handled.size(), 2);
        QCOMPARE(handled.last().at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(handled.last().at(1).toString(), QString::fromLatin1(groupsPath));
        QCOMPARE(handled.last().at(2).toInt(), 200);
    }

    void responseDelay_set_delaysEveryAnswer()
    {
        // In real time, as the app's --sandbox and atlas-sandbox run: the challenge and the answer both wait.
        m_server->setResponseDelayMs(100);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
        QVERIFY2(timer.elapsed() >= 2 * 100 - 20, QByteArray::number(timer.elapsed()).constData());
    }

    void responseDelay_onAFrozenClock_holdsTheAnswerUntilTheClockGetsThere()
    {
        QCOMPARE(m_client->request("GET", groupsPath).status, 200); // has a nonce now
        SandboxClock &clock = *m_server->clock();
        clock.freeze();
        m_server->setResponseDelayMs(250);
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const int received = m_server->requestCount();
        m_client->sendRaw(
            SandboxTestClient::buildRequest("GET", groupsPath,
                                            {{"Authorization", m_client->digestAuthorization("GET", groupsPath, 99)},
                                             {"Accept", "application/vnd.atlas.2023-01-01+json"}},
                                            {}));
        QTRY_COMPARE(m_server->requestCount(), received + 1);
        clock.advance(249);
        QCOMPARE(handled.count(), 0);
        clock.advance(1);
        QCOMPARE(handled.count(), 1);
        QCOMPARE(handled.last().at(2).toInt(), 200);
        QCOMPARE(m_client->readResponse().status, 200);
    }

    void fault_htmlBadGateway_answers502WithHtmlOnce()
    {
        m_server->injectFault(SandboxFault::HtmlBadGateway);
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 502);
        QCOMPARE(response.header("content-type"), QByteArray("text/html"));
        QVERIFY(response.body.contains("<html>"));
        QCOMPARE(m_client->request("GET", groupsPath).status, 200);
    }

    void fault_hang_neverAnswersButKeepsSocketOpen()
    {
        m_server->injectFault(SandboxFault::Hang);
        m_client->sendRaw(SandboxTestClient::buildRequest("GET", groupsPath, {}, {}));
        QCOMPARE(m_client->readResponse(300).status, 0);
        QVERIFY(m_client->isConnected());
        SandboxTestClient other(*m_server);
        QCOMPARE(other.request("GET", groupsPath).status, 200);
    }

    void fault_closeMidBody_sendsShortBodyThenCloses()
    {
        m_server->injectFault(SandboxFault::CloseMidBody);
        m_client->sendRaw(SandboxTestClient::buildRequest("GET", groupsPath, {}, {}));
        QCOMPARE(m_client->readResponse(500).status, 0);
        QVERIFY(m_client->waitForClosed());
    }

    void fault_truncatedJson_answers200WithHalfABody()
    {
        const RawHttpResponse full = m_client->request("GET", groupsPath);
        QCOMPARE(full.status, 200);
        m_server->injectFault(SandboxFault::TruncatedJson);
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.body.isEmpty());
        QJsonParseError error{};
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // Cut after a separator near the middle, so what is left ends with a whole value and its comma.
        QVERIFY(full.body.startsWith(response.body));
        QVERIFY(response.body.endsWith(','));
        QVERIFY(response.body.size() <= full.body.size() / 2);
    }

    void fault_nonJsonSuccess_answers200WithPlainText()
    {
        m_server->injectFault(SandboxFault::NonJsonSuccess);
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("text/plain"));
    }

    void fault_serviceUnavailable_answers503WithRetryAfter()
    {
        m_server->injectFault(SandboxFault::ServiceUnavailable);
        const RawHttpResponse response = m_client->request("GET", groupsPath);
        QCOMPARE(response.status, 503);
        QCOMPARE(response.header("retry-after"), QByteArray("5"));
    }

    void fault_resetConnection_closesWithoutAnswer()
    {
        m_server->injectFault(SandboxFault::ResetConnection);
        m_client->sendRaw(SandboxTestClient::buildRequest("GET", groupsPath, {}, {}));
        QVERIFY(m_client->waitForClosed());
        QCOMPARE(m_client->readResponse(50).status, 0);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "TestSandboxHttp.moc"
