// SPDX-License-Identifier: GPL-3.0-or-later
// Saved forms and exports: golden examples per provider, round trips, and untrusted files.
#include "provisioning/RequestExporter.h"
#include "provisioning/SavedForm.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace PeeringDesk;

namespace {

const QString group = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
const QUrl atlas(QStringLiteral("https://cloud.mongodb.com"));

PeeringRequest aws()
{
    return PeeringRequest(group,
                          AwsPeeringRequest{QStringLiteral("64b0aa00000000000000a001"), QStringLiteral("us-west-2"),
                                            QStringLiteral("012345678901"), QStringLiteral("10.20.0.0/16"),
                                            QStringLiteral("vpc-0123456789abcdef0")});
}

PeeringRequest azure()
{
    return PeeringRequest(group, AzurePeeringRequest{QStringLiteral("64b0aa00000000000000b002"),
                                                     QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                                     QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                     QStringLiteral("prod-rg"), QStringLiteral("prod-vnet")});
}

PeeringRequest gcp()
{
    return PeeringRequest(group, GcpPeeringRequest{QStringLiteral("64b0aa00000000000000c003"),
                                                   QStringLiteral("my-gcp-project"), QStringLiteral("default")});
}

} // namespace

class TestProvisioning : public QObject
{
    Q_OBJECT

private slots:
    void preview_showsExactlyWhatIsSent()
    {
        const Export preview =
            RequestExporter::preview(aws(), atlas, RequestOptions{false, true}, Credentials::Kind::ApiKey);
        QCOMPARE(preview.text,
                 QStringLiteral(
                     "POST https://cloud.mongodb.com/api/atlas/v2/groups/5f0a1b2c3d4e5f6a7b8c9d0e/peers?pretty=true\n"
                     "Accept: application/vnd.atlas.2023-01-01+json\n"
                     "Content-Type: application/vnd.atlas.2023-01-01+json\n"
                     "Authorization: Digest <answered with the profile's API key>\n\n"
                     "{\n"
                     "    \"accepterRegionName\": \"us-west-2\",\n"
                     "    \"awsAccountId\": \"012345678901\",\n"
                     "    \"containerId\": \"64b0aa00000000000000a001\",\n"
                     "    \"providerName\": \"AWS\",\n"
                     "    \"routeTableCidrBlock\": \"10.20.0.0/16\",\n"
                     "    \"vpcId\": \"vpc-0123456789abcdef0\"\n"
                     "}"));
    }

    void curl_usesDigestAndPlaceholders_neverSecrets()
    {
        const Export curl = RequestExporter::curl(gcp(), atlas, {}, Credentials::Kind::ApiKey);
        QCOMPARE(
            curl.text,
            QStringLiteral(
                "curl --digest --user \"${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}\" \\\n"
                "  --header \"Accept: application/vnd.atlas.2023-01-01+json\" \\\n"
                "  --header \"Content-Type: application/vnd.atlas.2023-01-01+json\" \\\n"
                "  --request POST https://cloud.mongodb.com/api/atlas/v2/groups/5f0a1b2c3d4e5f6a7b8c9d0e/peers \\\n"
                "  --data '{\"containerId\":\"64b0aa00000000000000c003\",\"gcpProjectId\":\"my-gcp-project\","
                "\"networkName\":\"default\",\"providerName\":\"GCP\"}'"));
        QVERIFY(curl.notes.join(' ').contains("ATLAS_PRIVATE_KEY"));
        const Export bearer = RequestExporter::curl(gcp(), atlas, {}, Credentials::Kind::ServiceAccount);
        QVERIFY(bearer.text.contains("Authorization: Bearer ${ATLAS_TOKEN}"));
        QVERIFY(bearer.text.contains("https://cloud.mongodb.com/api/oauth/token"));
    }

    void atlasCli_perProvider_andItsLimits_data()
    {
        QTest::addColumn<PeeringRequest>("request");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("note");
        QTest::newRow("AWS cannot peer across regions")
            << aws()
            << "atlas networking peering create aws --accountId 012345678901 --region us-west-2 "
               "--routeTableCidrBlock 10.20.0.0/16 --vpcId vpc-0123456789abcdef0 "
               "--projectId 5f0a1b2c3d4e5f6a7b8c9d0e --output json"
            << "cannot peer across regions";
        QTest::newRow("Azure needs the container's Atlas region")
            << azure()
            << "atlas networking peering create azure --directoryId 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d "
               "--subscriptionId 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d --resourceGroup prod-rg --vnet prod-vnet "
               "--region <ATLAS_REGION> --projectId 5f0a1b2c3d4e5f6a7b8c9d0e --output json"
            << "<ATLAS_REGION>";
        QTest::newRow("Google Cloud needs the Atlas CIDR")
            << gcp()
            << "atlas networking peering create gcp --gcpProjectId my-gcp-project --network default "
               "--atlasCidrBlock <ATLAS_CIDR> --projectId 5f0a1b2c3d4e5f6a7b8c9d0e --output json"
            << "--atlasCidrBlock";
    }
    void atlasCli_perProvider_andItsLimits()
    {
        QFETCH(PeeringRequest, request);
        QFETCH(QString, command);
        QFETCH(QString, note);
        const Export cli = RequestExporter::atlasCli(request);
        QCOMPARE(cli.text, command);
        QVERIFY2(cli.notes.join(' ').contains(note), qPrintable(cli.notes.join(' ')));
    }

