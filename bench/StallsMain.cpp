// SPDX-License-Identifier: GPL-3.0-or-later
// bench-stalls: main-thread stalls (1) while 3 × N peerings load in parallel from a seeded atlas-sandbox and show
// in the app's peerings view (PeeringsView, PeeringsModel), and (2) while a create request and its follow-up reads
// (PeeringWatcher) are in flight.
#include "BenchFollow.h"
#include "PeeringsModel.h"
#include "PeeringsView.h"
#include "SandboxSeed.h"
#include "StallDetector.h"
#include "api/AtlasApi.h"
#include "model/PeeringRequest.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace PeeringDesk;

namespace {

void print(QTextStream &out, const char *phase, const StallDetector::Summary &s, qint64 elapsedMs, qsizetype rows)
{
    out << "stalls: phase=" << phase << " max_ms=" << QString::number(s.maxMs, 'f', 2)
        << " p99_ms=" << QString::number(s.p99Ms, 'f', 2) << " median_ms=" << QString::number(s.medianMs, 'f', 2)
        << " over16=" << s.over16Ms << " samples=" << s.samples << " elapsed_ms=" << elapsedMs << " rows=" << rows
        << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Seeded sandbox."), QStringLiteral("url"));
    const QCommandLineOption flowOption(QStringLiteral("flow-url"), QStringLiteral("Unseeded sandbox for the create."),
                                        QStringLiteral("url"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Time scale divisor."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption peersOption(QStringLiteral("peers"), QStringLiteral("Peers seeded per provider."),
                                         QStringLiteral("n"), QStringLiteral("500"));
    parser.addOptions({urlOption, flowOption, scaleOption, peersOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const Credentials key = Credentials::apiKey(SandboxSeed::publicKey, SandboxSeed::privateKey);

    // The view under test: the app's own, reading the three providers' lists itself (PagedFetch, in parallel).
    AtlasClient lists;
    lists.setBaseUrl(QUrl(parser.value(urlOption)));
    lists.setCredentials(key);
    AtlasApi listsApi(&lists);
    PeeringsView view(&listsApi);
    view.resize(1100, 700);
    view.show();

    AtlasClient flow;
    flow.setBaseUrl(QUrl(parser.value(flowOption)));
    flow.setCredentials(key);
    BenchFollow follower(&flow, parser.value(scaleOption).toInt());
    StallDetector detector;
    QElapsedTimer phaseClock;

    auto inFlight = [&] {
        detector.start();
        phaseClock.start();
        const PeeringRequest request(SandboxSeed::demoGroupId,
                                     AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-east-1"),
                                                       QStringLiteral("123456789012"), QStringLiteral("10.0.0.0/24"),
                                                       QStringLiteral("vpc-0123456789abcdef0")});
        AtlasReply *reply = flow.createPeering(request);
        QObject::connect(reply, &AtlasReply::finished, &app, [&, reply] {
            reply->deleteLater();
            if (!reply->isOk()) {
                out << "stalls: create failed with " << reply->httpStatus() << '\n';
                app.exit(1);
                return;
            }
            follower.follow(SandboxSeed::demoGroupId, reply->json().toObject().value(QLatin1String("id")).toString());
        });
    };
    QObject::connect(&follower, &BenchFollow::finished, &app, [&](const QString &status) {
        print(out, "inflight", detector.stop(), phaseClock.elapsed(), follower.polls() + 1);
        app.exit(status == QLatin1String("AVAILABLE") ? 0 : 1);
    });

    QObject::connect(&view, &PeeringsView::loaded, &app, [&](int count) {
        if (count != view.model()->rowCount() || count < 3 * parser.value(peersOption).toInt()) {
            out << "stalls: loaded " << count << ", the model has " << view.model()->rowCount() << " rows\n";
            app.exit(1);
            return;
        }
        // Let the view lay out and paint the new rows before the phase ends.
        QTimer::singleShot(100, &app, [&] {
            print(out, "load", detector.stop(), phaseClock.elapsed() - 100, view.model()->rowCount());
            QTimer::singleShot(100, &app, inFlight);
        });
    });
    auto load = [&] {
        detector.start();
        phaseClock.start();
        view.setGroupId(SandboxSeed::demoGroupId); // reads the three lists
    };
    // Start once the window is up and painted, so the harness's own start-up is not counted.
    QTimer::singleShot(500, &app, load);
    QTimer::singleShot(60000, &app, [&] {
        out << "stalls: timed out\n";
        out.flush();
        app.exit(2);
    });
    return QApplication::exec();
}
