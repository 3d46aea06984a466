// SPDX-License-Identifier: GPL-3.0-or-later
// bench-roundtrips: "create an AWS peering in an existing container, follow it to AVAILABLE" against an
// atlas-sandbox, through the app's own classes (CredentialStore, PeeringSubmitter, AtlasClient, PeeringWatcher).
// With --lists it first loads the three providers' peerings in parallel (PagedFetch, as the window's peerings tab
// does once a project is chosen). The sandbox counts the HTTP exchanges (run.sh).
#include "BenchFollow.h"
#include "SandboxSeed.h"
#include "connection/ConnectionSession.h"
#include "model/PeeringRequest.h"
#include "peering/PeeringSubmitter.h"
#include "store/CredentialStore.h"
#include "transport/AtlasClient.h"
#include "transport/PagedFetch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace PeeringDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Sandbox base URL."),
                                       QStringLiteral("url"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Time scale divisor."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption listsOption(QStringLiteral("lists"), QStringLiteral("Load the three lists first."));
    parser.addOptions({urlOption, scaleOption, listsOption});
    parser.addHelpOption();
    parser.process(app);

    QTextStream out(stdout);
    AtlasClient client;
    client.setBaseUrl(QUrl(parser.value(urlOption)));
    CredentialStore store(QStringLiteral("peering-desk-bench"));
    ConnectionSession session(&client, &store);
    Profile bench;
    bench.name = QStringLiteral("bench");
    bench.environment = Profile::Environment::Custom;
    bench.customBaseUrl = parser.value(urlOption);
    session.setConnection(AtlasConnection::forProfile(bench)); // the key is read from the keychain, as in the app
    PeeringSubmitter submitter(&session);
    BenchFollow follower(&client, parser.value(scaleOption).toInt());
    int listed = 0;
    int failures = 0;
    const Credentials key = Credentials::apiKey(SandboxSeed::publicKey, SandboxSeed::privateKey);
    const PeeringRequest request(SandboxSeed::demoGroupId,
                                 AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-east-1"),
                                                   QStringLiteral("123456789012"), QStringLiteral("10.0.0.0/24"),
                                                   QStringLiteral("vpc-0123456789abcdef0")});

    auto create = [&] {
        QObject::connect(&submitter, &PeeringSubmitter::finished, &app, [&](const SubmitOutcome &outcome) {
            if (outcome.kind != SubmitOutcome::Kind::Created) {
                out << "roundtrips: create failed\n";
                out.flush();
                app.exit(1);
                return;
            }
            follower.follow(SandboxSeed::demoGroupId, outcome.peering->id());
        });
        if (!submitter.submit(request, {})) {
            out << "roundtrips: the request is not valid\n";
            app.exit(1);
        }
    };
    QObject::connect(&follower, &BenchFollow::finished, &app, [&](const QString &status) {
        out << "roundtrips: lists=" << listed << " list_failures=" << failures << " posts=1 polls=" << follower.polls()
            << " status=" << status << " follow_ms=" << follower.elapsedMs() << '\n';
        out.flush();
        app.exit(status == QLatin1String("AVAILABLE") && failures == 0 ? 0 : 1);
    });

    // The sandbox mode's first step: its key goes to the keychain; every later step reads it from there.
    store.write(QStringLiteral("bench"), key, &app, [&](const KeychainResult &written) {
        if (!written.ok()) {
            out << "roundtrips: keychain write failed: " << written.message << '\n';
            out.flush();
            app.exit(1);
            return;
        }
        if (!parser.isSet(listsOption)) {
            create();
            return;
        }
        store.read(QStringLiteral("bench"), &app, [&](const KeychainResult &read) {
            client.setCredentials(read.credentials);
            for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
                auto *fetch =
                    new PagedFetch(&client, QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId),
                                   QUrlQuery{{QStringLiteral("providerName"), providerWireName(provider)}}, &app);
                QObject::connect(fetch, &PagedFetch::finished, &app, [&, fetch] {
                    fetch->deleteLater();
                    failures += fetch->failure() ? 1 : 0;
                    if (++listed == 3) {
                        create();
                    }
                });
                fetch->start();
            }
        });
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "roundtrips: timed out\n";
        out.flush();
        app.exit(2);
    });
    return QCoreApplication::exec();
}