    void terraform_matchesTheResourceArguments()
    {
        QCOMPARE(RequestExporter::terraform(azure()).text,
                 QStringLiteral("resource \"mongodbatlas_network_peering\" \"azure_prod_vnet\" {\n"
                                "  project_id            = \"5f0a1b2c3d4e5f6a7b8c9d0e\"\n"
                                "  container_id          = \"64b0aa00000000000000b002\"\n"
                                "  provider_name         = \"AZURE\"\n"
                                "  azure_directory_id    = \"8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d\"\n"
                                "  azure_subscription_id = \"1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d\"\n"
                                "  resource_group_name   = \"prod-rg\"\n"
                                "  vnet_name             = \"prod-vnet\"\n"
                                "}"));
        QVERIFY(RequestExporter::terraform(aws()).text.contains("route_table_cidr_block = \"10.20.0.0/16\""));
        QVERIFY(RequestExporter::terraform(gcp()).text.contains("network_name   = \"default\""));
    }

    void exports_quoteHostileValues()
    {
        PeeringRequest request = gcp();
        auto body = std::get<GcpPeeringRequest>(request.body());
        body.networkName = QStringLiteral("x'; rm -rf ~; echo '${HOME}\"");
        request.setBody(body);
        QVERIFY(RequestExporter::atlasCli(request).text.contains("'x'\"'\"'; rm -rf ~; echo '\"'\"'${HOME}\"'"));
        QVERIFY(RequestExporter::terraform(request).text.contains("\"x'; rm -rf ~; echo '$${HOME}\\\"\""));
    }

    void savedForm_roundTrip_keepsEveryRequestAndNoSecret()
    {
        SavedForm form;
        form.profile = QStringLiteral("prod");
        form.requests = {{aws(),
                          {true, false},
                          AccessListRequest({QStringLiteral("10.20.0.0/16"), QStringLiteral("10.30.0.0/24")},
                                            QStringLiteral("app"))},
                         {azure(), {}},
                         {gcp(), {false, true}}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("three.peering.json"));
        QString error;
        QVERIFY2(form.save(path, &error), qPrintable(error));
        const SavedFormParse loaded = SavedForm::load(path);
        QVERIFY2(loaded.form, qPrintable(loaded.error));
        QVERIFY(*loaded.form == form);
        const QJsonObject root = QJsonDocument::fromJson(form.toJson()).object();
        QCOMPARE(root.value("format").toString(), QStringLiteral("peering-desk-form"));
        QCOMPARE(root.value("version").toInt(), 1);
        const QJsonObject accessList = root.value("requests").toArray().at(0).toObject().value("accessList").toObject();
        QCOMPARE(accessList.value("cidrBlocks").toArray().size(), 2);
        QCOMPARE(accessList.value("comment").toString(), QStringLiteral("app"));
        QVERIFY(!root.value("requests").toArray().at(1).toObject().contains("accessList"));
    }

