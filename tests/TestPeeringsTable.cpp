// SPDX-License-Identifier: GPL-3.0-or-later
// The Peerings table as a user meets it, offscreen against the sandbox: readable columns, region and CIDR of every
// cloud, Enter, double-click, the context menu by mouse and keyboard, copying and deleting.
#include "PeeringsModel.h"
#include "PeeringsView.h"
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "ValidPeeringRequests.h"
#include "api/AtlasApi.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

class TestPeeringsTable : public QObject
{
    Q_OBJECT

private:
    SandboxApiSetup m_setup;
    std::unique_ptr<PeeringsView> m_view;

    Peering create(const PeeringRequest &request)
    {
        AtlasReply *reply = m_setup.client->createPeering(request);
        QSignalSpy spy(reply, &AtlasReply::finished);
        spy.wait(5000);
        reply->deleteLater();
        return *Peering::fromJson(reply->json().toObject());
    }

    /// One peering of each cloud, held at their longest statuses (PENDING_ACCEPTANCE, WAITING_FOR_USER), plus an
    /// AWS one in the container's own region; then the view lists them and their containers.
    void showOneOfEachCloud()
    {
        m_setup.sandbox->setRequireAcceptance(true);
        m_setup.sandbox->setStatusStepMs(1);
        create(ValidPeeringRequests::aws());
        AwsPeeringRequest sameRegion = ValidPeeringRequests::awsBody(QStringLiteral("vpc-0abcdef0123456789"));
        sameRegion.accepterRegionName = QStringLiteral("us-east-1");
        sameRegion.routeTableCidrBlock = QStringLiteral("10.20.0.0/16");
        create(PeeringRequest(SandboxSeed::demoGroupId, sameRegion));
        create(ValidPeeringRequests::azure());
        create(ValidPeeringRequests::gcp());
        QTest::qWait(20); // past the first status step of 1 ms, on the sandbox's real-time clock

        QSignalSpy containers(m_view.get(), &PeeringsView::containersLoaded);
        m_view->setGroupId(SandboxSeed::demoGroupId);
        QVERIFY(containers.wait(5000));
        QCOMPARE(m_view->model()->rowCount(), 4);
    }

