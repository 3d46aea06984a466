// SPDX-License-Identifier: GPL-3.0-or-later
// The guided-peering widgets against the sandbox, offscreen: projects, containers, the tracker and the peerings view.
#include "ContainerPanel.h"
#include "PeeringTracker.h"
#include "PeeringsModel.h"
#include "PeeringsView.h"
#include "PreflightPanel.h"
#include "ProjectPicker.h"
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "api/AtlasApi.h"
#include "peering/FailureText.h"
#include "transport/AtlasClient.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

QPushButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            return qobject_cast<QPushButton *>(button);
        }
    }
    return nullptr;
}

} // namespace

class TestGuidedWidgets : public QObject
{
    Q_OBJECT

private:
    TestSupport::SandboxApiSetup m_setup;

    Peering create(const PeeringRequest &request)
    {
        AtlasReply *reply = m_setup.client->createPeering(request);
        QSignalSpy spy(reply, &AtlasReply::finished);
        spy.wait(5000);
        reply->deleteLater();
        return *Peering::fromJson(reply->json().toObject());
    }

private slots:
    void init() { QVERIFY(m_setup.start()); }

    void cleanup() { m_setup.stop(); }

    void projectPicker_refresh_listsTheSandboxProjectsAndKeepsTypedIds()
    {
        ProjectPicker picker(m_setup.api.get());
        QSignalSpy loaded(&picker, &ProjectPicker::projectsLoaded);
        QSignalSpy changed(&picker, &ProjectPicker::groupIdChanged);
        picker.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toInt(), 2);
        auto *combo = picker.findChild<QComboBox *>(QStringLiteral("projectCombo"));
        QCOMPARE(picker.comboBox(), combo);
        QCOMPARE(picker.lineEdit(), combo->lineEdit());
        QCOMPARE(combo->count(), 2);
        QVERIFY(combo->itemText(0).contains(SandboxSeed::demoGroupName));
        QCOMPARE(picker.groupId(), SandboxSeed::demoGroupId);
        QVERIFY(!changed.isEmpty());

        picker.setGroupId(SandboxSeed::readOnlyGroupId);
        QCOMPARE(picker.groupId(), SandboxSeed::readOnlyGroupId);
        combo->setEditText(QStringLiteral("  aaaaaaaaaaaaaaaaaaaaaaaa\n"));
        QCOMPARE(picker.groupId(), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(changed.last().first().toString(), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"));
    }

    void containerPanel_aws_listsTheSeededContainerAndSelectsIt()
    {
        ContainerPanel panel(m_setup.api.get());
        QSignalSpy selected(&panel, &ContainerPanel::containerSelected);
        QSignalSpy loaded(&panel, &ContainerPanel::containersLoaded);
        panel.setProject(SandboxSeed::demoGroupId, Provider::Aws);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(panel.containers().size(), 1);
        QCOMPARE(panel.selectedContainer()->id, SandboxSeed::awsContainerId);
        QCOMPARE(selected.count(), 1);
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("containerTable"));
        QCOMPARE(table->item(0, 1)->text(), SandboxSeed::awsAtlasCidrBlock);
    }

    void containerPanel_unknownProject_saysWhyAndLoadsNothing()
    {
        ContainerPanel panel(m_setup.api.get());
        QSignalSpy loaded(&panel, &ContainerPanel::containersLoaded);
        auto *status = panel.findChild<QLabel *>(QStringLiteral("statusLabel"));
        panel.setProject(QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d99"), Provider::Aws);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 5000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Could not list containers: ")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d99")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1Char('\n')));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(panel.containers().isEmpty());
    }

    void containerPanel_providerChangedWhileLoading_showsOnlyTheNewOne()
    {
        ContainerPanel panel(m_setup.api.get());
        QSignalSpy loaded(&panel, &ContainerPanel::containersLoaded);
        panel.setProject(SandboxSeed::demoGroupId, Provider::Aws);
        panel.setProject(SandboxSeed::demoGroupId, Provider::Gcp);
        QVERIFY(loaded.wait(5000));
        QTest::qWait(100); // the AWS list, had it not been dropped, would land here
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(panel.containers().size(), 1);
        QCOMPARE(panel.containers().first().id, SandboxSeed::gcpContainerId);
    }

