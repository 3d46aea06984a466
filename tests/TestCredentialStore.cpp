// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against a real Secret Service: gnome-keyring on a private D-Bus (scripts/with-keyring.sh).
#include "store/CredentialStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace PeeringDesk;

#if defined(__SANITIZE_ADDRESS__)
// QtKeychain, libsecret and GIO are not instrumented, so ASan cannot see them touch freed memory, and its
// quarantine keeps that memory intact: a job's private data used after it was deleted goes unnoticed. Filling
// freed memory turns such a use into a crash inside the keychain callback, which the tests below would report.
extern "C" const char *__asan_default_options();
extern "C" const char *__asan_default_options()
{
    return "max_free_fill_size=4096:free_fill_byte=190";
}
#endif

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

    // QtKeychain's libsecret backend gives libsecret a raw pointer into the job; a job deleted before the Secret
    // Service answers makes that answer land in freed memory (docs/HARDENING.md). Each row destroys a store with
    // one job running and two queued, then keeps the event loop running until the answers have arrived: a job
    // started later on another store finishes after them, QtKeychain running jobs one at a time in order.
    void storeDestroyed_withJobsPending_isSafe_data()
    {
        QTest::addColumn<QString>("running");
        QTest::addColumn<bool>("insideLibsecret"); // destroyed after the job reached libsecret, or before
        for (const QString &running : {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("remove")}) {
            QTest::addRow("%s running, not yet started", qPrintable(running)) << running << false;
            QTest::addRow("%s running, inside libsecret", qPrintable(running)) << running << true;
        }
    }
    void storeDestroyed_withJobsPending_isSafe()
    {
        QFETCH(QString, running);
        QFETCH(bool, insideLibsecret);
        const QString profile = QStringLiteral("pending-") + running;
        QVERIFY(
            await([&](QObject *c, auto cb) { m_store.write(profile, Credentials::apiKey("old", "s0"), c, cb); }).ok());

        int calls = 0;
        QObject context;
        auto *store = new CredentialStore(testService);
        const auto count = [&](const KeychainResult &) { ++calls; };
        const auto start = [&](const QString &operation) {
            if (operation == QLatin1String("read")) {
                store->read(profile, &context, count);
            } else if (operation == QLatin1String("write")) {
                store->write(profile, Credentials::apiKey("new", "s1"), &context, count);
            } else {
                store->remove(profile, &context, count);
            }
        };
        start(running);
        for (const QString &queued : {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("remove")}) {
            if (queued != running) {
                start(queued);
            }
        }
        QCOMPARE(store->pendingCount(), 3);
        if (insideLibsecret) {
            // One pass of the event loop starts the job: QtKeychain calls libsecret, whose D-Bus answer comes later.
            QCoreApplication::processEvents();
        }
        delete store;

        const KeychainResult after = await([&](QObject *c, auto cb) { m_store.read(profile, c, cb); });
        QTest::qWait(50);   // the finished job's deleteLater
        QCOMPARE(calls, 0); // the store's callbacks went with it
        // The running job still did its work; the queued ones never ran.
        if (running == QLatin1String("write")) {
            QCOMPARE(after.credentials.id(), QStringLiteral("new"));
        } else if (running == QLatin1String("remove")) {
            QCOMPARE(after.status, KeychainResult::Status::NotFound);
        } else {
            QCOMPARE(after.credentials.id(), QStringLiteral("old"));
        }
    }

    void storeDestroyed_byItsOwnCallback_isSafe()
    {
        auto *store = new CredentialStore(testService);
        QObject context;
        bool called = false;
        store->write("self-destroyed", Credentials::apiKey("p", "s"), &context, [&](const KeychainResult &) {
            called = true;
            delete store; // while QtKeychain is still emitting the job's finished signal
        });
        bool queuedCalled = false;
        store->read("self-destroyed", &context, [&](auto) { queuedCalled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY(await([&](QObject *c, auto cb) { m_store.read("self-destroyed", c, cb); }).ok());
        QTest::qWait(50);
        QVERIFY(!queuedCalled);
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
        // Stored while unlocked: a locked keyring hides it, and QtKeychain then calls it "not found".
        const Credentials stored = Credentials::apiKey(QStringLiteral("storedpub"), QStringLiteral("stored-secret"));
        QVERIFY(await([&](QObject *c, auto cb) { m_store.write("locked-read", stored, c, cb); }).ok());
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

        const KeychainResult read = await([&](QObject *c, auto cb) { m_store.read("locked-read", c, cb); });
        QVERIFY2(read.status == KeychainResult::Status::Locked, qPrintable(read.message));
        QVERIFY2(read.message.contains(QLatin1String("keyring is locked")), qPrintable(read.message));
        QVERIFY2(!read.message.contains(QLatin1String("No credentials are stored")), qPrintable(read.message));
        // How to unlock it, with and without a desktop.
        QVERIFY2(read.message.contains(QLatin1String("Passwords and Keys")), qPrintable(read.message));
        QVERIFY2(read.message.contains(QLatin1String("gnome-keyring-daemon --unlock")), qPrintable(read.message));
        QVERIFY2(!read.backendError.isEmpty(), "the keychain's own words are kept for the details");
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