    int rowWhere(const std::function<bool(const Peering &)> &matches) const
    {
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            if (matches(m_view->model()->peering(row))) {
                return row;
            }
        }
        return -1;
    }

    int rowOf(Provider provider) const
    {
        return rowWhere([provider](const Peering &peering) { return peering.provider() == provider; });
    }

    QString cell(int row, int column) const { return m_view->model()->index(row, column).data().toString(); }

    QTableView *table() const { return m_view->table(); }

    /// The table shown, focused, its window active: as a user reaches it with Tab.
    void focusTable()
    {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
    }

    /// What a platform delivers for a double-click: press, release, press, double-click, release.
    static void doubleClick(QWidget *widget, const QPoint &at)
    {
        QTest::mouseClick(widget, Qt::LeftButton, {}, at);
        QTest::mousePress(widget, Qt::LeftButton, {}, at);
        QMouseEvent event(QEvent::MouseButtonDblClick, at, widget->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
        QTest::mouseRelease(widget, Qt::LeftButton, {}, at);
    }

    QAction *action(const char *name) const { return m_view->findChild<QAction *>(QLatin1String(name)); }

private slots:
    void init()
    {
        QVERIFY(m_setup.start());
        m_view = std::make_unique<PeeringsView>(m_setup.api.get());
        m_view->resize(1100, 400);
    }

    void cleanup()
    {
        m_view.reset();
        m_setup.stop();
    }

    void columns_statusWhole_idElidedInTheMiddleWithTheWholeIdInItsTooltip()
    {
        showOneOfEachCloud();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const int aws = rowWhere([](const Peering &peering) { return !peering.accepterRegionName().isEmpty(); });
        QCOMPARE(cell(aws, PeeringsModel::StatusColumn), QStringLiteral("PENDING_ACCEPTANCE"));
        QCOMPARE(cell(rowOf(Provider::Gcp), PeeringsModel::StatusColumn), QStringLiteral("WAITING_FOR_USER"));
        // Every status fits whole: the column is at least as wide as its widest cell wants.
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            const QModelIndex status = m_view->model()->index(row, PeeringsModel::StatusColumn);
            QVERIFY2(table()->columnWidth(PeeringsModel::StatusColumn) > table()->sizeHintForIndex(status).width(),
                     qPrintable(status.data().toString()));
        }
        // The id does not fit, so the view elides it in the middle; the tooltip and the copy carry it whole.
        const QModelIndex id = m_view->model()->index(aws, PeeringsModel::IdColumn);
        QCOMPARE(table()->textElideMode(), Qt::ElideMiddle);
        QVERIFY(table()->columnWidth(PeeringsModel::IdColumn) < table()->sizeHintForIndex(id).width());
        QCOMPARE(id.data(Qt::ToolTipRole).toString(), m_view->model()->peering(aws).id());
        QCOMPARE(id.data().toString(), m_view->model()->peering(aws).id());
    }

    void columns_regionAndCidr_ofEveryCloud()
    {
        showOneOfEachCloud();
        const int otherRegion = rowWhere(
            [](const Peering &peering) { return peering.accepterRegionName() == QStringLiteral("us-west-2"); });
        const int ownRegion =
            rowWhere([](const Peering &peering) { return peering.accepterRegionIsContainerRegion(); });
        QVERIFY(otherRegion >= 0 && ownRegion >= 0);
        QCOMPARE(cell(otherRegion, PeeringsModel::RegionColumn), QStringLiteral("us-west-2"));
        QCOMPARE(cell(otherRegion, PeeringsModel::CidrColumn), QStringLiteral("10.10.0.0/16"));
        // Atlas leaves the accepter region out when it is the container's: the container says which it is.
        QCOMPARE(cell(ownRegion, PeeringsModel::RegionColumn), QStringLiteral("us-east-1"));
        QCOMPARE(cell(ownRegion, PeeringsModel::CidrColumn), QStringLiteral("10.20.0.0/16"));
        // Azure and Google Cloud peerings carry no CIDR of their own: the Atlas CIDR of their container.
        const int azure = rowOf(Provider::Azure);
        QCOMPARE(cell(azure, PeeringsModel::RegionColumn), SandboxSeed::azureRegion);
        QCOMPARE(cell(azure, PeeringsModel::CidrColumn), SandboxSeed::azureAtlasCidrBlock);
        QVERIFY(m_view->model()
                    ->index(azure, PeeringsModel::CidrColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Atlas CIDR")));
        const int gcp = rowOf(Provider::Gcp);
        QCOMPARE(cell(gcp, PeeringsModel::RegionColumn), SandboxSeed::gcpRegion);
        QCOMPARE(cell(gcp, PeeringsModel::CidrColumn), SandboxSeed::gcpAtlasCidrBlock);
        // Only AWS has connection ids: the others say so instead of showing an empty cell.
        QCOMPARE(cell(azure, PeeringsModel::ConnectionIdColumn), QStringLiteral("—"));
        QCOMPARE(m_view->model()->index(azure, PeeringsModel::ConnectionIdColumn).data(Qt::AccessibleTextRole),
                 QVariant(QStringLiteral("not known")));
    }

    void columns_containersUnreadable_showADashAndSayWhy()
    {
        create(ValidPeeringRequests::azure());
        QSignalSpy containers(m_view.get(), &PeeringsView::containersLoaded);
        // The peerings are read; the read of the Azure containers that follows is answered by a broken proxy.
        connect(m_view.get(), &PeeringsView::loaded, this,
                [this] { m_setup.sandbox->injectFault(SandboxFault::HtmlBadGateway, "GET"); });
        m_view->setGroupId(SandboxSeed::demoGroupId);
        QVERIFY(containers.wait(5000));
        QCOMPARE(m_view->model()->rowCount(), 1);
        QCOMPARE(cell(0, PeeringsModel::CidrColumn), QStringLiteral("—"));
        QVERIFY(m_view->model()
                    ->index(0, PeeringsModel::CidrColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("container")));
    }

    void enterAndDoubleClick_openThePeering()
    {
        showOneOfEachCloud();
        focusTable();
        QSignalSpy activated(m_view.get(), &PeeringsView::peeringActivated);
        const Peering azure = m_view->model()->peering(rowOf(Provider::Azure));
        m_view->selectPeering(azure.id());
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().first().value<Peering>().id(), azure.id());

        const int gcp = rowOf(Provider::Gcp);
        const QRect rect = table()->visualRect(m_view->model()->index(gcp, PeeringsModel::StatusColumn));
        doubleClick(table()->viewport(), rect.center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().first().value<Peering>().id(), m_view->model()->peering(gcp).id());
    }

    void contextMenu_byMouse_selectsTheRowUnderItAndShowsDetails()
    {
        showOneOfEachCloud();
        focusTable();
        const int gcp = rowOf(Provider::Gcp);
        const QPoint at = table()->visualRect(m_view->model()->index(gcp, PeeringsModel::RegionColumn)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &event);
        QMenu *menu = m_view->contextMenu();
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(m_view->selectedPeering()->id(), m_view->model()->peering(gcp).id());
        QStringList texts;
        for (QAction *item : menu->actions()) {
            if (!item->isSeparator()) {
                QVERIFY2(item->isEnabled(), qPrintable(item->text()));
                texts.append(item->text());
            }
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("Show &Details"), QStringLiteral("Copy Peering &ID"),
                                     QStringLiteral("Copy &Row"), QStringLiteral("De&lete Peering…")}));

        QSignalSpy activated(m_view.get(), &PeeringsView::peeringActivated);
        // Return on the menu runs its default action, Show Details.
        menu->setActiveAction(action("showDetailsAction"));
        QTest::keyClick(menu, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<Peering>().id(), m_view->model()->peering(gcp).id());
        QTRY_VERIFY(!menu->isVisible());
    }

    void contextMenu_byKeyboard_opensUnderTheCurrentRow_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("the menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    }

    void contextMenu_byKeyboard_opensUnderTheCurrentRow()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        showOneOfEachCloud();
        focusTable();
        const int azure = rowOf(Provider::Azure);
        m_view->selectPeering(m_view->model()->peering(azure).id());
        QTest::keyClick(table(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QMenu *menu = m_view->contextMenu();
        QTRY_VERIFY(menu->isVisible());
        const QRect row = table()->visualRect(m_view->model()->index(azure, PeeringsModel::IdColumn));
        QCOMPARE(menu->pos(), table()->viewport()->mapToGlobal(row.bottomLeft()));
        // A second press while it is open does not open another.
        QTest::keyClick(table(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(m_view->findChildren<QMenu *>().size(), 1);
        menu->hide();
    }

    void copy_ctrlC_copiesTheWholeId_andCopyRowEveryColumn()
    {
        showOneOfEachCloud();
        focusTable();
        const int aws = rowWhere([](const Peering &peering) { return !peering.accepterRegionName().isEmpty(); });
        const Peering peering = m_view->model()->peering(aws);
        m_view->selectPeering(peering.id());
        QApplication::clipboard()->clear();
        QSignalSpy status(m_view.get(), &PeeringsView::statusMessage);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), peering.id());
        QCOMPARE(status.count(), 1);

        action("copyRowAction")->trigger();
        const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), int(PeeringsModel::ColumnCount));
        QCOMPARE(cells.at(PeeringsModel::IdColumn), peering.id());
        QCOMPARE(cells.at(PeeringsModel::StatusColumn), QStringLiteral("PENDING_ACCEPTANCE"));
        QCOMPARE(cells.at(PeeringsModel::CidrColumn), QStringLiteral("10.10.0.0/16"));
        QCOMPARE(cells.at(PeeringsModel::ContainerColumn), SandboxSeed::awsContainerId);
    }

    void delete_fromTheContextMenu_confirmsThenDeletes()
    {
        showOneOfEachCloud();
        focusTable();
        const QString victim = m_view->model()->peering(rowOf(Provider::Gcp)).id();
        m_view->selectPeering(victim);
        QTest::keyClick(table(), Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(m_view->contextMenu()->isVisible());
        QSignalSpy deleted(m_view.get(), &PeeringsView::deleted);
        const int requests = m_setup.sandbox->requestCount();
        m_view->contextMenu()->setActiveAction(action("deleteAction"));
        QTest::keyClick(m_view->contextMenu(), Qt::Key_Return);
        auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        // Nothing is sent before the confirmation.
        QCOMPARE(m_setup.sandbox->requestCount(), requests);
        QVERIFY(!action("deleteAction")->isEnabled());
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.first().first().toString(), victim);
        QCOMPARE(m_view->model()->rowOf(victim), -1);
    }

    void delete_deleteKey_asksFirst()
    {
        showOneOfEachCloud();
        focusTable();
        m_view->selectPeering(m_view->model()->peering(0).id());
        QTest::keyClick(table(), Qt::Key_Delete);
        auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_view->model()->rowCount(), 4);
    }

    void accessibility_tableIsNamedAndCellsReadWhole()
    {
        showOneOfEachCloud();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table());
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Peerings"));
        QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("Shift+F10")));
        QAccessibleTableInterface *cells = iface->tableInterface();
        QVERIFY(cells);
        QCOMPARE(cells->columnCount(), int(PeeringsModel::ColumnCount));
        // The screen reader gets the whole id, not the elided text on screen.
        QAccessibleInterface *id = cells->cellAt(0, PeeringsModel::IdColumn);
        QVERIFY(id);
        QCOMPARE(id->text(QAccessible::Name), m_view->model()->peering(0).id());
        QCOMPARE(m_view->contextMenu()->accessibleName(), QStringLiteral("Peering actions"));
    }
};

QTEST_MAIN(TestPeeringsTable)
#include "TestPeeringsTable.moc"
