// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken servers, one test per fault of issue 9, each driven by the sandbox over real loopback
// sockets: a real TLS handshake with an untrusted certificate, a redirect to another listening server, a server
// that drips bytes forever, a reset mid-body, 5xx, 429 with Retry-After on lists and on a create, wrong content
// types and a body over the size cap. (Refused connections, hangs, 401 loops, HTML error pages and truncated JSON
// are in TestAtlasClient.)
#include "ReplyWatcher.h"
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxedClient.h"
#include "ValidPeeringRequests.h"
#include "model/Peering.h"
#include "transport/AtlasClient.h"
#include "transport/PagedFetch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

QByteArray readTestData(const char *name)
{
    QFile file(QStringLiteral(PEERING_TEST_DATA_DIR "/tls/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxedClient> m_fixture;
    SandboxServer *m_sandbox = nullptr;
    AtlasClient *m_client = nullptr;
    ReplyWatcher m_replies;
    int m_posts = 0; ///< POST /groups/{g}/peers answered past the digest challenge, whatever the answer

    bool finishes(AtlasReply *reply, int timeoutMs = 15000) { return m_replies.finishes(reply, timeoutMs); }

    // One authenticated call first, so that the fault meets a request that carries the digest answer.
    bool authenticate()
    {
        return finishes(m_client->getPeering(SandboxSeed::demoGroupId, QStringLiteral("0123456789abcdef01234567")));
    }

    void startSandbox()
    {
        m_posts = 0;
        m_sandbox = &m_fixture->server();
        m_client = &m_fixture->client();
        connect(m_sandbox, &SandboxServer::requestHandled, this,
                [this](const QString &method, const QString &path, int status) {
                    m_posts +=
                        method == QLatin1String("POST") && path.endsWith(QLatin1String("/peers")) && status != 401 ? 1
                                                                                                                   : 0;
                });
        QVERIFY(m_fixture->listen());
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxedClient>();
        if (QByteArray(QTest::currentTestFunction()).startsWith("tls")) {
            return; // gives the server a TLS identity before it listens
        }
        startSandbox();
    }

    void cleanup()
    {
        QVERIFY2(m_replies.noneReportedTwice(), "an AtlasReply reported more than once");
        m_replies.clear();
        m_fixture.reset();
    }

    void dnsFailure_isHostNotFound_andNamesTheHost()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("https://atlas.peering-desk.invalid")));
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply, 30000));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::HostNotFound);
        QVERIFY(reply->failure()->message().contains(QLatin1String("atlas.peering-desk.invalid")));
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void tlsUntrustedCertificate_isNeverIgnored_andTheProblemIsShown()
    {
        const QSslCertificate certificate(readTestData("sandbox-test.crt"));
        const QSslKey key(readTestData("sandbox-test.key"), QSsl::Rsa);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());
        m_fixture->server().setTlsIdentity(certificate, key);
        startSandbox();
        QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));

        // The server is a working HTTPS Atlas for a client that trusts its certificate: proof that what follows
        // is the certificate check and nothing else.
        QNetworkAccessManager trusting;
        QNetworkRequest probe(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/api/atlas/v2/groups")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({certificate});
        probe.setSslConfiguration(tls);
        QNetworkReply *answered = trusting.get(probe);
        QSignalSpy probeDone(answered, &QNetworkReply::finished);
        QVERIFY(probeDone.wait(10000));
        QCOMPARE(answered->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401); // digest challenge
        answered->deleteLater();
        const int seenBefore = m_sandbox->requestCount();
        QCOMPARE(seenBefore, 1);

        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QVERIFY(reply->failure());
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Tls);
        QCOMPARE(reply->httpStatus(), 0);
        const QString message = reply->failure()->message();
        QVERIFY2(message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
        QCOMPARE(m_sandbox->requestCount(), seenBefore); // not one byte of HTTP, so no credentials either
        QCOMPARE(m_posts, 0);
    }

    void redirectToAnotherHost_isNotFollowed_andCarriesNoCredentials_data()
    {
        QTest::addColumn<bool>("serviceAccount");
        QTest::newRow("API key, digest") << false;
        QTest::newRow("service account, bearer token") << true;
    }
    void redirectToAnotherHost_isNotFollowed_andCarriesNoCredentials()
    {
        QFETCH(bool, serviceAccount);
        SandboxServer elsewhere; // a listening server the redirect points at: it must never hear from us
        QVERIFY(elsewhere.listen());
        QUrl target = elsewhere.baseUrl();
        target.setHost(QStringLiteral("localhost")); // another host name, same loopback
        m_sandbox->setRedirectTarget(target);
        if (serviceAccount) {
            m_fixture->useServiceAccount();
        }
        QVERIFY(authenticate());

        m_sandbox->injectFault(SandboxFault::RedirectElsewhere);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Redirect);
        QCOMPARE(reply->httpStatus(), 307);
        QVERIFY2(reply->failure()->detail().startsWith(target.toString()), qPrintable(reply->failure()->detail()));
        QVERIFY(reply->failure()->detail().endsWith(QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId)));
        QVERIFY(reply->failure()->message().contains(QLatin1String("never follows redirects")));
        QVERIFY(reply->failure()->title().contains(QLatin1String("307")));
        QTest::qWait(300); // anything sent on would arrive by now
        QCOMPARE(elsewhere.requestCount(), 0);
        QCOMPARE(m_posts, 1);
    }

    void slowDrip_hitsTheDeadline_thoughBytesKeepComing()
    {
        // Qt's idle timeout alone would never fire: a byte arrives every 100 ms.
        m_client->setTransferTimeout(1500);
        // The aborted reply is never read: Qt would print "device not open" on stderr (and in --submit's output).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        QVERIFY(authenticate());
        m_sandbox->injectFault(SandboxFault::SlowDrip);
        QElapsedTimer clock;
        clock.start();
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply, 20000));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Timeout);
        QCOMPARE(reply->httpStatus(), 0); // the headers said 200, but no answer came
        QVERIFY2(reply->failure()->detail().contains(QLatin1String("within 2 second")),
                 qPrintable(reply->failure()->detail()));
        QVERIFY(clock.elapsed() >= 1400); // the deadline, not an early error
        QVERIFY(reply->failure()->message().contains(QLatin1String("check the project's peerings")));
    }

    void slowServer_withinTheTimeout_succeeds()
    {
        // Both answers (the challenge, then the peer) come late, and together take 40 % of the deadline.
        m_client->setTransferTimeout(2000);
        m_sandbox->setResponseDelayMs(400);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QVERIFY2(reply->isOk(), reply->failure() ? qPrintable(reply->failure()->message()) : "");
        QVERIFY(Peering::fromJson(reply->json().toObject()));
    }

    void connectionResetMidBody_isANetworkFailure_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::newRow("closed after part of the body") << SandboxFault::CloseMidBody;
        QTest::newRow("closed before any answer") << SandboxFault::ResetConnection;
    }
    void connectionResetMidBody_isANetworkFailure()
    {
        QFETCH(SandboxFault, fault);
        QVERIFY(authenticate());
        m_sandbox->injectFault(fault);
        const int seen = m_sandbox->requestCount();
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Network);
        // Qt 6.4 would send it again on a fresh connection by itself; the create may have reached Atlas.
        QTest::qWait(300);
        QCOMPARE(m_sandbox->requestCount(), seen + 1);
        if (fault == SandboxFault::ResetConnection) {
            QVERIFY2(reply->failure()->message().contains(QLatin1String("may have reached Atlas")),
                     qPrintable(reply->failure()->message()));
        }
        QVERIFY(!reply->failure()->detail().isEmpty());
        QVERIFY(reply->failure()->message().contains(QLatin1String("127.0.0.1")));
        QCOMPARE(m_posts, fault == SandboxFault::CloseMidBody ? 1 : 0); // and never sent again by itself
    }

    // The create is made, then its answer is lost. No authenticate() first: the digest challenge must go through
    // and the fault wait for the signed request, the one that creates.
    void processedThenLost_createsThePeer_andAnswersNothing_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<RequestFailure::Kind>("kind");
        QTest::newRow("closed after processing") << SandboxFault::ProcessedThenReset << RequestFailure::Kind::Network;
        QTest::newRow("silent after processing") << SandboxFault::ProcessedThenHang << RequestFailure::Kind::Timeout;
    }
    void processedThenLost_createsThePeer_andAnswersNothing()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(RequestFailure::Kind, kind);
        m_client->setTransferTimeout(1000);
        m_sandbox->injectFault(fault, "POST");
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), kind);
        QCOMPARE(reply->httpStatus(), 0);
        QCOMPARE(m_posts, 1); // reported with the status it was processed with, though nothing was written
        QCOMPARE(m_sandbox->challengeCount(), 1);

        // Atlas has it: the same create again meets it.
        AtlasReply *again = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(again));
        QVERIFY(again->failure() && again->failure()->apiError());
        QCOMPARE(again->failure()->apiError()->errorCode(), QStringLiteral("PEER_ALREADY_EXISTS"));
    }

    void serviceUnavailable_isShownWithItsRetryAfter_andThePostIsNotRepeated()
    {
        QVERIFY(authenticate());
        m_sandbox->injectFault(SandboxFault::ServiceUnavailable);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Api);
        QCOMPARE(reply->failure()->httpStatus(), 503);
        QCOMPARE(reply->failure()->apiError()->errorCode(), QStringLiteral("SERVICE_UNAVAILABLE"));
        QCOMPARE(reply->failure()->retryAfterSeconds(), std::optional<int>(5));
        QTest::qWait(300);
        QCOMPARE(m_posts, 1);
    }

    void rateLimitedPost_isNeverRetriedByItself()
    {
        m_sandbox->setRateLimit(1, 1);
        QVERIFY(finishes(m_client->createPeering(ValidPeeringRequests::aws())));
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws(QStringLiteral("vpc-0123456789abcdef1")));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Api);
        QCOMPARE(reply->failure()->httpStatus(), 429);
        QVERIFY(reply->failure()->retryAfterSeconds().has_value());
        QTest::qWait(1500);
        QCOMPARE(m_posts, 2);
    }

    void rateLimitedList_waitsForRetryAfter_thenReadsEveryPage()
    {
        m_sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 7);
        m_sandbox->throttlePeerReads(2, 1);
        PagedFetch fetch(m_client, QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId),
                         QUrlQuery{{QStringLiteral("providerName"), QStringLiteral("AWS")}});
        fetch.setItemsPerPage(5);
        QSignalSpy waiting(&fetch, &PagedFetch::waiting);
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        QElapsedTimer clock;
        clock.start();
        fetch.start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(!fetch.failure(), fetch.failure() ? qPrintable(fetch.failure()->message()) : "");
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(waiting.at(0).at(0).toInt(), 1);
        QVERIFY(clock.elapsed() >= 1900); // it did wait the two seconds Atlas asked for
        QCOMPARE(fetch.retries(), 2);
        QVERIFY(fetch.results().size() >= 7);
        QCOMPARE(finished.count(), 1);
    }

    void rateLimitedList_givesUpAfterMaxRetries_orAtALongRetryAfter_data()
    {
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("expectedWaits");
        QTest::newRow("still limited after every retry") << PagedFetch::maxRetries + 1 << 0 << PagedFetch::maxRetries;
        QTest::newRow("asked to wait an hour") << 1 << 3600 << 0;
    }
    void rateLimitedList_givesUpAfterMaxRetries_orAtALongRetryAfter()
    {
        QFETCH(int, times);
        QFETCH(int, retryAfter);
        QFETCH(int, expectedWaits);
        m_sandbox->throttlePeerReads(times, retryAfter);
        PagedFetch fetch(m_client, QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId));
        QSignalSpy waiting(&fetch, &PagedFetch::waiting);
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(fetch.failure());
        QCOMPARE(fetch.failure()->httpStatus(), 429);
        QCOMPARE(fetch.failure()->retryAfterSeconds(), std::optional<int>(retryAfter));
        QCOMPARE(waiting.count(), expectedWaits);
    }

    void cancelWhileWaitingForRetryAfter_reportsCancelledOnce()
    {
        m_sandbox->throttlePeerReads(1, 30);
        PagedFetch fetch(m_client, QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId));
        QSignalSpy waiting(&fetch, &PagedFetch::waiting);
        QSignalSpy finished(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(waiting.wait(10000));
        fetch.cancel();
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(fetch.failure()->kind(), RequestFailure::Kind::Cancelled);
        QVERIFY(!fetch.isRunning());
    }

    void wrongContentType_onSuccess_isAnUnexpectedResponse()
    {
        QVERIFY(authenticate());
        m_sandbox->injectFault(SandboxFault::WrongContentType);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::InvalidResponse);
        QCOMPARE(reply->httpStatus(), 200);
        QVERIFY2(reply->failure()->detail().contains(QLatin1String("text/html")),
                 qPrintable(reply->failure()->detail()));
        QVERIFY(!reply->rawBody().isEmpty()); // kept for the raw view
    }

    void hugeBody_isCutOffAtTheCap()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        QVERIFY(authenticate());
        m_sandbox->injectFault(SandboxFault::HugeBody);
        AtlasReply *reply = m_client->createPeering(ValidPeeringRequests::aws());
        QVERIFY(finishes(reply, 30000));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::InvalidResponse);
        QVERIFY(reply->failure()->detail().contains(QLatin1String("16 MiB")));
        QVERIFY(reply->rawBody().size() <= AtlasClient::maxResponseBytes);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "TestNetworkFaults.moc"
