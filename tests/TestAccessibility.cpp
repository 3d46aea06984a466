// SPDX-License-Identifier: GPL-3.0-or-later
// Screen-reader and keyboard use of the real window: every widget the Tab key reaches has a name a screen reader
// can say, on every provider page; a validation message becomes the field's accessible description.
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

// What a screen reader announces for a widget: its accessible name, or the text of the label it is the buddy
// of, or a button's own text.
QString spokenName(QWidget *widget)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget)) {
        const QString name = iface->text(QAccessible::Name);
        if (!name.trimmed().isEmpty()) {
            return name;
        }
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
        return button->text();
    }
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void tabChain_ofEachProviderPage_isFullyNamed_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("AWS") << static_cast<int>(Provider::Aws);
        QTest::newRow("Azure") << static_cast<int>(Provider::Azure);
        QTest::newRow("Google Cloud") << static_cast<int>(Provider::Gcp);
    }
    void tabChain_ofEachProviderPage_isFullyNamed()
    {
        QFETCH(int, provider);
        IsolatedStores stores(QStringLiteral("io.github.peeringdesk.PeeringDesk.a11ytests"));
        AtlasClient client;
        SandboxSession sandbox(&stores.credentials());
        MainWindow window(&client, &stores.profiles(), &stores.settings(), &sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProvider(static_cast<Provider>(provider));

        QWidget *start = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
        start->setFocus();
        QWidget *current = start;
        QStringList unnamed;
        QStringList visited;
        for (int i = 0; i < 200; ++i) {
            current = current->nextInFocusChain();
            if (current == start) {
                break;
            }
            if (!current->isVisible() || !current->isEnabled() || !(current->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            visited.append(current->objectName());
            if (spokenName(current).isEmpty()) {
                unnamed.append(current->objectName() + QLatin1Char('(') +
                               QLatin1String(current->metaObject()->className()) + QLatin1Char(')'));
            }
        }
        QVERIFY2(visited.size() > 8, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
    }

    void validationMessage_becomesTheAccessibleDescription()
    {
        IsolatedStores stores(QStringLiteral("io.github.peeringdesk.PeeringDesk.a11ytests"));
        AtlasClient client;
        SandboxSession sandbox(&stores.credentials());
        MainWindow window(&client, &stores.profiles(), &stores.settings(), &sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *vpc = window.findChild<QLineEdit *>(QStringLiteral("vpcIdLineEdit"));
        vpc->setFocus();
        QTest::keyClicks(vpc, QStringLiteral("vpc-12"));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(vpc);
        QVERIFY(iface->text(QAccessible::Description).contains(QLatin1String("17")));
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("VPC ID"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
