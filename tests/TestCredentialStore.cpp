// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against a real Secret Service: gnome-keyring on a private D-Bus (scripts/with-keyring.sh).
#include "store/CredentialStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace PeeringDesk;

namespace {

const QString testService = QStringLiteral("io.github.peeringdesk.PeeringDesk.tests");

// Runs one store operation and waits for its single callback.
template <typename Start>
KeychainResult await(Start start)
{
    std::optional<KeychainResult> result;
    int calls = 0;
    QObject context;
    start(&context, [&](const KeychainResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        qWarning("keychain operation did not finish");
        return {KeychainResult::Status::Unavailable, {}, QStringLiteral("timeout"), {}};
    }
    QTest::qWait(20);
    Q_ASSERT(calls == 1);
    return *result;
}

QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), testService, QStringLiteral("user"), key});
    tool.waitForFinished(5000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_store{testService};

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"),
                 "run through scripts/with-keyring.sh: it gives the test its own unlocked gnome-keyring");
    }

    void write_thenRead_givesTheSameCredentials()
    {
        const Credentials key = Credentials::apiKey(QStringLiteral("abcdefgh"), QStringLiteral("0f1e2d3c-private"));
        const KeychainResult written = await([&](QObject *c, auto cb) { m_store.write("default", key, c, cb); });
        QVERIFY2(written.ok(), qPrintable(written.message));
        const KeychainResult read = await([&](QObject *c, auto cb) { m_store.read("default", c, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.credentials, key);
        // The Secret Service really holds it, under the app's service name and the profile's key.
        QVERIFY(secretToolLookup(QStringLiteral("profile/default")).contains(QLatin1String("0f1e2d3c-private")));
    }

    void serviceAccount_roundTrips()
    {
        const Credentials account =
            Credentials::serviceAccount(QStringLiteral("mdb_sa_id_1"), QStringLiteral("mdb_sa_sk_2"));
        QVERIFY(await([&](QObject *c, auto cb) { m_store.write("sa", account, c, cb); }).ok());
        const KeychainResult read = await([&](QObject *c, auto cb) { m_store.read("sa", c, cb); });
        QCOMPARE(read.credentials.kind(), Credentials::Kind::ServiceAccount);
        QCOMPARE(read.credentials, account);
    }

    void queuedOperations_runInOrder()
    {
        QList<QString> order;
        QObject context;
        m_store.write("ordered", Credentials::apiKey("first", "s1"), &context, [&](auto) { order << "write1"; });
        m_store.write("ordered", Credentials::apiKey("second", "s2"), &context, [&](auto) { order << "write2"; });
        std::optional<KeychainResult> last;
        m_store.read("ordered", &context, [&](const KeychainResult &r) {
            order << "read";
            last = r;
        });
        QCOMPARE(m_store.pendingCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(last.has_value(), 10000);
        QCOMPARE(order, (QList<QString>{"write1", "write2", "read"}));
        QCOMPARE(last->credentials.id(), QStringLiteral("second"));
    }

    void profiles_areSeparate()
    {
        QVERIFY(await([&](QObject *c, auto cb) { m_store.write("a", Credentials::apiKey("pa", "sa"), c, cb); }).ok());
        QVERIFY(await([&](QObject *c, auto cb) { m_store.write("b", Credentials::apiKey("pb", "sb"), c, cb); }).ok());
        QCOMPARE(await([&](QObject *c, auto cb) { m_store.read("a", c, cb); }).credentials.id(), QStringLiteral("pa"));
        QCOMPARE(await([&](QObject *c, auto cb) { m_store.read("b", c, cb); }).credentials.id(), QStringLiteral("pb"));
    }

    void remove_thenRead_isNotFound()
    {
        QVERIFY(await([&](QObject *c, auto cb) { m_store.write("gone", Credentials::apiKey("p", "s"), c, cb); }).ok());
        QVERIFY(await([&](QObject *c, auto cb) { m_store.remove("gone", c, cb); }).ok());
        const KeychainResult read = await([&](QObject *c, auto cb) { m_store.read("gone", c, cb); });
        QCOMPARE(read.status, KeychainResult::Status::NotFound);
        QVERIFY(read.message.contains(QLatin1String("gone")));
        QVERIFY(secretToolLookup(QStringLiteral("profile/gone")).isEmpty());
    }

    void missingEntry_isNotFoundWithAMessage()
    {
        const KeychainResult read = await([&](QObject *c, auto cb) { m_store.read("never-written", c, cb); });
        QCOMPARE(read.status, KeychainResult::Status::NotFound);
        QVERIFY(read.message.contains(QLatin1String("API key")));
    }

    void contextGone_dropsTheCallback()
    {
        bool called = false;
        {
            QObject context;
            m_store.read("default", &context, [&](auto) { called = true; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_store.pendingCount(), 0, 10000);
        QVERIFY(!called);
    }

    void storeDestroyed_withAJobRunning_isSafe()
    {
        {
            CredentialStore shortLived(testService);
            QObject context;
            shortLived.read("default", &context, [](auto) {}); // running when the store goes
            shortLived.write("brief", Credentials::apiKey("p", "s"), &context, [](auto) {}); // queued
        }
        QTest::qWait(500); // libsecret answers the job that was running; nothing may crash
        QVERIFY(await([&](QObject *c, auto cb) { m_store.read("default", c, cb); }).ok());
    }

    void noSecretService_isExplainedWithWhatToDo()
    {
        // A child process on a bus without any Secret Service: QtKeychain picks its backend once per process.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEERING_KEYCHAIN_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(20000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(output.startsWith(QLatin1String("status=4")), qPrintable(output)); // Unavailable
        QVERIFY2(output.contains(QLatin1String("No keychain is available")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("GNOME Keyring")), qPrintable(output));
    }

    // Last: locking the collection cannot be undone without a prompter.
    void lockedKeyring_isReportedAsLocked()
    {
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(5000));
        QCOMPARE(lock.exitCode(), 0);
        const KeychainResult written =
            await([&](QObject *c, auto cb) { m_store.write("locked", Credentials::apiKey("p", "s"), c, cb); });
        QCOMPARE(written.status, KeychainResult::Status::Locked);
        QVERIFY(written.message.contains(QLatin1String("locked")));
        QVERIFY(!written.backendError.isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("PEERING_KEYCHAIN_PROBE")) {
        CredentialStore store(testService);
        store.read(QStringLiteral("probe"), &app, [](const KeychainResult &result) {
            printf("status=%d %s\n", static_cast<int>(result.status), qPrintable(result.message));
            QCoreApplication::exit(0);
        });
        return QCoreApplication::exec();
    }
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCredentialStore.moc"