    void savedForm_badFiles_sayWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a JSON syntax error names the line and column")
            << QByteArray("{\n  \"format\": \"peering-desk-form\",\n  \"version\": 1,\n  \"requests\": [,]\n}")
            << "Line 4, column 17";
        QTest::newRow("another program's JSON") << QByteArray(R"({"name":"x"})") << "not a Peering Desk form";
        QTest::newRow("a newer format version is refused")
            << QByteArray(R"({"format":"peering-desk-form","version":2,"requests":[]})") << "version 2";
        QTest::newRow("a fractional version")
            << QByteArray(R"({"format":"peering-desk-form","version":1.5,"requests":[]})") << "whole number";
        QTest::newRow("requests that are not a list")
            << QByteArray(R"({"format":"peering-desk-form","version":1,"requests":{}})")
            << "\"requests\" must be a list";
        QTest::newRow("a field that is not a string is named")
            << QByteArray(
                   R"({"format":"peering-desk-form","version":1,"requests":[{"groupId":"g","peer":{"providerName":"AWS","vpcId":7}}]})")
            << "requests[0].peer.vpcId must be a string";
        QTest::newRow("an unknown provider is named")
            << QByteArray(
                   R"({"format":"peering-desk-form","version":1,"requests":[{"groupId":"g","peer":{"providerName":"IBM"}}]})")
            << "requests[0].peer.providerName";
        QTest::newRow("a flag that is not a boolean")
            << QByteArray(
                   R"({"format":"peering-desk-form","version":1,"requests":[{"groupId":"g","envelope":"yes","peer":{}}]})")
            << "requests[0].envelope must be true or false";
        QTest::newRow("an array at the top") << QByteArray("[]") << "one JSON object";
        QTest::newRow("an access list without its list of blocks")
            << QByteArray(
                   R"({"format":"peering-desk-form","version":1,"requests":[{"groupId":"g","peer":{"providerName":"AWS"},"accessList":{"cidrBlock":"10.0.0.0/8"}}]})")
            << "requests[0].accessList must be an object";
        QTest::newRow("an access list block that is not a string")
            << QByteArray(
                   R"({"format":"peering-desk-form","version":1,"requests":[{"groupId":"g","peer":{"providerName":"AWS"},"accessList":{"cidrBlocks":[10]}}]})")
            << "requests[0].accessList.cidrBlocks must hold strings";
    }
    void savedForm_badFiles_sayWhereAndWhy()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const SavedFormParse parsed = SavedForm::parse(data);
        QVERIFY(!parsed.form);
        QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
    }

    // Regression: a compact file just under the limit parsed, but toJson() indented it past maxFileBytes, so the
    // form the app saved (or kept as a draft) could not be opened again.
    void savedForm_readNearTheSizeLimit_isWrittenSoThatItOpensAgain()
    {
        QByteArray data = "{\"format\":\"peering-desk-form\",\"version\":1,\"requests\":[";
        const QByteArray vpcId(850, 'v'); // over-long, so invalid, but read as written
        for (int i = 0; i < SavedForm::maxRequests; ++i) {
            data += (i == 0 ? "" : ",");
            data += "{\"groupId\":\"5f3e2d1c0b9a887766554433\",\"peer\":{\"providerName\":\"AWS\",\"vpcId\":\"" +
                    vpcId + "\"}}";
        }
        data += "]}";
        QVERIFY(data.size() <= SavedForm::maxFileBytes);
        const SavedFormParse parsed = SavedForm::parse(data);
        QVERIFY2(parsed.form, qPrintable(parsed.error));

        const QByteArray written = parsed.form->toJson();
        QVERIFY2(written.size() <= SavedForm::maxFileBytes, QByteArray::number(written.size()).constData());
        const SavedFormParse reread = SavedForm::parse(written);
        QVERIFY2(reread.form, qPrintable(reread.error));
        QVERIFY(*reread.form == *parsed.form);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(parsed.form->save(dir.filePath(QStringLiteral("big.peering.json")), &error), qPrintable(error));
    }

    void savedForm_tooBigToOpenAgain_isNotSaved()
    {
        AwsPeeringRequest body;
        body.vpcId = QString(1100, QLatin1Char('v'));
        const PeeringRequest request(QStringLiteral("5f3e2d1c0b9a887766554433"), body);
        SavedForm form;
        for (int i = 0; i < SavedForm::maxRequests; ++i) {
            form.requests.append(SavedRequest(request));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.peering.json"));
        QString error;
        QVERIFY(!form.save(path, &error));
        QVERIFY2(error.contains(QLatin1String("KiB")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    // A FIFO with no writer made open() wait for ever, in --submit and in File > Open alike.
    void savedForm_notARegularFile_isRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a FIFO with no writer") << "fifo";
        QTest::newRow("a folder") << "folder";
        QTest::newRow("a device") << "device";
    }
    void savedForm_notARegularFile_isRefusedAtOnce()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("form.peering.json"));
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("form.peering.json")));
        } else {
            path = QStringLiteral("/dev/null");
        }
        // On another thread, so that a load() stuck in open() fails this test instead of hanging it.
        auto loading = std::async(std::launch::async, [path] { return SavedForm::load(path); });
        if (loading.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
            // A writer that comes and goes releases the reader; the future's destructor waits for it.
            const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0) {
                ::close(writer);
            }
            QFAIL("SavedForm::load() blocked on a FIFO with no writer");
        }
        const SavedFormParse loaded = loading.get();
        QVERIFY(!loaded.form);
        QVERIFY2(loaded.error.contains(QLatin1String("not a regular file")), qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(path), qPrintable(loaded.error));
    }

    void savedForm_invalidFieldValues_loadAndAreReportedByValidation()
    {
        const SavedFormParse parsed = SavedForm::parse(
            R"({"format":"peering-desk-form","version":1,"requests":[{"groupId":"g","peer":{"providerName":"GCP","networkName":"Bad"}}]})");
        QVERIFY(parsed.form);
        QVERIFY(!parsed.form->requests.first().request.isValid());
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "TestProvisioning.moc"
