// SPDX-License-Identifier: GPL-3.0-or-later
// One connection, one create workflow: the rules of AtlasConnection, ConnectionSession and PeeringSubmitter
// against the sandbox over loopback, with its Digest auth and its faults.
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "connection/ConnectionSession.h"
#include "peering/FailureText.h"
#include "peering/PeeringSubmitter.h"
#include "store/CredentialStore.h"
#include "transport/AtlasClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace PeeringDesk;

namespace {

// Each call gets its own VPC and CIDR: the sandbox, like Atlas, refuses a second peering with the same VPC.
PeeringRequest awsRequest()
{
    static int next = 10;
    ++next;
    return PeeringRequest(SandboxSeed::demoGroupId,
                          AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-east-1"),
                                            QStringLiteral("123456789012"), QStringLiteral("10.%1.0.0/16").arg(next),
                                            QStringLiteral("vpc-0%1").arg(next, 16, 10, QLatin1Char('0'))});
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    AtlasClient m_client;
    CredentialStore m_store{QStringLiteral("io.github.peeringdesk.test-connection")};
    ConnectionSession m_session{&m_client, &m_store};

    AtlasConnection sandboxConnection() const
    {
        return AtlasConnection::withCredentials(m_sandbox.baseUrl(),
                                                Credentials::apiKey(m_sandbox.publicKey(), m_sandbox.privateKey()),
                                                QStringLiteral("test"));
    }

    SubmitOutcome submitOnce(const PeeringRequest &request)
    {
        PeeringSubmitter submitter(&m_session);
        QSignalSpy finished(&submitter, &PeeringSubmitter::finished);
        if (!submitter.submit(request, {})) {
            qWarning("submit refused");
            return {};
        }
        if (!finished.wait(10000)) {
            qWarning("no outcome");
            return {};
        }
        // Exactly once.
        QTest::qWait(0);
        if (finished.size() != 1) {
            qWarning("reported %d times", int(finished.size()));
        }
        return finished.first().first().value<SubmitOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SubmitOutcome>();
        QVERIFY(m_sandbox.listen());
    }

    void init() { m_session.setConnection(sandboxConnection()); }

