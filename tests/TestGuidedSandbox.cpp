// SPDX-License-Identifier: GPL-3.0-or-later
// The guided flow against the sandbox over loopback: every page of a list, following a peering through a 429, the
// cloud-side step and the FAILED states.
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "api/AtlasApi.h"
#include "model/Peering.h"
#include "model/Project.h"
#include "peering/NextSteps.h"
#include "peering/PeeringWatcher.h"
#include "transport/AtlasClient.h"
#include "transport/PagedFetch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

PeeringRequest awsRequest(const QString &account = QStringLiteral("012345678901"))
{
    return PeeringRequest(SandboxSeed::demoGroupId,
                          AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-east-1"), account,
                                            QStringLiteral("10.10.0.0/16"), QStringLiteral("vpc-0123456789abcdef0")});
}

PeeringWatcher::Backoff fastBackoff()
{
    PeeringWatcher::Backoff backoff;
    backoff.initialMs = 40;
    backoff.factor = 1.5;
    backoff.maxMs = 150;
    return backoff;
}

} // namespace

class TestGuidedSandbox : public QObject
{
    Q_OBJECT

private:
    TestSupport::SandboxApiSetup m_setup;

    QString create(const PeeringRequest &request)
    {
        AtlasReply *reply = m_setup.client->createPeering(request);
        QSignalSpy spy(reply, &AtlasReply::finished);
        if (!spy.wait(5000) || !reply->isOk()) {
            return {};
        }
        reply->deleteLater();
        return reply->json().toObject().value(QLatin1String("id")).toString();
    }

private slots:
    void init() { QVERIFY(m_setup.start()); }

    void cleanup() { m_setup.stop(); }