    void containerPanel_newContainer_validatesInlineAndCreatesIt()
    {
        ContainerPanel panel(m_setup.api.get());
        QSignalSpy loaded(&panel, &ContainerPanel::containersLoaded);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setProject(SandboxSeed::demoGroupId, Provider::Aws);
        QVERIFY(loaded.wait(5000));
        panel.showCreateForm(true);
        auto *region = panel.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        auto *cidr = panel.findChild<QLineEdit *>(QStringLiteral("cidrEdit"));
        auto *create = panel.findChild<QPushButton *>(QStringLiteral("createContainerButton"));
        auto *problem = panel.findChild<QLabel *>(QStringLiteral("cidrProblemLabel"));
        auto *wins = panel.findChild<QLabel *>(QStringLiteral("cidrWinsLabel"));

        // The seeded container's region: its CIDR would win over the typed one, and Create stays off.
        region->setCurrentIndex(region->findData(SandboxSeed::awsRegionName));
        QTest::keyClicks(cidr, QStringLiteral("10.0.0.0/21"));
        QVERIFY(wins->isVisibleTo(&panel));
        QVERIFY(wins->text().contains(SandboxSeed::awsAtlasCidrBlock));
        QVERIFY(!create->isEnabled());

        region->setCurrentIndex(region->findData(QStringLiteral("EU_WEST_1")));
        cidr->setText(QStringLiteral("10.0.0.0/20"));
        QVERIFY(problem->isVisibleTo(&panel));
        QVERIFY(problem->text().contains(QStringLiteral("/21 to /24")));
        QVERIFY(!create->isEnabled());
        cidr->setText(QStringLiteral("10.0.3.0/21"));
        QVERIFY(problem->text().contains(QStringLiteral("10.0.0.0/21")));
        cidr->setText(QStringLiteral("10.0.0.0/21"));
        QVERIFY(!problem->isVisibleTo(&panel));
        QVERIFY(!wins->isVisibleTo(&panel));
        QVERIFY(create->isEnabled());

        QSignalSpy created(&panel, &ContainerPanel::containerCreated);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY2(created.wait(5000), qPrintable(panel.findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        const auto container = created.first().first().value<Container>();
        QCOMPARE(container.regionName, QStringLiteral("EU_WEST_1"));
        QCOMPARE(container.atlasCidrBlock, QStringLiteral("10.0.0.0/21"));
        QCOMPARE(panel.containers().size(), 2);
        QCOMPARE(panel.selectedContainer()->id, container.id);
    }

    void containerPanel_gcp_offersAtlasRegionsAndTheSizeRule()
    {
        ContainerPanel panel(m_setup.api.get());
        QSignalSpy loaded(&panel, &ContainerPanel::containersLoaded);
        panel.setProject(SandboxSeed::demoGroupId, Provider::Gcp);
        QVERIFY(loaded.wait(5000));
        auto *regions = panel.findChild<QListWidget *>(QStringLiteral("gcpRegionList"));
        QCOMPARE(regions->count(), 0); // filled when the user asks for a new container
        panel.showCreateForm(true);
        QVERIFY(!regions->findItems(QStringLiteral("CENTRAL_US"), Qt::MatchExactly).isEmpty());
        panel.findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->setText(QStringLiteral("10.8.0.0/22"));
        QCOMPARE(panel.containerRequest().validate().size(), 1);
        regions->findItems(QStringLiteral("CENTRAL_US"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        QVERIFY(panel.containerRequest().isValid());
    }

    void preflightPanel_errors_showTheStyleIconsAndAVerdict()
    {
        PreflightPanel panel;
        panel.setFindings({{PreflightFinding::Severity::Error, QStringLiteral("duplicate"), QStringLiteral("Dup.")},
                           {PreflightFinding::Severity::Info, QStringLiteral("cross-region"), QStringLiteral("X.")}});
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("findingList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY(panel.hasErrors());
        panel.setFindings({});
        QVERIFY(!panel.hasErrors());
    }

    void peeringTracker_awsWithAcceptance_showsCommandsDeadlineAndReachesAvailable()
    {
        m_setup.sandbox->setStatusStepMs(80);
        m_setup.sandbox->setRequireAcceptance(true);
        const Peering created = create(PeeringRequest(
            SandboxSeed::demoGroupId,
            AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-east-1"), QStringLiteral("123456789012"),
                              QStringLiteral("10.10.0.0/16"), QStringLiteral("vpc-0123456789abcdef0")}));
        Container container;
        container.id = SandboxSeed::awsContainerId;
        container.provider = Provider::Aws;
        container.regionName = SandboxSeed::awsRegionName;
        container.atlasCidrBlock = SandboxSeed::awsAtlasCidrBlock;

        PeeringTracker tracker(m_setup.api.get());
        PeeringWatcher::Backoff fast;
        fast.initialMs = 40;
        fast.maxMs = 120;
        tracker.watcher()->setBackoff(fast);
        tracker.track(SandboxSeed::demoGroupId, created, container);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.watcher()->state(), PeeringWatcher::State::WaitingForUser, 5000);
        QCOMPARE(tracker.commands().size(), 3);
        QVERIFY(tracker.commands().first().startsWith(QStringLiteral("aws ec2 accept-vpc-peering-connection")));
        QVERIFY(tracker.commands().at(1).contains(SandboxSeed::awsAtlasCidrBlock));
        QVERIFY(tracker.acceptanceDeadline().isValid());
        auto *done = tracker.findChild<QPushButton *>(QStringLiteral("doneButton"));
        QVERIFY(done->isVisibleTo(&tracker));
        QVERIFY(done->text().contains(QStringLiteral("AWS")));

        QVERIFY(m_setup.sandbox->acceptPeer(SandboxSeed::demoGroupId, created.id()));
        QTest::mouseClick(done, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.watcher()->state(), PeeringWatcher::State::Available, 5000);
        QVERIFY(tracker.timeline().last().endsWith(QStringLiteral("AVAILABLE")));
        QVERIFY(tracker.commands().isEmpty());
    }

    void peeringTracker_gcpFailure_explainsInPlainWords()
    {
        m_setup.sandbox->setStatusStepMs(50);
        const Peering created = create(PeeringRequest(
            SandboxSeed::demoGroupId, GcpPeeringRequest{SandboxSeed::gcpContainerId, QStringLiteral("my-gcp-project"),
                                                        QStringLiteral("fail-net")}));
        PeeringTracker tracker(m_setup.api.get());
        PeeringWatcher::Backoff fast;
        fast.initialMs = 40;
        fast.maxMs = 120;
        tracker.watcher()->setBackoff(fast);
        tracker.track(SandboxSeed::demoGroupId, created, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.watcher()->state(), PeeringWatcher::State::Failed, 5000);
        QVERIFY2(tracker.failureText().contains(QStringLiteral("Google Cloud refused")),
                 qPrintable(tracker.failureText()));
    }

    void peeringTracker_unknownPeering_explainsTheFailureLikeEveryPanel()
    {
        PeeringTracker tracker(m_setup.api.get());
        PeeringWatcher::Backoff fast;
        fast.initialMs = 40;
        fast.maxMs = 120;
        tracker.watcher()->setBackoff(fast);
        std::optional<RequestFailure> failure;
        int failures = 0;
        connect(tracker.watcher(), &PeeringWatcher::failed, this, [&](const RequestFailure &reported) {
            ++failures;
            failure = reported;
        });
        const auto gone = Peering::fromJson({{QStringLiteral("id"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")},
                                             {QStringLiteral("statusName"), QStringLiteral("INITIATING")}});
        tracker.track(SandboxSeed::demoGroupId, *gone, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.watcher()->state(), PeeringWatcher::State::Gone, 5000);
        QCOMPARE(failures, 1);
        QVERIFY(failure && failure->apiError());
        QCOMPARE(failure->apiError()->errorCode(), QStringLiteral("PEER_NOT_FOUND"));
        QCOMPARE(tracker.failureText(), FailureText::explain(*failure));
    }

    void peeringTracker_azurePreparation_showsTheRoleCommands()
    {
        PeeringTracker tracker(m_setup.api.get());
        tracker.showAzurePreparation({SandboxSeed::azureContainerId,
                                      QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                      QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"), QStringLiteral("prod-rg"),
                                      QStringLiteral("prod-vnet")});
        QCOMPARE(tracker.commands().size(), 3);
        QVERIFY(tracker.commands().at(2).contains(QStringLiteral("virtualNetworks/prod-vnet")));
    }

    void peeringsView_threeProviders_listsAllAndDeletesAfterConfirmation()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 2);
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Azure, 3);
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 4);
        PeeringsView view(m_setup.api.get());
        QSignalSpy loaded(&view, &PeeringsView::loaded);
        view.setGroupId(SandboxSeed::demoGroupId);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.model()->rowCount(), 9);
        QCOMPARE(view.model()->countOf(Provider::Aws), 2);
        QCOMPARE(view.model()->countOf(Provider::Azure), 3);
        QCOMPARE(view.model()->countOf(Provider::Gcp), 4);
        QCOMPARE(view.model()->columnCount(), int(PeeringsModel::ColumnCount));

        const int azureRow = [&] {
            for (int row = 0; row < view.model()->rowCount(); ++row) {
                if (view.model()->peering(row).provider() == Provider::Azure) {
                    return row;
                }
            }
            return -1;
        }();
        const QString victim = view.model()->peering(azureRow).id();
        view.selectPeering(victim);
        QSignalSpy deleted(&view, &PeeringsView::deleted);
        view.deleteSelected();
        auto *box = view.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(buttonWithRole(box, QMessageBox::DestructiveRole), Qt::LeftButton);
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.first().first().toString(), victim);
        QCOMPARE(view.model()->rowOf(victim), -1);
        QCOMPARE(view.model()->rowCount(), 8);

