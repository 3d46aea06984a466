// SPDX-License-Identifier: GPL-3.0-or-later
// From a created peering to a working connection, offscreen against the sandbox: the access list entry offered,
// checked, sent once and followed to ACTIVE; the private connection string of the cluster in the peered region once
// the peering is AVAILABLE; the checklist that says what is left; and what the user typed survives every refusal.
#include "AccessListPanel.h"
#include "OutcomeView.h"
#include "PeeringTracker.h"
#include "PrivateConnectionPanel.h"
#include "ReadyChecklist.h"
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "ValidPeeringRequests.h"
#include "peering/PeeringWatcher.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

Container container(Provider provider)
{
    Container c;
    c.provider = provider;
    switch (provider) {
    case Provider::Aws:
        c.id = SandboxSeed::awsContainerId;
        c.regionName = SandboxSeed::awsRegionName;
        c.atlasCidrBlock = SandboxSeed::awsAtlasCidrBlock;
        break;
    case Provider::Azure:
        c.id = SandboxSeed::azureContainerId;
        c.regionName = SandboxSeed::azureRegion;
        c.atlasCidrBlock = SandboxSeed::azureAtlasCidrBlock;
        break;
    case Provider::Gcp:
        c.id = SandboxSeed::gcpContainerId;
        c.regionName = SandboxSeed::gcpRegion;
        c.atlasCidrBlock = SandboxSeed::gcpAtlasCidrBlock;
        break;
    }
    return c;
}

} // namespace

class TestConnectionSteps : public QObject
{
    Q_OBJECT

private:
    SandboxApiSetup m_setup;

    std::optional<Peering> create(const PeeringRequest &request)
    {
        AtlasReply *reply = m_setup.client->createPeering(request);
        QSignalSpy finished(reply, &AtlasReply::finished);
        if (!reply->isFinished() && !finished.wait(5000)) {
            return std::nullopt;
        }
        reply->deleteLater();
        return reply->isOk() ? Peering::fromJson(reply->json().toObject()) : std::nullopt;
    }

    /// A view following a fresh peering of `request`, the way the window shows a create.
    std::unique_ptr<OutcomeView> follow(const PeeringRequest &request, Provider provider)
    {
        auto view = std::make_unique<OutcomeView>(m_setup.api.get());
        PeeringWatcher::Backoff fast;
        fast.initialMs = 40;
        fast.maxMs = 120;
        view->tracker()->watcher()->setBackoff(fast);
        view->resize(640, 700);
        view->show();
        const std::optional<Peering> peering = create(request);
        if (!peering) {
            return nullptr;
        }
        view->track(SandboxSeed::demoGroupId, *peering, container(provider));
        return view;
    }

    static QPushButton *button(QWidget *in, const char *name)
    {
        return in->findChild<QPushButton *>(QLatin1String(name));
    }

    static QLineEdit *rangesEdit(AccessListPanel *panel)
    {
        return panel->findChild<QLineEdit *>(QStringLiteral("rangesEdit"));
    }

    static QString status(AccessListPanel *panel)
    {
        return panel->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }

private slots:
    void init()
    {
        QVERIFY(m_setup.start());
        m_setup.sandbox->setStatusStepMs(40);
    }

    void cleanup() { m_setup.stop(); }

