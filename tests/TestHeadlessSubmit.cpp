// SPDX-License-Identifier: GPL-3.0-or-later
// `peering-desk --submit FILE`: the real executable, as a separate process, against the sandbox over loopback,
// with the profile's secret in a real keychain (the test's private gnome-keyring). Checks stdout (JSON Lines),
// stderr and the documented exit codes.
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "api/AtlasApi.h"
#include "provisioning/SavedForm.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace PeeringDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString errors;
};

// Each VPC gets its own CIDR: the sandbox, like Atlas, refuses overlapping peers.
PeeringRequest awsRequest(const QString &vpc)
{
    const QString cidr = QStringLiteral("10.%1.0.0/16").arg(100 + vpc.right(2).toInt());
    return PeeringRequest(SandboxSeed::demoGroupId,
                          AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-west-2"),
                                            QStringLiteral("012345678901"), cidr, vpc});
}

} // namespace

class TestHeadlessSubmit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    int m_posts = 0;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    QString writeForm(const SavedForm &form, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!form.save(path, &error)) {
            qWarning("%s", qPrintable(error));
        }
        return path;
    }

    bool addProfile(const QString &name, const QUrl &url, const Credentials &secret)
    {
        Profile profile;
        profile.name = name;
        profile.environment = Profile::Environment::Custom;
        profile.customBaseUrl = url.toString();
        std::optional<bool> ok;
        m_profiles->save(profile, {}, secret, this, [&ok](bool saved, const QString &) { ok = saved; });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, 10000) && *ok;
    }

    // The sandbox's time stands still except that each created peering is moved a minute on at once, so the first
    // read of the child's --wait finds the state a minute later whatever the machine's load.
    QMetaObject::Connection freezeTimeButJumpAfterEachCreate()
    {
        m_sandbox.clock()->freeze();
        return connect(&m_sandbox, &SandboxServer::requestHandled, this,
                       [this](const QString &method, const QString &, int status) {
                           if (method == QLatin1String("POST") && status == 200) {
                               m_sandbox.clock()->advance(60'000);
                           }
                       });
    }

    // Runs the executable without blocking this process's event loop: the sandbox answers from it.
    Run submit(const QStringList &arguments)
    {
        m_settings->sync();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no window system at all: --submit must not need one
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PEERING_DESK_BINARY),
                      QStringList{QStringLiteral("--settings"), settingsPath()} + arguments);
        Run run;
        if (!finished.wait(30000)) {
            process.kill();
            return run;
        }
        run.exitCode = process.exitCode();
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty()) {
                run.lines.append(QJsonDocument::fromJson(line).object());
            }
        }
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // What a user does in Atlas beside the form, through the app's own client: delete one peering, read one.
    std::optional<AtlasResult<PeeringDeletion>> deleteInAtlas(const QString &peerId)
    {
        AtlasClient client;
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setCredentials(Credentials::apiKey(m_sandbox.publicKey(), m_sandbox.privateKey()));
        AtlasApi api(&client);
        std::optional<AtlasResult<PeeringDeletion>> result;
        api.deletePeering(SandboxSeed::demoGroupId, peerId, this,
                          [&result](const AtlasResult<PeeringDeletion> &answer) { result = answer; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
            return std::nullopt;
        }
        return result;
    }
    std::optional<AtlasResult<Peering>> readInAtlas(const QString &peerId)
    {
        AtlasClient client;
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setCredentials(Credentials::apiKey(m_sandbox.publicKey(), m_sandbox.privateKey()));
        AtlasApi api(&client);
        std::optional<AtlasResult<Peering>> result;
        api.getPeering(SandboxSeed::demoGroupId, peerId, this,
                       [&result](const AtlasResult<Peering> &answer) { result = answer; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
            return std::nullopt;
        }
        return result;
    }

    static QStringList statusesOf(const Run &run)
    {
        QStringList statuses;
        for (const QJsonObject &line : run.lines) {
            statuses.append(
                QStringLiteral("%1:%2").arg(line.value("request").toInt()).arg(line.value("status").toString()));
        }
        return statuses;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QVERIFY(m_sandbox.listen());
        connect(&m_sandbox, &SandboxServer::requestHandled, this,
                [this](const QString &method, const QString &, int status) {
                    if (method == QLatin1String("POST") && status != 401) {
                        ++m_posts;
                    }
                });
        m_settings = std::make_unique<AppSettings>(settingsPath());
        m_credentials = std::make_unique<CredentialStore>(); // the app's own service: the child reads it
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_credentials.get());
        QVERIFY(addProfile("sandboxed", m_sandbox.baseUrl(),
                           Credentials::apiKey(m_sandbox.publicKey(), m_sandbox.privateKey())));
    }

    void allValid_createsEach_exitsZero()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {{awsRequest("vpc-00000000000000001"), {}},
                         {PeeringRequest(SandboxSeed::demoGroupId, GcpPeeringRequest{SandboxSeed::gcpContainerId,
                                                                                     QStringLiteral("my-gcp-project"),
                                                                                     QStringLiteral("default")}),
                          {true, true}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "ok.peering.json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 2);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("created"));
        QCOMPARE(run.lines.at(0).value("peering").toObject().value("statusName").toString(),
                 QStringLiteral("INITIATING"));
        QCOMPARE(run.lines.at(1).value("request").toInt(), 1);
        QCOMPARE(run.lines.at(1).value("peering").toObject().value("status").toString(), QStringLiteral("ADDING_PEER"));
        QVERIFY(run.errors.contains("2 peerings created"));
    }

    void accessList_isAddedAfterTheCreate_andNotSentAgainWhenCovered()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        const AccessListRequest entry({QStringLiteral("10.71.0.0/16")}, QStringLiteral("from ci"));
        form.requests = {SavedRequest(awsRequest("vpc-00000000000000071"), {}, entry)};
        const Run first = submit({QStringLiteral("--submit"), writeForm(form, "access.peering.json")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.errors));
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.lines.at(0).value("status").toString(), QStringLiteral("created"));
        QCOMPARE(first.lines.at(1).value("status").toString(), QStringLiteral("accessList"));
        QCOMPARE(first.lines.at(1).value("outcome").toString(), QStringLiteral("added"));
        QCOMPARE(first.lines.at(1).value("cidrBlocks").toArray().first().toString(), QStringLiteral("10.71.0.0/16"));

        // Another VPC whose range that entry already allows: the entry is not sent again.
        form.requests = {SavedRequest(awsRequest("vpc-00000000000000072"), {},
                                      AccessListRequest({QStringLiteral("10.71.4.0/24")}, QStringLiteral("ci")))};
        const int postsBefore = m_posts;
        const Run second = submit({QStringLiteral("--submit"), writeForm(form, "access2.peering.json")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.errors));
        QCOMPARE(second.lines.at(1).value("outcome").toString(), QStringLiteral("covered"));
        QCOMPARE(m_posts - postsBefore, 1); // the peering only
    }

    void accessList_publicRange_isInvalid_andNothingIsSent()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {SavedRequest(awsRequest("vpc-00000000000000073"), {},
                                      AccessListRequest({QStringLiteral("52.0.0.0/16")}, QString()))};
        const int postsBefore = m_posts;
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "public.peering.json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("invalid"));
        QCOMPARE(run.lines.at(0).value("problems").toArray().at(0).toObject().value("field").toString(),
                 QStringLiteral("accessList.cidrBlock"));
        QCOMPARE(m_posts, postsBefore);
    }

    void oneInvalid_isReportedAndNotSent_theOthersAre_exitsOne()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        PeeringRequest bad = awsRequest("vpc-00000000000000002");
        auto body = std::get<AwsPeeringRequest>(bad.body());
        body.routeTableCidrBlock = QStringLiteral("8.8.8.0/24");
        bad.setBody(body);
        form.requests = {{bad, {}}, {awsRequest("vpc-00000000000000003"), {}}};
        const int postsBefore = m_posts;
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "mixed.peering.json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("invalid"));
        QCOMPARE(run.lines.at(0).value("problems").toArray().at(0).toObject().value("field").toString(),
                 QStringLiteral("routeTableCidrBlock"));
        QCOMPARE(run.lines.at(1).value("status").toString(), QStringLiteral("created"));
        QCOMPARE(m_posts - postsBefore, 1);
        QVERIFY(run.errors.contains("request 0: routeTableCidrBlock"));
    }

    void apiError_isPrintedWithItsFields_exitsTwo()
    {
        SavedForm form;
        PeeringRequest unknown = awsRequest("vpc-00000000000000004");
        unknown.setGroupId(QStringLiteral("0123456789abcdef01234567"));
        form.requests = {{unknown, {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "api.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("sandboxed")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("error"));
        QCOMPARE(run.lines.at(0).value("httpStatus").toInt(), 404);
        QCOMPARE(run.lines.at(0).value("apiError").toObject().value("errorCode").toString(),
                 QStringLiteral("GROUP_NOT_FOUND"));
        // The sentences carry what the JSON carries: the code, Atlas's detail and what to do.
        QVERIFY2(run.errors.contains("errorCode: GROUP_NOT_FOUND"), qPrintable(run.errors));
        QVERIFY2(run.errors.contains("detail: "), qPrintable(run.errors));
        QVERIFY2(run.errors.contains("What to do: "), qPrintable(run.errors));
    }

    void fieldViolations_arePrintedOneALine()
    {
        SavedForm form;
        PeeringRequest nowhere = awsRequest("vpc-00000000000000012");
        auto body = std::get<AwsPeeringRequest>(nowhere.body());
        body.accepterRegionName = QStringLiteral("us-north-9"); // well-formed, but no such region
        nowhere.setBody(body);
        form.requests = {{nowhere, {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "fields.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("sandboxed")});
        QCOMPARE(run.exitCode, 2);
        const QJsonArray fields =
            run.lines.at(0).value("apiError").toObject().value("badRequestDetail").toObject().value("fields").toArray();
        QVERIFY(!fields.isEmpty());
        for (const QJsonValue &field : fields) {
            QVERIFY2(run.errors.contains(QStringLiteral("field %1: %2")
                                             .arg(field.toObject().value("field").toString(),
                                                  field.toObject().value("description").toString())),
                     qPrintable(run.errors));
        }
        QVERIFY2(run.errors.contains("errorCode: VALIDATION_ERROR"), qPrintable(run.errors));
    }

    // Defect: a profile whose URL is plain http to another computer got the create and a Digest answer in clear.
    void cleartextUrlToAnotherHost_isNotSent_exitsThree()
    {
        QVERIFY(addProfile("cleartext", m_sandbox.baseUrl(), Credentials::apiKey("p", "s")));
        // A hand-edited settings file, or an older version's: the profile dialog itself would refuse this URL.
        m_settings->backing().setValue(QStringLiteral("profiles/items/cleartext/customBaseUrl"),
                                       QStringLiteral("http://atlas.example.invalid"));
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000013"), {}}, {awsRequest("vpc-00000000000000014"), {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "clear.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("cleartext")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.lines.size(), 2);
        for (const QJsonObject &line : run.lines) {
            QCOMPARE(line.value("status").toString(), QStringLiteral("notSent"));
            QCOMPARE(line.value("kind").toString(), QStringLiteral("refused"));
        }
        QVERIFY2(run.errors.contains("plain http is allowed only for this computer"), qPrintable(run.errors));
        QVERIFY2(!run.errors.contains("could not be found"), qPrintable(run.errors)); // not even looked up
    }

    // Defect: a 2xx that could not be read was "0 peerings created", exit 0 or 3, with a parser message.
    void unreadableSuccess_mayHaveBeenCreated_exitsFour_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::newRow("empty body") << SandboxFault::EmptySuccess;
        QTest::newRow("JSON cut in half") << SandboxFault::TruncatedJson;
        QTest::newRow("20 MiB body") << SandboxFault::HugeBody;
    }
    void unreadableSuccess_mayHaveBeenCreated_exitsFour()
    {
        QFETCH(SandboxFault, fault);
        static int vpc = 20;
        SavedForm form;
        form.requests = {{awsRequest(QStringLiteral("vpc-000000000000000%1").arg(++vpc)), {}}};
        m_sandbox.injectFault(fault, "POST");
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "maybe.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("sandboxed")});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("unknown"));
        QVERIFY(run.lines.at(0).value("mayHaveBeenCreated").toBool());
        QVERIFY2(run.errors.contains("the peering may have been created"), qPrintable(run.errors));
        QVERIFY2(run.errors.contains("look at the project's peerings"), qPrintable(run.errors));
        // An aborted reply is never read: Qt would complain on stderr.
        QVERIFY2(!run.errors.contains("device not open"), qPrintable(run.errors));
    }

    // Defect: an envelope nobody asked for was printed as a created peering with an empty id.
    void unaskedEnvelope_isUnwrapped_exitsZero()
    {
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000031"), {}}};
        m_sandbox.injectFault(SandboxFault::UnaskedEnvelope, "POST");
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "envelope.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("sandboxed")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject peering = run.lines.at(0).value("peering").toObject();
        QCOMPARE(peering.value("id").toString().size(), 24);
        QCOMPARE(peering.value("statusName").toString(), QStringLiteral("INITIATING"));
        QVERIFY(!peering.contains("content"));
    }

    // Defect: a FIFO with no writer blocked --submit for ever; the timeout does not apply to reading the form.
    void fifo_isRefusedAtOnce_exitsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("pipe.peering.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        const Run run =
            submit({QStringLiteral("--submit"), path, QStringLiteral("--profile"), QStringLiteral("sandboxed")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains("is not a regular file"), qPrintable(run.errors));
        QVERIFY(clock.elapsed() < 20000);
    }

    // Defect: without a display, --help, --version and a mistyped option aborted (no Qt platform plugin).
    void withoutADisplay_helpVersionAndUsageErrorsWork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << "--submit <file>";
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << PEERING_DESK_VERSION;
        QTest::newRow("mistyped option") << QStringList{QStringLiteral("--sumbit")} << 1 << "sumbit";
        QTest::newRow("bad provider") << QStringList{QStringLiteral("--provider"), QStringLiteral("IBM")} << 2
                                      << "--provider must be AWS, AZURE or GCP";
        QTest::newRow("the window") << QStringList{} << 2 << "needs a display";
        QTest::newRow("no minutes to wait") << QStringList{QStringLiteral("--submit"), QStringLiteral("f.json"),
                                                           QStringLiteral("--wait-for-cloud-step"), QStringLiteral("0")}
                                            << 2 << "from 1 to 10080";
        QTest::newRow("plan and submit") << QStringList{QStringLiteral("--submit"), QStringLiteral("f.json"),
                                                        QStringLiteral("--plan"), QStringLiteral("f.json")}
                                         << 2 << "choose one of --submit, --plan and --apply";
        QTest::newRow("waiting without --submit")
            << QStringList{QStringLiteral("--wait-for-cloud-step"), QStringLiteral("5")} << 2 << "goes with --submit";
    }
    void withoutADisplay_helpVersionAndUsageErrorsWork()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PEERING_DESK_BINARY),
                      QStringList{QStringLiteral("--settings"), settingsPath()} + arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        const QString output =
            QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(output.contains(says), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("platform plugin")), qPrintable(output));
    }

    void networkFailure_exitsThree()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        QVERIFY(addProfile("nowhere", closed, Credentials::apiKey("p", "s")));
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000005"), {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "net.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("nowhere")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.lines.at(0).value("kind").toString(), QStringLiteral("connectionRefused"));
    }

    void wrongKey_exitsThree()
    {
        QVERIFY(addProfile("stale", m_sandbox.baseUrl(), Credentials::apiKey(m_sandbox.publicKey(), "revoked")));
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000006"), {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "auth.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("stale")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.lines.at(0).value("kind").toString(), QStringLiteral("authentication"));
        QCOMPARE(run.lines.at(0).value("httpStatus").toInt(), 401);
    }

    void missingKeychainEntry_exitsThreeWithoutSending()
    {
        // The profile exists in the settings, but its secret is not in the keychain.
        std::optional<bool> removed;
        QVERIFY(addProfile("orphan", m_sandbox.baseUrl(), Credentials::apiKey("p", "s")));
        m_credentials->remove(QStringLiteral("orphan"), this,
                              [&removed](const KeychainResult &r) { removed = r.ok(); });
        QTRY_VERIFY(removed.has_value() && *removed);
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000007"), {}}};
        const int postsBefore = m_posts;
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "orphan.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("orphan")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.lines.size(), 1);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("notSent"));
        QCOMPARE(run.lines.at(0).value("kind").toString(), QStringLiteral("keychain"));
        QVERIFY2(run.errors.contains("No credentials are stored for profile \"orphan\""), qPrintable(run.errors));
        QCOMPARE(m_posts, postsBefore);
    }

    void malformedFile_namesTheLine_exitsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.peering.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"peering-desk-form\",\n  \"version\": 1,\n  \"requests\": [\n    {,}\n  ]\n}\n");
        file.close();
        const Run run =
            submit({QStringLiteral("--submit"), path, QStringLiteral("--profile"), QStringLiteral("sandboxed")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains("Line 5"), qPrintable(run.errors));
    }

    void unknownProfile_exitsThree()
    {
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000008"), {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "who.peering.json"),
                                QStringLiteral("--profile"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.errors.contains("no profile named \"nobody\""));
    }

    void wait_followsUntilSettled_andAFailureExitsTwo()
    {
        // This test is about what --wait prints and the exit code; the following itself is tested in
        // TestGuidedSandbox.
        const auto jump = freezeTimeButJumpAfterEachCreate();
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        PeeringRequest failing = awsRequest("vpc-00000000000000011");
        auto body = std::get<AwsPeeringRequest>(failing.body());
        body.awsAccountId = QStringLiteral("000000000000"); // the sandbox's magic account: ends FAILED, REJECTED
        failing.setBody(body);
        form.requests = {{PeeringRequest(SandboxSeed::demoGroupId,
                                         AzurePeeringRequest{SandboxSeed::azureContainerId,
                                                             QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                                             QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                             QStringLiteral("wait-rg"), QStringLiteral("wait-vnet")}),
                          {}},
                         {failing, {}}};
        const Run run =
            submit({QStringLiteral("--submit"), writeForm(form, "wait.peering.json"), QStringLiteral("--wait")});
        disconnect(jump);
        QCOMPARE(run.lines.size(), 5);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("created"));
        QCOMPARE(run.lines.at(1).value("status").toString(), QStringLiteral("followed"));
        QCOMPARE(run.lines.at(1).value("outcome").toString(), QStringLiteral("available"));
        // Once AVAILABLE, the private connection string of the demo cluster in the Azure container's region.
        QCOMPARE(run.lines.at(2).value("status").toString(), QStringLiteral("privateConnection"));
        QCOMPARE(run.lines.at(2).value("outcome").toString(), QStringLiteral("ready"));
        QCOMPARE(run.lines.at(2).value("clusters").toArray().first().toObject().value("privateSrv").toString(),
                 QStringLiteral("mongodb+srv://demo-azure-pri.ab1cd.mongodb.net"));
        QVERIFY(!run.lines.at(2).contains("steps")); // DNS settings are an AWS matter
        QCOMPARE(run.lines.at(4).value("outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(run.lines.at(4).value("peering").toObject().value("errorStateName").toString(),
                 QStringLiteral("REJECTED"));
        // The reason and what to do, not only "FAILED"; no private string for a failed peering.
        QCOMPARE(run.lines.at(4).value("errorStateName").toString(), QStringLiteral("REJECTED"));
        QVERIFY(run.lines.at(4).value("guidance").toString().contains(QLatin1String("rejected in AWS")));
        QVERIFY2(run.errors.contains("failed (REJECTED). The peering request was rejected in AWS"),
                 qPrintable(run.errors));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errors.contains("is AVAILABLE"));
    }

    void wait_stopsAtTheCloudStep_andSaysWhatToDo()
    {
        m_sandbox.setRequireAcceptance(true);
        const auto jump = freezeTimeButJumpAfterEachCreate();
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {{awsRequest("vpc-00000000000000061"), {}}};
        const Run run =
            submit({QStringLiteral("--submit"), writeForm(form, "step.peering.json"), QStringLiteral("--wait")});
        disconnect(jump);
        m_sandbox.setRequireAcceptance(false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(run.lines.size(), 2);
        const QJsonObject followed = run.lines.at(1);
        QCOMPARE(followed.value("outcome").toString(), QStringLiteral("waitingForUser"));
        const QString pcx = followed.value("peering").toObject().value("connectionId").toString();
        QVERIFY(pcx.startsWith(QLatin1String("pcx-")));
        // The accept command, filled in with the peering's own values, in the JSON and in the sentences.
        const QString accept = followed.value("steps").toArray().first().toObject().value("command").toString();
        QCOMPARE(accept, QStringLiteral(
                             "aws ec2 accept-vpc-peering-connection --vpc-peering-connection-id %1 --region us-west-2")
                             .arg(pcx));
        QVERIFY2(run.errors.contains(accept), qPrintable(run.errors));
    }

    void waitForCloudStep_followsWhileItIsDone_thenPrintsThePrivateString()
    {
        m_sandbox.clock()->freeze();
        m_sandbox.setRequireAcceptance(true);
        // Someone does the step in Google Cloud while --submit waits: here, once the child has read the peering.
        bool accepted = false;
        const auto cloud = connect(
            &m_sandbox, &SandboxServer::requestHandled, this,
            [this, &accepted](const QString &method, const QString &path, int status) {
                if (method == QLatin1String("POST") && status == 200 && path.endsWith(QLatin1String("/peers"))) {
                    m_sandbox.clock()->advance(60'000);
                } else if (method == QLatin1String("GET") && status == 200 && !accepted &&
                           path.contains(QLatin1String("/peers/"))) {
                    accepted = m_sandbox.acceptPeer(SandboxSeed::demoGroupId, path.section(QLatin1Char('/'), -1));
                    m_sandbox.clock()->advance(60'000);
                }
            });
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {{PeeringRequest(SandboxSeed::demoGroupId, GcpPeeringRequest{SandboxSeed::gcpContainerId,
                                                                                     QStringLiteral("my-gcp-project"),
                                                                                     QStringLiteral("net-step")}),
                          {}}};
        const Run run = submit({QStringLiteral("--submit"), writeForm(form, "cloud.peering.json"),
                                QStringLiteral("--wait-for-cloud-step"), QStringLiteral("5")});
        disconnect(cloud);
        m_sandbox.setRequireAcceptance(false);
        QVERIFY(accepted);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QStringList statuses;
        for (const QJsonObject &line : run.lines) {
            statuses.append(line.value("status").toString());
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("created"), QStringLiteral("cloudStep"),
                                        QStringLiteral("followed"), QStringLiteral("privateConnection")}));
        const QString step = run.lines.at(1).value("steps").toArray().first().toObject().value("command").toString();
        QVERIFY2(step.startsWith(QLatin1String("gcloud compute networks peerings create")), qPrintable(step));
        QVERIFY(step.contains(QLatin1String("--network net-step")));
        QCOMPARE(run.lines.at(2).value("outcome").toString(), QStringLiteral("available"));
        const QJsonObject cluster = run.lines.at(3).value("clusters").toArray().first().toObject();
        QCOMPARE(cluster.value("name").toString(), QStringLiteral("demo-gcp"));
        QCOMPARE(cluster.value("privateSrv").toString(),
                 QStringLiteral("mongodb+srv://demo-gcp-pri.ab1cd.mongodb.net"));
        QVERIFY2(run.errors.contains("private connection string of demo-gcp: mongodb+srv://demo-gcp-pri"),
                 qPrintable(run.errors));
    }

    void plan_beforeAndAfterASubmit_saysWhatIsMissing_andWritesNothing()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        const AccessListRequest entry({QStringLiteral("10.181.0.0/16")}, QStringLiteral("plan"));
        form.requests = {SavedRequest(awsRequest("vpc-00000000000000081"), {}, entry),
                         {PeeringRequest(SandboxSeed::demoGroupId,
                                         AzurePeeringRequest{SandboxSeed::azureContainerId,
                                                             QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                                             QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                             QStringLiteral("plan-rg"), QStringLiteral("plan-vnet")}),
                          {}}};
        const QString path = writeForm(form, "plan.peering.json");
        const int postsBefore = m_posts;
        const Run before = submit({QStringLiteral("--plan"), path});
        QVERIFY2(before.exitCode == 5, qPrintable(before.errors));
        QCOMPARE(m_posts, postsBefore); // a plan writes nothing
        QCOMPARE(before.lines.size(), 2);
        QCOMPARE(before.lines.at(0).value("status").toString(), QStringLiteral("toCreate"));
        QCOMPARE(before.lines.at(0).value("accessList").toObject().value("status").toString(),
                 QStringLiteral("toCreate"));
        QCOMPARE(before.lines.at(1).value("status").toString(), QStringLiteral("toCreate"));
        QVERIFY2(before.errors.contains("to create: AWS VPC vpc-00000000000000081 of account 012345678901"),
                 qPrintable(before.errors));

        const Run created = submit({QStringLiteral("--submit"), path});
        QVERIFY2(created.exitCode == 0, qPrintable(created.errors));
        const QString awsId = created.lines.at(0).value("peering").toObject().value("id").toString();
        const QString azureId = created.lines.at(2).value("peering").toObject().value("id").toString();
        QVERIFY(!awsId.isEmpty() && !azureId.isEmpty());

        // Run again: everything is there, nothing to do, still nothing written.
        const int postsAfterSubmit = m_posts;
        const Run after = submit({QStringLiteral("--plan"), path});
        QVERIFY2(after.exitCode == 0, qPrintable(after.errors));
        QCOMPARE(m_posts, postsAfterSubmit);
        QCOMPARE(after.lines.at(0).value("status").toString(), QStringLiteral("exists"));
        QCOMPARE(after.lines.at(0).value("peering").toObject().value("id").toString(), awsId);
        QCOMPARE(after.lines.at(0).value("accessList").toObject().value("status").toString(), QStringLiteral("exists"));
        QCOMPARE(after.lines.at(1).value("status").toString(), QStringLiteral("exists"));
        QCOMPARE(after.lines.at(1).value("peering").toObject().value("id").toString(), azureId);
        QVERIFY2(after.errors.contains("nothing to do"), qPrintable(after.errors));
    }

    void plan_reportsADifference_andARequestAskedTwice_exitsTwo()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {{awsRequest("vpc-00000000000000082"), {}}};
        QCOMPARE(submit({QStringLiteral("--submit"), writeForm(form, "drift.peering.json")}).exitCode, 0);

        // The same VPC with another block: Atlas's peering is not changed, the difference is shown field by field.
        PeeringRequest drifted = awsRequest("vpc-00000000000000082");
        auto body = std::get<AwsPeeringRequest>(drifted.body());
        body.routeTableCidrBlock = QStringLiteral("10.250.0.0/16");
        drifted.setBody(body);
        form.requests = {
            {drifted, {}}, {awsRequest("vpc-00000000000000083"), {}}, {awsRequest("vpc-00000000000000083"), {}}};
        const int postsBefore = m_posts;
        const Run run = submit({QStringLiteral("--plan"), writeForm(form, "drift2.peering.json")});
        QCOMPARE(m_posts, postsBefore);
        QVERIFY2(run.exitCode == 2, qPrintable(run.errors));
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("differs"));
        const QJsonObject difference = run.lines.at(0).value("differences").toArray().first().toObject();
        QCOMPARE(difference.value("field").toString(), QStringLiteral("routeTableCidrBlock"));
        QCOMPARE(difference.value("inForm").toString(), QStringLiteral("10.250.0.0/16"));
        QCOMPARE(difference.value("inAtlas").toString(), QStringLiteral("10.182.0.0/16"));
        QCOMPARE(run.lines.at(1).value("status").toString(), QStringLiteral("toCreate"));
        QCOMPARE(run.lines.at(2).value("status").toString(), QStringLiteral("conflict"));
        QVERIFY(run.lines.at(2).value("reasons").toArray().first().toString().contains(
            QLatin1String("Request 1 of this form asks for the same peering")));
    }

    void apply_createsWhatIsMissing_andARerunSendsNothing()
    {
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {SavedRequest(awsRequest("vpc-00000000000000091"), {},
                                      AccessListRequest({QStringLiteral("10.191.0.0/16")}, QStringLiteral("apply"))),
                         {awsRequest("vpc-00000000000000092"), {}}};
        const QString path = writeForm(form, "apply.peering.json");
        // One of the two exists already: apply creates only the other.
        SavedForm first = form;
        first.requests = {form.requests.at(1)};
        QCOMPARE(submit({QStringLiteral("--submit"), writeForm(first, "apply-first.peering.json")}).exitCode, 0);

        int creates = 0;
        const auto count =
            connect(&m_sandbox, &SandboxServer::requestHandled, this,
                    [&creates](const QString &method, const QString &url, int status) {
                        if (method == QLatin1String("POST") && url.endsWith(QLatin1String("/peers")) && status == 200) {
                            ++creates;
                        }
                    });
        const Run applied = submit({QStringLiteral("--apply"), path});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.errors));
        QCOMPARE(creates, 1);
        QStringList statuses;
        for (const QJsonObject &line : applied.lines) {
            statuses.append(
                QStringLiteral("%1:%2").arg(line.value("request").toInt()).arg(line.value("status").toString()));
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("1:exists"), QStringLiteral("0:created"),
                                        QStringLiteral("0:accessList")}));

        // Applied once, the form is a no-op: nothing is sent, and the exit code says all is well.
        const int postsBefore = m_posts;
        const Run again = submit({QStringLiteral("--apply"), path});
        disconnect(count);
        QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
        QCOMPARE(m_posts, postsBefore);
        QCOMPARE(creates, 1);
        QCOMPARE(again.lines.size(), 2);
        QCOMPARE(again.lines.at(0).value("status").toString(), QStringLiteral("exists"));
        QCOMPARE(again.lines.at(0).value("accessList").toObject().value("status").toString(), QStringLiteral("exists"));
        QCOMPARE(again.lines.at(1).value("status").toString(), QStringLiteral("exists"));
        QVERIFY2(again.errors.contains("0 peerings created"), qPrintable(again.errors));
    }

    // A user deletes one peering of an applied form in Atlas: the next apply makes that one again and sends nothing
    // for the others, and once it is back a run sends nothing at all.
    void apply_afterOnePeeringIsDeletedInAtlas_recreatesThatOneOnly()
    {
        m_sandbox.clock()->freeze(); // statuses move only when this test says so
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {
            {PeeringRequest(SandboxSeed::demoGroupId,
                            GcpPeeringRequest{SandboxSeed::gcpContainerId, QStringLiteral("my-gcp-project"),
                                              QStringLiteral("net-recreate")}),
             {}},
            {awsRequest("vpc-00000000000000041"), {}},
            {PeeringRequest(SandboxSeed::demoGroupId,
                            AzurePeeringRequest{SandboxSeed::azureContainerId,
                                                QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                                QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                QStringLiteral("recreate-rg"), QStringLiteral("recreate-vnet")}),
             {}}};
        const QString path = writeForm(form, "recreate.peering.json");
        int postsBefore = m_posts;
        const Run applied = submit({QStringLiteral("--apply"), path});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.errors));
        QCOMPARE(m_posts - postsBefore, 3);
        QCOMPARE(statusesOf(applied),
                 (QStringList{QStringLiteral("0:created"), QStringLiteral("1:created"), QStringLiteral("2:created")}));
        const QString deletedId = applied.lines.at(1).value("peering").toObject().value("id").toString();
        QVERIFY(!deletedId.isEmpty());

        const auto deletion = deleteInAtlas(deletedId);
        QVERIFY(deletion && deletion->isOk());
        QCOMPARE(deletion->value(), PeeringDeletion::Accepted);

        // While it terminates Atlas still knows the VPC (a create would draw a 409): a conflict that says to wait,
        // and an apply that sends nothing for it.
        const auto terminating = readInAtlas(deletedId);
        QVERIFY(terminating && terminating->isOk());
        QCOMPARE(terminating->value().status(), QStringLiteral("TERMINATING"));
        postsBefore = m_posts;
        const Run planned = submit({QStringLiteral("--plan"), path});
        QVERIFY2(planned.exitCode == 2, qPrintable(planned.errors));
        QCOMPARE(statusesOf(planned),
                 (QStringList{QStringLiteral("0:exists"), QStringLiteral("1:conflict"), QStringLiteral("2:exists")}));
        const QString reason = planned.lines.at(1).value("reasons").toArray().at(0).toString();
        QVERIFY2(reason.contains(QLatin1String("still being removed")) && reason.contains(deletedId),
                 qPrintable(reason));
        const Run tooEarly = submit({QStringLiteral("--apply"), path});
        QVERIFY2(tooEarly.exitCode == 2, qPrintable(tooEarly.errors));
        QCOMPARE(m_posts, postsBefore);

        // One status step later it is gone, as in Atlas once AWS has torn the connection down.
        m_sandbox.clock()->advance(3'000);
        const auto gone = readInAtlas(deletedId);
        QVERIFY(gone && !gone->isOk());
        QCOMPARE(gone->failure().httpStatus(), 404);

        const Run again = submit({QStringLiteral("--apply"), path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
        QCOMPARE(m_posts - postsBefore, 1); // the others were not sent, not even to draw a 409
        QCOMPARE(statusesOf(again),
                 (QStringList{QStringLiteral("0:exists"), QStringLiteral("2:exists"), QStringLiteral("1:created")}));
        const QJsonObject recreated = again.lines.at(2).value("peering").toObject();
        QCOMPARE(recreated.value("vpcId").toString(), QStringLiteral("vpc-00000000000000041"));
        QVERIFY(recreated.value("id").toString() != deletedId);
        QCOMPARE(again.lines.at(0).value("peering").toObject().value("id").toString(),
                 applied.lines.at(0).value("peering").toObject().value("id").toString());
        QVERIFY2(again.errors.contains("1 peering created"), qPrintable(again.errors));

        postsBefore = m_posts;
        const Run third = submit({QStringLiteral("--apply"), path});
        QVERIFY2(third.exitCode == 0, qPrintable(third.errors));
        QCOMPARE(m_posts, postsBefore);
        QCOMPARE(statusesOf(third),
                 (QStringList{QStringLiteral("0:exists"), QStringLiteral("1:exists"), QStringLiteral("2:exists")}));
        QCOMPARE(third.lines.at(1).value("peering").toObject().value("id").toString(),
                 recreated.value("id").toString());
    }

    // Atlas made the peering, but the answer never came back: sending the create again would make a second request
    // for the same network (a 409 at best), so apply says it may exist and the next plan finds out.
    void apply_aCreateWhoseAnswerIsLost_isNotSentAgain_andTheNextRunFindsIt_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<QString>("vpc");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("connection lost after sending") << SandboxFault::ProcessedThenReset << "vpc-00000000000000051"
                                                       << "network"
                                                       << "may have reached Atlas before the connection failed";
        QTest::newRow("timeout after sending") << SandboxFault::ProcessedThenHang << "vpc-00000000000000052"
                                               << "timeout"
                                               << "may still have been processed";
    }
    void apply_aCreateWhoseAnswerIsLost_isNotSentAgain_andTheNextRunFindsIt()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(QString, vpc);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        // The shortest timeout the settings allow: the hang costs this long.
        m_settings->setValue(AppSettings::Key::TimeoutSeconds, AppSettings::minTimeoutSeconds);
        const auto timeout = qScopeGuard([this] { m_settings->reset(AppSettings::Key::TimeoutSeconds); });
        SavedForm form;
        form.profile = QStringLiteral("sandboxed");
        form.requests = {{awsRequest(vpc), {}}};
        const QString path = writeForm(form, "lost.peering.json");
        int creates = 0;
        const auto count =
            connect(&m_sandbox, &SandboxServer::requestHandled, this,
                    [&creates](const QString &method, const QString &url, int status) {
                        if (method == QLatin1String("POST") && url.endsWith(QLatin1String("/peers")) && status != 401) {
                            ++creates;
                        }
                    });
        // Also when a check fails half-way: the next row's counter must not be counted into by this one.
        const auto stopCounting = qScopeGuard([this, count] { disconnect(count); });
        m_sandbox.injectFault(fault, "POST");
        const Run applied = submit({QStringLiteral("--apply"), path});
        QVERIFY2(applied.exitCode == 4, qPrintable(applied.errors));
        QCOMPARE(creates, 1);
        QCOMPARE(applied.lines.size(), 1);
        QCOMPARE(applied.lines.at(0).value("kind").toString(), kind);
        QVERIFY(applied.lines.at(0).value("mayHaveBeenCreated").toBool());
        QVERIFY2(!applied.errors.contains("did not take the request"), qPrintable(applied.errors));
        QVERIFY2(applied.errors.contains(says), qPrintable(applied.errors));

        const Run planned = submit({QStringLiteral("--plan"), path});
        QVERIFY2(planned.exitCode == 0, qPrintable(planned.errors));
        QCOMPARE(planned.lines.size(), 1);
        QCOMPARE(planned.lines.at(0).value("status").toString(), QStringLiteral("exists"));
        QCOMPARE(planned.lines.at(0).value("peering").toObject().value("vpcId").toString(), vpc);

        const Run again = submit({QStringLiteral("--apply"), path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
        QCOMPARE(creates, 1);
        QCOMPARE(statusesOf(again), QStringList{QStringLiteral("0:exists")});
    }

    void apply_aRateLimitedCreate_isSentAgainAfterRetryAfter_andNothingTwice()
    {
        // A project of its own whose bucket holds two writes and refills one a second.
        SandboxServer limited;
        QVERIFY(limited.listen());
        limited.setRateLimit(2, 60);
        QVERIFY(
            addProfile("limited", limited.baseUrl(), Credentials::apiKey(limited.publicKey(), limited.privateKey())));
        int refused = 0;
        connect(&limited, &SandboxServer::requestHandled, this,
                [&refused](const QString &method, const QString &, int status) {
                    if (method == QLatin1String("POST") && status == 429) {
                        ++refused;
                    }
                });
        SavedForm form;
        form.profile = QStringLiteral("limited");
        form.requests = {{awsRequest("vpc-00000000000000001"), {}},
                         {awsRequest("vpc-00000000000000002"), {}},
                         {awsRequest("vpc-00000000000000003"), {}}};
        const Run run = submit({QStringLiteral("--apply"), writeForm(form, "limited.peering.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(refused >= 1, "the bucket ran dry at least once");
        QVERIFY2(run.errors.contains("did not take the request (HTTP 429)"), qPrintable(run.errors));
        // Each VPC peered exactly once: a 429 is never mistaken for a create, nor a create sent twice.
        QStringList created;
        for (const QJsonObject &line : run.lines) {
            if (line.value("status").toString() == QLatin1String("created")) {
                created.append(line.value("peering").toObject().value("vpcId").toString());
            }
        }
        created.sort();
        QCOMPARE(created, (QStringList{QStringLiteral("vpc-00000000000000001"), QStringLiteral("vpc-00000000000000002"),
                                       QStringLiteral("vpc-00000000000000003")}));
        const Run again = submit({QStringLiteral("--plan"), writeForm(form, "limited.peering.json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
    }

    void sandboxFlag_needsNoProfileOrKeychain()
    {
        SavedForm form;
        form.requests = {{awsRequest("vpc-00000000000000009"), {}}};
        const Run run =
            submit({QStringLiteral("--submit"), writeForm(form, "sbx.peering.json"), QStringLiteral("--sandbox")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.at(0).value("status").toString(), QStringLiteral("created"));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessSubmit)
#include "TestHeadlessSubmit.moc"
