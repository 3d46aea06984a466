// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded catalogues load and reach the real widgets: German, French, Spanish and Japanese, and the
// English plural forms.
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "model/FieldValidator.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QApplication>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_translatesTheRealWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("aWordOfIt");
        QTest::newRow("German") << "de"
                                << "Peering";
        QTest::newRow("French") << "fr"
                                << "appairage";
        QTest::newRow("Spanish") << "es"
                                 << "emparejamientos";
        QTest::newRow("Japanese") << "ja" << QStringLiteral("ピアリング");
    }
    void catalogue_translatesTheRealWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, aWordOfIt);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/peering-desk_%1.qm").arg(language)));
        QVERIFY(!translator.isEmpty());
        QApplication::installTranslator(&translator);
        IsolatedStores stores(QStringLiteral("io.github.peeringdesk.PeeringDesk.i18ntests"));
        AtlasClient client;
        SandboxSession sandbox(&stores.credentials());
        MainWindow window(&client, &stores.profiles(), &stores.settings(), &sandbox);
        auto *create = window.findChild<QPushButton *>(QStringLiteral("createButton"));
        const QString expected = translator.translate("MainWindow", "&Create Peering");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(create->text(), expected);
        QVERIFY(create->text() != QLatin1String("&Create Peering"));
        const QString tab = window.findChild<QTabWidget *>(QStringLiteral("rightTabs"))->tabText(1).remove(u'&');
        QVERIFY2(tab.contains(aWordOfIt, Qt::CaseInsensitive), qPrintable(tab)); // the Peerings tab
        // A validation message, from the core library, in the same language.
        const QString message = FieldValidator::awsAccountId(QStringLiteral("123"));
        QVERIFY2(!message.startsWith(QLatin1String("An AWS account ID")), qPrintable(message));
        QApplication::removeTranslator(&translator);
    }

    void english_pluralForms_areRight()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/peering-desk_en.qm")));
        QApplication::installTranslator(&english);
        QCOMPARE(FieldValidator::awsAccountId(QStringLiteral("1")),
                 QStringLiteral("An AWS account ID has 12 digits; this one has 1. Keep any leading zeros."));
        const QString one = QCoreApplication::translate("PeeringDesk::ActionBar",
                                                        "%n field(s) still need a value or a fix.", nullptr, 1);
        const QString three = QCoreApplication::translate("PeeringDesk::ActionBar",
                                                          "%n field(s) still need a value or a fix.", nullptr, 3);
        QCOMPARE(one, QStringLiteral("1 field still needs a value or a fix."));
        QCOMPARE(three, QStringLiteral("3 fields still need a value or a fix."));
        QApplication::removeTranslator(&english);
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