    void pagedFetch_moreThan500Peers_readsEveryPageOnce()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 1100);
        PagedFetch fetch(m_setup.client, QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId),
                         QUrlQuery{{QStringLiteral("providerName"), QStringLiteral("AWS")}});
        QSignalSpy spy(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(spy.wait(10000));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!fetch.failure());
        QCOMPARE(fetch.pagesFetched(), 3);
        QCOMPARE(fetch.results().size(), 1100);
        QSet<QString> ids;
        for (const QJsonValue &item : fetch.results()) {
            ids.insert(item.toObject().value(QLatin1String("id")).toString());
        }
        QCOMPARE(ids.size(), 1100);
    }

    void pagedFetch_exactlyOneFullPage_stopsWithoutAnEmptyExtraPage()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 500);
        PagedFetch fetch(m_setup.client, QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId),
                         QUrlQuery{{QStringLiteral("providerName"), QStringLiteral("GCP")}});
        QSignalSpy spy(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(fetch.pagesFetched(), 1);
        QCOMPARE(fetch.results().size(), 500);
    }

    void pagedFetch_groups_listsTheSandboxProjects()
    {
        PagedFetch fetch(m_setup.client, QStringLiteral("/groups"));
        QSignalSpy spy(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(fetch.results().size(), 2);
        const auto first = Project::fromJson(fetch.results().first().toObject());
        QCOMPARE(first->name, SandboxSeed::demoGroupName);
    }

    void pagedFetch_cancelled_reportsOnceWithCancelled()
    {
        PagedFetch fetch(m_setup.client, QStringLiteral("/groups"));
        QSignalSpy spy(&fetch, &PagedFetch::finished);
        fetch.start();
        fetch.cancel();
        QVERIFY(spy.wait(5000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QVERIFY(fetch.failure());
        QCOMPARE(fetch.failure()->kind(), RequestFailure::Kind::Cancelled);
    }

    void pagedFetch_unknownProject_reportsTheApiError()
    {
        PagedFetch fetch(m_setup.client, QStringLiteral("/groups/5f0a1b2c3d4e5f6a7b8c9d99/peers"));
        QSignalSpy spy(&fetch, &PagedFetch::finished);
        fetch.start();
        QVERIFY(spy.wait(5000));
        QVERIFY(fetch.failure());
        QCOMPARE(fetch.failure()->apiError()->errorCode(), QStringLiteral("GROUP_NOT_FOUND"));
    }

    void watcher_throughA429_honoursRetryAfterThenWaitsForAcceptanceThenReachesAvailable()
    {
        m_setup.sandbox->setStatusStepMs(100);
        m_setup.sandbox->setRequireAcceptance(true);
        const QString id = create(awsRequest());
        QVERIFY(!id.isEmpty());
        m_setup.sandbox->throttlePeerReads(1, 1);

        PeeringWatcher watcher(m_setup.api.get());
        watcher.setBackoff(fastBackoff());
        QStringList statuses;
        QList<qint64> seenAtMs;
        QElapsedTimer clock;
        connect(&watcher, &PeeringWatcher::statusChanged, this, [&](const Peering &peering, const QDateTime &at) {
            statuses.append(peering.status());
            seenAtMs.append(clock.elapsed());
            QVERIFY(at.isValid());
        });
        QSignalSpy retrying(&watcher, &PeeringWatcher::retrying);
        clock.start();
        watcher.watch(SandboxSeed::demoGroupId, id);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PeeringWatcher::State::WaitingForUser, 5000);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 1000);
        QVERIFY2(seenAtMs.first() >= 950, qPrintable(QString::number(seenAtMs.first())));
        QCOMPARE(statuses.last(), QStringLiteral("PENDING_ACCEPTANCE"));
        QVERIFY(watcher.lastPeering()->connectionId().startsWith(QStringLiteral("pcx-")));

        // Nobody accepted: it stays paused, and the sandbox keeps it pending however long we wait.
        QTest::qWait(300);
        QCOMPARE(watcher.state(), PeeringWatcher::State::WaitingForUser);

        QVERIFY(m_setup.sandbox->acceptPeer(SandboxSeed::demoGroupId, id));
        watcher.resume();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PeeringWatcher::State::Available, 5000);
        QCOMPARE(statuses.last(), QStringLiteral("AVAILABLE"));
        QVERIFY(statuses.contains(QStringLiteral("FINALIZING")) || statuses.size() >= 2);
    }

    void watcher_gcpWithAcceptanceOverHttp_reachesAvailable()
    {
        m_setup.sandbox->setStatusStepMs(80);
        m_setup.sandbox->setRequireAcceptance(true);
        const QString id = create(PeeringRequest(
            SandboxSeed::demoGroupId, GcpPeeringRequest{SandboxSeed::gcpContainerId, QStringLiteral("my-gcp-project"),
                                                        QStringLiteral("default")}));
        QVERIFY(!id.isEmpty());
        PeeringWatcher watcher(m_setup.api.get());
        watcher.setBackoff(fastBackoff());
        watcher.watch(SandboxSeed::demoGroupId, id);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PeeringWatcher::State::WaitingForUser, 5000);
        QCOMPARE(watcher.lastPeering()->status(), QStringLiteral("WAITING_FOR_USER"));

        AtlasReply *accept = m_setup.client->send(
            "POST", QStringLiteral("/groups/%1/peers/%2:sandboxAccept").arg(SandboxSeed::demoGroupId, id));
        QSignalSpy acceptSpy(accept, &AtlasReply::finished);
        QVERIFY(acceptSpy.wait(5000));
        QVERIFY2(accept->isOk(), qPrintable(accept->failure() ? accept->failure()->message() : QString()));
        watcher.resume();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PeeringWatcher::State::Available, 5000);
    }

    void sandboxAccept_peerNotWaiting_answers409()
    {
        const QString id = create(PeeringRequest(
            SandboxSeed::demoGroupId,
            AzurePeeringRequest{SandboxSeed::azureContainerId, QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"), QStringLiteral("rg"),
                                QStringLiteral("vnet")}));
        AtlasReply *accept = m_setup.client->send(
            "POST", QStringLiteral("/groups/%1/peers/%2:sandboxAccept").arg(SandboxSeed::demoGroupId, id));
        QSignalSpy spy(accept, &AtlasReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(accept->httpStatus(), 409);
        QCOMPARE(accept->failure()->apiError()->errorCode(), QStringLiteral("PEER_INVALID_STATE"));
    }

    void watcher_magicFailure_endsFailedWithPlainWords_data()
    {
        QTest::addColumn<PeeringRequest>("request");
        QTest::addColumn<QString>("errorState");
        QTest::addColumn<QString>("plainWords");
        QTest::newRow("AWS account 000000000000 is rejected")
            << awsRequest(QStringLiteral("000000000000")) << "REJECTED"
            << "rejected in AWS";
        QTest::newRow("an Azure resource group starting with fail lacks the role")
            << PeeringRequest(SandboxSeed::demoGroupId,
                              AzurePeeringRequest{SandboxSeed::azureContainerId,
                                                  QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                                  QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                  QStringLiteral("fail-rg"), QStringLiteral("vnet")})
            << "Network Contributor"
            << "Azure refused";
        QTest::newRow("a GCP network starting with fail is not found")
            << PeeringRequest(SandboxSeed::demoGroupId,
                              GcpPeeringRequest{SandboxSeed::gcpContainerId, QStringLiteral("my-gcp-project"),
                                                QStringLiteral("fail-net")})
            << "was not found"
            << "Google Cloud refused";
    }

    void watcher_magicFailure_endsFailedWithPlainWords()
    {
        QFETCH(PeeringRequest, request);
        QFETCH(QString, errorState);
        QFETCH(QString, plainWords);
        m_setup.sandbox->setStatusStepMs(60);
        const QString id = create(request);
        QVERIFY(!id.isEmpty());
        PeeringWatcher watcher(m_setup.api.get());
        watcher.setBackoff(fastBackoff());
        // The AWS rejection comes after PENDING_ACCEPTANCE: the user "did" the step, and it went wrong.
        connect(&watcher, &PeeringWatcher::stateChanged, this, [&watcher](PeeringWatcher::State state) {
            if (state == PeeringWatcher::State::WaitingForUser) {
                watcher.resume();
            }
        });
        watcher.watch(SandboxSeed::demoGroupId, id);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PeeringWatcher::State::Failed, 5000);
        QVERIFY(watcher.lastPeering()->errorState().contains(errorState));
        const QString text = NextSteps::failureExplanation(*watcher.lastPeering());
        QVERIFY2(text.contains(plainWords), qPrintable(text));
    }

    void watcher_deletedPeering_stopsAsGone()
    {
        PeeringWatcher watcher(m_setup.api.get());
        watcher.setBackoff(fastBackoff());
        QSignalSpy failed(&watcher, &PeeringWatcher::failed);
        watcher.watch(SandboxSeed::demoGroupId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PeeringWatcher::State::Gone, 5000);
        QCOMPARE(failed.count(), 1);
    }

    void watcher_cancelled_readsNoMore()
    {
        const QString id = create(awsRequest());
        PeeringWatcher watcher(m_setup.api.get());
        watcher.setBackoff(fastBackoff());
        QSignalSpy changed(&watcher, &PeeringWatcher::statusChanged);
        watcher.watch(SandboxSeed::demoGroupId, id);
        watcher.cancel();
        const int requests = m_setup.sandbox->requestCount();
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(watcher.state(), PeeringWatcher::State::Idle);
        QCOMPARE(m_setup.sandbox->requestCount(), requests);
    }
};

QTEST_GUILESS_MAIN(TestGuidedSandbox)
#include "TestGuidedSandbox.moc"