        view.refresh();
        QVERIFY(loaded.wait(5000));
        // TERMINATING for one status step, then gone: either way never AVAILABLE again.
        const int row = view.model()->rowOf(victim);
        QVERIFY(row < 0 || view.model()->peering(row).status() == QStringLiteral("DELETING"));
    }

    void peeringsView_cancelledConfirmation_deletesNothing()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 1);
        PeeringsView view(m_setup.api.get());
        // After the peerings, the view reads their container (region and CIDR): counted only once that is done.
        QSignalSpy containersLoaded(&view, &PeeringsView::containersLoaded);
        view.setGroupId(SandboxSeed::demoGroupId);
        QVERIFY(containersLoaded.wait(5000));
        view.selectPeering(view.model()->peering(0).id());
        view.deleteSelected();
        auto *box = view.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        // The project's only AWS peering: the confirmation says what else goes with it.
        QVERIFY(box->informativeText().contains(QStringLiteral("last AWS peering")));
        const int requests = m_setup.sandbox->requestCount();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(m_setup.sandbox->requestCount(), requests);
        QCOMPARE(view.model()->rowCount(), 1);
    }

    void peeringsView_1500Peerings_loadsOverEveryPage()
    {
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 700);
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Azure, 400);
        m_setup.sandbox->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 400);
        PeeringsView view(m_setup.api.get());
        view.resize(900, 500);
        view.show();
        QSignalSpy loaded(&view, &PeeringsView::loaded);
        view.setGroupId(SandboxSeed::demoGroupId);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.model()->rowCount(), 1500);
    }
};

QTEST_MAIN(TestGuidedWidgets)
#include "TestGuidedWidgets.moc"