    void httpsRule_plainHttpOnlyForThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("Atlas") << "https://cloud.mongodb.com" << true;
        QTest::newRow("https elsewhere") << "https://atlas.example.internal:8443" << true;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:18555" << true;
        QTest::newRow("127.x") << "http://127.2.3.4:18555" << true;
        QTest::newRow("localhost") << "http://localhost:18555" << true;
        QTest::newRow("::1") << "http://[::1]:18555" << true;
        QTest::newRow("another host") << "http://atlas.example.invalid" << false;
        QTest::newRow("a private address") << "http://10.1.2.3:8080" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    }
    void httpsRule_plainHttpOnlyForThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const AtlasConnection connection =
            AtlasConnection::withCredentials(QUrl(url), Credentials::apiKey("p", "s"), QStringLiteral("x"));
        QCOMPARE(connection.problem().isEmpty(), allowed);
        if (!allowed) {
            QVERIFY2(connection.problem().contains(QLatin1String("plain http is allowed only for this computer")),
                     qPrintable(connection.problem()));
        }
    }

    void government_hasNoAzure()
    {
        Profile gov;
        gov.name = QStringLiteral("gov");
        gov.environment = Profile::Environment::AtlasForGovernment;
        const AtlasConnection connection = AtlasConnection::forProfile(gov);
        QVERIFY(connection.unsupportedReason(Provider::Azure).contains(QLatin1String("Government")));
        QVERIFY(connection.unsupportedReason(Provider::Aws).isEmpty());
        QCOMPARE(connection.baseUrl(), QUrl(QStringLiteral("https://cloud.mongodbgov.com")));

        m_session.setConnection(connection);
        PeeringSubmitter submitter(&m_session);
        const PeeringRequest azure(SandboxSeed::demoGroupId,
                                   AzurePeeringRequest{SandboxSeed::azureContainerId,
                                                       QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                                       QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                       QStringLiteral("rg"), QStringLiteral("vnet")});
        QCOMPARE(submitter.problems(azure).size(), 1);
        QCOMPARE(submitter.problems(azure).first().field, QStringLiteral("providerName"));
        QVERIFY(!submitter.submit(azure, {}));
        QVERIFY(!submitter.isBusy());
    }

    void noConnection_isNotSent_andSaysWhatToDo()
    {
        m_session.setConnection(AtlasConnection());
        const int before = m_sandbox.requestCount();
        const SubmitOutcome outcome = submitOnce(awsRequest());
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::NotSent);
        QCOMPARE(outcome.notSent->kind, ConnectionFailure::Kind::NoConnection);
        QVERIFY(outcome.notSent->message.contains(QLatin1String("no profile")));
        QVERIFY(!outcome.mayHaveBeenCreated());
        QCOMPARE(m_sandbox.requestCount(), before);
    }

    // Defect: --submit sent a create, then a Digest-signed retry, in clear text to another host.
    void cleartextToAnotherHost_isNotSent()
    {
        m_session.setConnection(AtlasConnection::withCredentials(QUrl(QStringLiteral("http://atlas.example.invalid")),
                                                                 Credentials::apiKey("public", "private"),
                                                                 QStringLiteral("cleartext")));
        const SubmitOutcome outcome = submitOnce(awsRequest());
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::NotSent);
        QCOMPARE(outcome.notSent->kind, ConnectionFailure::Kind::Refused);
        QVERIFY2(outcome.notSent->message.contains(QLatin1String("atlas.example.invalid")),
                 qPrintable(outcome.notSent->message));
        QVERIFY(!outcome.sent);
    }

    // The client itself refuses, whoever configured it: no DNS look-up, no byte sent.
    void client_refusesCleartextToAnotherHost_whoeverConfiguredIt()
    {
        AtlasClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://atlas.example.invalid")));
        client.setCredentials(Credentials::apiKey("public", "private"));
        AtlasReply *reply = client.getPeering(SandboxSeed::demoGroupId, QStringLiteral("x"));
        QSignalSpy finished(reply, &AtlasReply::finished);
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->failure()->kind(), RequestFailure::Kind::Refused);
        QCOMPARE(reply->httpStatus(), 0);
        QVERIFY(reply->failure()->message().contains(QLatin1String("plain http")));
        delete reply;
    }

    // A switch of connection must not leave the old key on the client for the new host.
    void switchingConnection_dropsTheOldKeyAtOnce()
    {
        std::optional<std::optional<ConnectionFailure>> ready;
        m_session.prepare(this, [&ready](const std::optional<ConnectionFailure> &failure) { ready = failure; });
        QTRY_VERIFY(ready.has_value());
        QVERIFY(!ready->has_value());
        QVERIFY(m_client.hasCredentials());
        m_session.setConnection(AtlasConnection::withCredentials(QUrl(QStringLiteral("https://other.example.invalid")),
                                                                 Credentials::apiKey("other", "key"),
                                                                 QStringLiteral("other")));
        QVERIFY(!m_client.hasCredentials());
        QCOMPARE(m_client.baseUrl(), QUrl(QStringLiteral("https://other.example.invalid")));
    }

    // Ready for one connection, reported after a switch to another: the caller must not send on the new one.
    void switchWhilePreparing_isReportedAsChanged()
    {
        std::optional<std::optional<ConnectionFailure>> ready;
        m_session.prepare(this, [&ready](const std::optional<ConnectionFailure> &failure) { ready = failure; });
        m_session.setConnection(AtlasConnection());
        QTRY_VERIFY(ready.has_value());
        QVERIFY(ready->has_value());
        QCOMPARE((*ready)->kind, ConnectionFailure::Kind::Changed);
    }

    // A token endpoint's error is no answer to the create: nothing was created, whatever its status.
    void tokenFailure_isNotAMaybe()
    {
        m_session.setConnection(AtlasConnection::withCredentials(
            m_sandbox.baseUrl(), Credentials::serviceAccount(m_sandbox.clientId(), m_sandbox.clientSecret()),
            QStringLiteral("robot")));
        m_sandbox.injectFault(SandboxFault::HtmlBadGateway, "POST"); // the first POST is the token's
        const SubmitOutcome outcome = submitOnce(awsRequest());
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::RequestFailed);
        QCOMPARE(outcome.failure->kind(), RequestFailure::Kind::Credentials);
        QCOMPARE(outcome.httpStatus, 0);
        QVERIFY(!outcome.mayHaveBeenCreated());
    }

    void created_isAPeeringWithAnId()
    {
        const SubmitOutcome outcome = submitOnce(awsRequest());
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::Created);
        QVERIFY(!outcome.peering->id().isEmpty());
        QCOMPARE(outcome.peering->status(), QStringLiteral("INITIATING"));
        QVERIFY(outcome.sent);
    }

    // Defect: a 2xx with an empty, invalid or truncated body was "0 created" with a parser message.
    void unreadableSuccess_mayHaveBeenCreated_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::newRow("empty body") << SandboxFault::EmptySuccess;
        QTest::newRow("JSON cut in half") << SandboxFault::TruncatedJson;
        QTest::newRow("plain text") << SandboxFault::NonJsonSuccess;
        QTest::newRow("closed mid-body") << SandboxFault::CloseMidBody;
    }
    void unreadableSuccess_mayHaveBeenCreated()
    {
        QFETCH(SandboxFault, fault);
        m_sandbox.injectFault(fault, "POST");
        const SubmitOutcome outcome = submitOnce(awsRequest());
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::MaybeCreated);
        QVERIFY(outcome.mayHaveBeenCreated());
        QVERIFY(!outcome.peering);
        const QString title = FailureText::title(*outcome.failure, FailureText::Act::Create);
        QVERIFY2(title.contains(QLatin1String("may have been created")), qPrintable(title));
        const QString text = FailureText::explain(*outcome.failure, FailureText::Act::Create);
        QVERIFY2(text.contains(QLatin1String("look at the project's peerings")), qPrintable(text));
    }

    // Defect: an envelope nobody asked for showed as a created peering with an empty id and status.
    void unaskedEnvelope_isUnwrapped()
    {
        m_sandbox.injectFault(SandboxFault::UnaskedEnvelope, "POST");
        const SubmitOutcome outcome = submitOnce(awsRequest());
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::Created);
        QVERIFY(!outcome.peering->id().isEmpty());
        QCOMPARE(outcome.peering->status(), QStringLiteral("INITIATING"));
        QCOMPARE(outcome.httpStatus, 200);
    }

    void unaskedEnvelope_ofAnError_isTheError()
    {
        m_sandbox.injectFault(SandboxFault::UnaskedEnvelope, "POST");
        PeeringRequest unknown = awsRequest();
        unknown.setGroupId(QStringLiteral("0123456789abcdef01234567"));
        const SubmitOutcome outcome = submitOnce(unknown);
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::RequestFailed);
        QCOMPARE(outcome.httpStatus, 404);
        QCOMPARE(outcome.failure->apiError()->errorCode(), QStringLiteral("GROUP_NOT_FOUND"));
    }

    void apiError_isNotAMaybe()
    {
        PeeringRequest unknown = awsRequest();
        unknown.setGroupId(QStringLiteral("0123456789abcdef01234567"));
        const SubmitOutcome outcome = submitOnce(unknown);
        QCOMPARE(outcome.kind, SubmitOutcome::Kind::RequestFailed);
        QVERIFY(!outcome.mayHaveBeenCreated());
        const QStringList lines = FailureText::apiErrorLines(*outcome.failure);
        QVERIFY(lines.contains(QStringLiteral("errorCode: GROUP_NOT_FOUND")));
        QVERIFY(FailureText::explain(*outcome.failure).contains(QLatin1String("What to do:")));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "TestConnection.moc"