    void aws_offersTheVpcRange_allowsIt_andReachesAPrivateString()
    {
        // The peering waits at PENDING_ACCEPTANCE until accepted, as in AWS: on a slow machine the tracker could
        // otherwise miss that status between two reads, and never offer "I Have Done This".
        m_setup.sandbox->setRequireAcceptance(true);
        auto view = follow(ValidPeeringRequests::aws(), Provider::Aws);
        QVERIFY(view);
        AccessListPanel *panel = view->accessList();
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(rangesEdit(panel)->text(), QStringLiteral("10.10.0.0/16"));
        QVERIFY(!view->checklist()->isReady());

        QTest::mouseClick(button(panel, "allowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 10000);
        QVERIFY2(status(panel).contains(QLatin1String("ACTIVE")), qPrintable(status(panel)));
        QVERIFY(view->checklist()->isDone(ReadyChecklist::Step::AccessList));

        // The user accepts in AWS and says so; once the peering is AVAILABLE the demo cluster in US_EAST_1 has its
        // private string, with a Copy button.
        QTRY_VERIFY_WITH_TIMEOUT(button(view.get(), "doneButton") && button(view.get(), "doneButton")->isVisible(),
                                 10000);
        QVERIFY(m_setup.sandbox->acceptPeer(SandboxSeed::demoGroupId, view->tracker()->watcher()->lastPeering()->id()));
        QTest::mouseClick(button(view.get(), "doneButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->checklist()->isDone(ReadyChecklist::Step::Accepted), 10000);
        PrivateConnectionPanel *connection = view->privateConnection();
        QTRY_VERIFY_WITH_TIMEOUT(button(connection, "copyPrivateStringButton1") &&
                                     button(connection, "copyPrivateStringButton1")->isEnabled(),
                                 10000);
        QVERIFY2(connection->whyNone().isEmpty(), qPrintable(connection->whyNone()));
        QTest::mouseClick(button(connection, "copyPrivateStringButton1"), Qt::LeftButton);
        QVERIFY2(QApplication::clipboard()->text().contains(QLatin1String("-pri")),
                 qPrintable(QApplication::clipboard()->text()));
        QVERIFY(view->checklist()->isDone(ReadyChecklist::Step::PrivateString));
        // The VPC's DNS settings, filled in for this VPC.
        QVERIFY(button(connection, "copyDnsCommandsButton"));

        // Routes are the user's to vouch for in AWS: "I Have Done This" covered the steps the tracker listed, the
        // route among them; the user can still take that back. With every step done the connection is ready.
        auto *steps = view->checklist()->findChild<QListWidget *>(QStringLiteral("stepsList"));
        QListWidgetItem *routes = steps->item(static_cast<int>(ReadyChecklist::Step::Routes));
        QVERIFY(routes->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(view->checklist()->isReady());
        QVERIFY(view->checklist()->summary().contains(QLatin1String("Ready")));
        routes->setCheckState(Qt::Unchecked);
        QVERIFY(!view->checklist()->isReady());
        QVERIFY(view->checklist()->summary().contains(QLatin1String("1 step")));
    }

    void aPublicRange_isRefusedAtTheField_keepsTheText_andSendsNothing()
    {
        auto view = follow(ValidPeeringRequests::aws(QStringLiteral("vpc-0aaaaaaaaaaaaaaa1")), Provider::Aws);
        QVERIFY(view);
        AccessListPanel *panel = view->accessList();
        QTRY_VERIFY_WITH_TIMEOUT(!status(panel).contains(QLatin1String("Reading")), 5000);
        rangesEdit(panel)->setText(QStringLiteral("52.1.0.0/16, 0.0.0.0/0"));
        // The tracker's status polls (and the clusters read at AVAILABLE) may run meanwhile, as many as the
        // sandbox's steps bring; no access list call may.
        int accessListCalls = 0;
        connect(m_setup.sandbox, &SandboxServer::requestHandled, view.get(),
                [&accessListCalls](const QString &, const QString &path, int) {
                    accessListCalls += path.contains(QLatin1String("/accessList")) ? 1 : 0;
                });
        QTest::mouseClick(button(panel, "allowButton"), Qt::LeftButton);
        QTest::qWait(200);
        auto *help = panel->findChild<QLabel *>(QStringLiteral("rangesHelpLabel"));
        QVERIFY2(help->text().contains(QLatin1String("52.1.0.0/16")), qPrintable(help->text()));
        QCOMPARE(rangesEdit(panel)->text(), QStringLiteral("52.1.0.0/16, 0.0.0.0/0"));
        QVERIFY(rangesEdit(panel)->hasFocus() || !view->isActiveWindow());
        QCOMPARE(accessListCalls, 0);
        QVERIFY(!panel->isReady());
    }

    void aRangeAlreadyAllowed_isNotSentAgain()
    {
        auto view = follow(ValidPeeringRequests::aws(QStringLiteral("vpc-0bbbbbbbbbbbbbbb2")), Provider::Aws);
        QVERIFY(view);
        AccessListPanel *panel = view->accessList();
        rangesEdit(panel)->setText(QStringLiteral("10.0.0.0/8"));
        QTest::mouseClick(button(panel, "allowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 10000);

        // A second peering whose VPC lies inside that entry: nothing to add, and the panel says by which entry.
        AwsPeeringRequest inside = ValidPeeringRequests::awsBody(QStringLiteral("vpc-0ccccccccccccccc3"));
        inside.routeTableCidrBlock = QStringLiteral("10.12.0.0/16"); // a VPC of its own, inside 10.0.0.0/8
        auto second = follow(PeeringRequest(SandboxSeed::demoGroupId, inside), Provider::Aws);
        QVERIFY(second);
        AccessListPanel *again = second->accessList();
        QTRY_VERIFY_WITH_TIMEOUT(status(again).contains(QLatin1String("10.0.0.0/8")), 5000);
        QVERIFY(again->isReady());
        QSignalSpy messages(again, &AccessListPanel::statusMessage);
        QTest::mouseClick(button(again, "allowButton"), Qt::LeftButton);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(QLatin1String("nothing was sent")));
    }

    void atlasRefusal_keepsWhatWasTyped()
    {
        auto view = follow(ValidPeeringRequests::aws(QStringLiteral("vpc-0ddddddddddddddd4")), Provider::Aws);
        QVERIFY(view);
        // The read-only project: Atlas answers 403 to the POST.
        AccessListPanel panel(m_setup.api.get());
        const Peering peering = *Peering::fromJson({{"id", "6a0000000000000000000001"},
                                                    {"providerName", "AWS"},
                                                    {"vpcId", "vpc-0ddddddddddddddd4"},
                                                    {"routeTableCidrBlock", "10.44.0.0/16"},
                                                    {"statusName", "AVAILABLE"}});
        panel.setPeering(SandboxSeed::readOnlyGroupId, peering, container(Provider::Aws));
        rangesEdit(&panel)->setText(QStringLiteral("10.44.0.0/16, 10.45.0.0/24"));
        QTest::mouseClick(button(&panel, "allowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&panel).contains(QLatin1String("did not add")), 5000);
        QCOMPARE(rangesEdit(&panel)->text(), QStringLiteral("10.44.0.0/16, 10.45.0.0/24"));
        QVERIFY(button(&panel, "allowButton")->isEnabled());
        QVERIFY(!panel.isReady());
    }

    void gcp_asksForTheRanges_andExplainsThePodRange()
    {
        auto view = follow(ValidPeeringRequests::gcp(), Provider::Gcp);
        QVERIFY(view);
        AccessListPanel *panel = view->accessList();
        QVERIFY(rangesEdit(panel)->text().isEmpty());
        auto *help = panel->findChild<QLabel *>(QStringLiteral("rangesHelpLabel"));
        QVERIFY2(help->text().contains(QLatin1String("gcloud compute networks subnets list")),
                 qPrintable(help->text()));
        auto *notes = panel->findChild<QLabel *>(QStringLiteral("notesLabel"));
        QVERIFY(notes->isVisible());
        QVERIFY(notes->text().contains(QLatin1String("Pod range")));
        // Routes are Google Cloud's own business: that step is done from the start.
        QVERIFY(view->checklist()->isDone(ReadyChecklist::Step::Routes));

        rangesEdit(panel)->setText(QStringLiteral("10.60.0.0/20 10.64.0.0/14"));
        QTest::mouseClick(button(panel, "allowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 10000);
    }

    void noClusterInThePeeredRegion_saysWhy()
    {
        PrivateConnectionPanel panel(m_setup.api.get());
        Container elsewhere = container(Provider::Aws);
        elsewhere.regionName = QStringLiteral("AP_SOUTHEAST_2");
        const Peering peering = *Peering::fromJson({{"id", "6a0000000000000000000002"},
                                                    {"providerName", "AWS"},
                                                    {"vpcId", "vpc-0eeeeeeeeeeeeeee5"},
                                                    {"statusName", "AVAILABLE"}});
        panel.setPeering(SandboxSeed::demoGroupId, peering, elsewhere);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.whyNone().isEmpty(), 5000);
        QVERIFY2(panel.whyNone().contains(QLatin1String("No cluster")), qPrintable(panel.whyNone()));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("copyPrivateStringButton1")));
    }

    void aFailureOrANewRequest_hidesTheSteps()
    {
        auto view = follow(ValidPeeringRequests::aws(QStringLiteral("vpc-0fffffffffffffff6")), Provider::Aws);
        QVERIFY(view);
        QVERIFY(view->accessList()->isVisible());
        view->showNotSent();
        QVERIFY(!view->accessList()->isVisible());
        QVERIFY(!view->privateConnection()->isVisible());
        QVERIFY(!view->checklist()->isVisible());
    }
};

QTEST_MAIN(TestConnectionSteps)
#include "TestConnectionSteps.moc"
