// SPDX-License-Identifier: GPL-3.0-or-later
// From a created peering to a working connection, offscreen against the sandbox: the access list entry offered,
// checked, sent once and followed to ACTIVE; the private connection string of the cluster in the peered region once
// the peering is AVAILABLE; the checklist that says what is left; and what the user typed survives every refusal.
// Azure and Google Cloud go the whole way in the real window, from an empty form (issue 17).
#include "AccessListPanel.h"
#include "ContainerPanel.h"
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "OutcomeView.h"
#include "PeeringTracker.h"
#include "PrivateConnectionPanel.h"
#include "ReadyChecklist.h"
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
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
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

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

/// The private SRV string Atlas publishes for a demo cluster once a peering of its container is AVAILABLE.
QString privateSrv(const QString &clusterName)
{
    return QStringLiteral("mongodb+srv://%1-pri.%2.mongodb.net").arg(clusterName, SandboxSeed::clusterHostTag);
}

} // namespace

class TestConnectionSteps : public QObject
{
    Q_OBJECT

private:
    SandboxApiSetup m_setup;
    // The real window, for the steps from an empty form: made by openWindowInSandbox(), gone in cleanup().
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_windowClient;
    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;

    /// The window on screen with the sandbox turned on, as a user finds it: the demo project filled in, the
    /// provider's page empty. Its key goes to the private keyring of scripts/with-keyring.sh.
    bool openWindowInSandbox()
    {
        if (qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER")) {
            qWarning("run through scripts/with-keyring.sh");
            return false;
        }
        m_stores = std::make_unique<IsolatedStores>(QStringLiteral("io.github.peeringdesk.PeeringDesk.steptests"));
        m_windowClient = std::make_unique<AtlasClient>();
        m_session = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window = std::make_unique<MainWindow>(m_windowClient.get(), &m_stores->profiles(), &m_stores->settings(),
                                                m_session.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
        m_window->resize(1100, 720);
        m_window->show();
        if (!m_stores->isValid() || !QTest::qWaitForWindowExposed(m_window.get()) || !m_ui->startSandbox() ||
            !m_ui->waitUntilFormSettled()) {
            return false;
        }
        m_ui->sandboxServer()->setStatusStepMs(40);
        return true;
    }

    enum class Pace { Quick, Settled };

    /// Fills `provider`'s page, presses Create and returns the outcome that follows the created peering (null if
    /// none was created). Quick: Create before the provider's container list has come back, as a user who types
    /// fast or opens a saved form may; Settled: once the list is in and the container chosen.
    OutcomeView *createInWindow(Provider provider, const QString &containerId, Pace pace)
    {
        provider == Provider::Azure ? m_ui->fillAzure() : m_ui->fillGcp();
        // The sandbox puts its container's id in the field at once; the list of containers comes later.
        auto *containers = m_window->findChild<ContainerPanel *>();
        const auto listed = [containers, containerId] {
            const QList<Container> all = containers->containers();
            return std::any_of(all.cbegin(), all.cend(), [&](const Container &c) { return c.id == containerId; });
        };
        if (!containers || m_ui->field("containerId")->text() != containerId ||
            (pace == Pace::Quick ? listed() : !QTest::qWaitFor(listed, 5000) || !m_ui->waitUntilFormSettled())) {
            qWarning("the container is not where this test wants it");
            return nullptr;
        }
        if (!m_ui->submitAndWait() || !m_ui->title().contains(QLatin1String("Peering created"))) {
            qWarning("not created: %s", qPrintable(m_ui->title()));
            return nullptr;
        }
        auto *view = qobject_cast<OutcomeView *>(m_ui->find<QStackedWidget>("outcomeStack")->currentWidget());
        if (view) {
            // The reads after the first come as quickly as the sandbox moves, as for the views above.
            PeeringWatcher::Backoff fast;
            fast.initialMs = 40;
            fast.maxMs = 120;
            view->tracker()->watcher()->setBackoff(fast);
        }
        return view;
    }

    /// Types the ranges into the panel, allows them and waits for ACTIVE.
    static bool allowInPanel(AccessListPanel *panel, const QString &typed)
    {
        if (!QTest::qWaitFor([panel] { return !status(panel).contains(QLatin1String("Reading")); }, 5000)) {
            return false;
        }
        QLineEdit *edit = rangesEdit(panel);
        edit->setFocus();
        QTest::keyClicks(edit, typed);
        QTest::mouseClick(button(panel, "allowButton"), Qt::LeftButton);
        return QTest::qWaitFor([panel] { return panel->isReady(); }, 15000) &&
               status(panel).contains(QLatin1String("ACTIVE"));
    }

    /// No AWS DNS step is on show: Azure and Google Cloud resolve the private host names by themselves.
    static bool showsNoDnsCommands(PrivateConnectionPanel *connection)
    {
        const auto blocks = connection->findChildren<QWidget *>(QStringLiteral("dnsCommandBlock"));
        const auto copies = connection->findChildren<QPushButton *>(QStringLiteral("copyDnsCommandsButton"));
        return std::none_of(blocks.cbegin(), blocks.cend(), [](const QWidget *w) { return w->isVisible(); }) &&
               std::none_of(copies.cbegin(), copies.cend(), [](const QWidget *w) { return w->isVisible(); });
    }

    /// Every row of the checklist is ticked and it says so. Its checks end only this helper: call it last.
    static void verifyAllDone(ReadyChecklist *checklist)
    {
        for (const auto step : {ReadyChecklist::Step::Accepted, ReadyChecklist::Step::Routes,
                                ReadyChecklist::Step::AccessList, ReadyChecklist::Step::PrivateString}) {
            QVERIFY2(checklist->isDone(step), qPrintable(QString::number(static_cast<int>(step))));
        }
        QVERIFY(checklist->isReady());
        QVERIFY2(checklist->summary().contains(QLatin1String("Ready")), qPrintable(checklist->summary()));
    }

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

    // Azure and Google Cloud: one cluster in the peered region, its string published, copied exactly, no AWS DNS.
    void verifyCopiesTheOnlyPrivateString(PrivateConnectionPanel *connection, const QString &expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(button(connection, "copyPrivateStringButton1") &&
                                     button(connection, "copyPrivateStringButton1")->isEnabled(),
                                 10000);
        QVERIFY2(connection->whyNone().isEmpty(), qPrintable(connection->whyNone()));
        QCOMPARE(connection->findChild<QLineEdit *>(QStringLiteral("privateString1"))->text(), expected);
        QVERIFY(!button(connection, "copyPrivateStringButton2"));
        QVERIFY(showsNoDnsCommands(connection));
        QApplication::clipboard()->clear();
        QTest::mouseClick(button(connection, "copyPrivateStringButton1"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_setup.start());
        m_setup.sandbox->setStatusStepMs(40);
    }

    void cleanup()
    {
        if (m_window) {
            m_window->close();
            m_ui.reset();
            m_window.reset();
            m_session.reset();
            QVERIFY(m_stores->drainKeychain());
        }
        m_stores.reset();
        m_windowClient.reset();
        m_setup.stop();
    }

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

    void azure_asksForTheRanges_allowsThem_andReachesAPrivateString()
    {
        QVERIFY(openWindowInSandbox());
        OutcomeView *view = createInWindow(Provider::Azure, SandboxSeed::azureContainerId, Pace::Quick);
        QVERIFY(view);
        // The steps come under the result once the outcome knows the peering's container.
        AccessListPanel *panel = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((panel = view->findChild<AccessListPanel *>(QStringLiteral("accessListPanel"))) &&
                                     panel->isVisible(),
                                 5000);
        // The request names a VNet, not its ranges: the panel asks, and says where to find them.
        QVERIFY(rangesEdit(panel)->text().isEmpty());
        auto *help = panel->findChild<QLabel *>(QStringLiteral("rangesHelpLabel"));
        QVERIFY2(help->text().contains(QLatin1String("az network vnet show")), qPrintable(help->text()));
        QVERIFY(allowInPanel(panel, QStringLiteral("10.70.0.0/16")));
        auto *checklist = view->findChild<ReadyChecklist *>(QStringLiteral("readyChecklist"));
        QVERIFY(checklist && checklist->isVisible());
        QVERIFY(checklist->isDone(ReadyChecklist::Step::AccessList));

        // Azure asks nothing of the user once the permissions are there: Atlas finishes the peering by itself.
        QTRY_VERIFY_WITH_TIMEOUT(checklist->isDone(ReadyChecklist::Step::Accepted), 10000);
        QVERIFY(!button(view, "doneButton")->isVisible());
        auto *connection = view->findChild<PrivateConnectionPanel *>(QStringLiteral("privateConnectionPanel"));
        QVERIFY(connection && connection->isVisible());
        verifyCopiesTheOnlyPrivateString(connection, privateSrv(SandboxSeed::azureClusterName));
        if (QTest::currentTestFailed()) {
            return;
        }
        // All of it in the window the form is in.
        QVERIFY(m_window->isAncestorOf(connection) && m_window->isAncestorOf(checklist));
        verifyAllDone(checklist);
    }

    void gcp_allowsTheRanges_acceptsInTheCloud_andReachesAPrivateString()
    {
        QVERIFY(openWindowInSandbox());
        OutcomeView *view = createInWindow(Provider::Gcp, SandboxSeed::gcpContainerId, Pace::Settled);
        QVERIFY(view);
        // The steps come under the result once the outcome knows the peering's container.
        AccessListPanel *panel = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((panel = view->findChild<AccessListPanel *>(QStringLiteral("accessListPanel"))) &&
                                     panel->isVisible(),
                                 5000);
        QVERIFY(rangesEdit(panel)->text().isEmpty());
        auto *help = panel->findChild<QLabel *>(QStringLiteral("rangesHelpLabel"));
        QVERIFY2(help->text().contains(QLatin1String("gcloud compute networks subnets list --network=default")),
                 qPrintable(help->text()));
        QVERIFY(allowInPanel(panel, QStringLiteral("10.60.0.0/20")));
        auto *checklist = view->findChild<ReadyChecklist *>(QStringLiteral("readyChecklist"));
        QVERIFY(checklist && checklist->isVisible());
        QVERIFY(checklist->isDone(ReadyChecklist::Step::AccessList));

        // Atlas waits for the peering from the user's network (WAITING_FOR_USER); until then there is no string.
        QPushButton *done = button(view, "doneButton");
        QTRY_VERIFY_WITH_TIMEOUT(done->isVisible(), 10000);
        QVERIFY2(done->text().contains(QLatin1String("Google Cloud")), qPrintable(done->text()));
        // The gcloud peering the tracker gives names Atlas's side of it.
        const QString commands = view->tracker()->commands().join(u'\n');
        QVERIFY2(commands.contains(SandboxSeed::gcpContainerProjectId) &&
                     commands.contains(SandboxSeed::gcpContainerNetworkName),
                 qPrintable(commands));
        QVERIFY(!checklist->isDone(ReadyChecklist::Step::Accepted));
        auto *connection = view->findChild<PrivateConnectionPanel *>(QStringLiteral("privateConnectionPanel"));
        QVERIFY(connection && connection->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(connection->whyNone().contains(QLatin1String("WAITING_FOR_USER")), 5000);
        QVERIFY(!button(connection, "copyPrivateStringButton1") ||
                !button(connection, "copyPrivateStringButton1")->isEnabled());

        // The user runs the gcloud peering and says so; in the sandbox that click is the other side's peering.
        QTest::mouseClick(done, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(checklist->isDone(ReadyChecklist::Step::Accepted), 10000);
        verifyCopiesTheOnlyPrivateString(connection, privateSrv(SandboxSeed::gcpClusterName));
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(m_window->isAncestorOf(connection) && m_window->isAncestorOf(checklist));
        verifyAllDone(checklist);
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
