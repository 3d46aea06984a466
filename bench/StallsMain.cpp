// SPDX-License-Identifier: GPL-3.0-or-later
// bench-stalls: main-thread stalls (1) while 3 × N peerings load in parallel from a seeded atlas-sandbox and show
// in a table, and (2) while a create request and its follow-up polls are in flight.
#include "BenchPeeringsModel.h"
#include "PeeringFollower.h"
#include "SandboxSeed.h"
#include "StallDetector.h"
#include "atlas/AtlasClient.h"
#include "atlas/AtlasReply.h"
#include "model/PeeringRequest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonObject>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

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
    parser.addOptions({urlOption, flowOption, scaleOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const Credentials key = Credentials::apiKey(SandboxSeed::publicKey, SandboxSeed::privateKey);

    // The view under test. When the app's PeeringsView lands, replace these lines and `show` with it.
    auto *model = new BenchPeeringsModel(&app);
    QTableView view;
    view.setModel(model);
    const std::function<void(const QString &, const QJsonArray &)> show =
        [model](const QString &provider, const QJsonArray &peers) { model->appendPeers(provider, peers); };
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(1100, 700);
    view.show();

    AtlasClient lists;
    lists.setBaseUrl(QUrl(parser.value(urlOption)));
    lists.setCredentials(key);
    AtlasClient flow;
    flow.setBaseUrl(QUrl(parser.value(flowOption)));
    flow.setCredentials(key);
    PeeringFollower follower(&flow, parser.value(scaleOption).toInt());
    StallDetector detector;
    QElapsedTimer phaseClock;
    int pending = 3;
    int exitCode = 0;

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
    QObject::connect(&follower, &PeeringFollower::finished, &app, [&](const QString &status) {
        print(out, "inflight", detector.stop(), phaseClock.elapsed(), follower.polls() + 1);
        app.exit(status == QLatin1String("AVAILABLE") ? exitCode : 1);
    });

    auto load = [&] {
        detector.start();
        phaseClock.start();
        for (const char *provider : {"AWS", "AZURE", "GCP"}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("providerName"), QString::fromLatin1(provider));
            query.addQueryItem(QStringLiteral("itemsPerPage"), QStringLiteral("500"));
            AtlasReply *reply = lists.send(QByteArrayLiteral("GET"),
                                           QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId), query);
            QObject::connect(reply, &AtlasReply::finished, &app, [&, reply, provider] {
                reply->deleteLater();
                if (!reply->isOk()) {
                    exitCode = 1;
                } else {
                    show(QString::fromLatin1(provider),
                         reply->json().toObject().value(QLatin1String("results")).toArray());
                }
                if (--pending == 0) {
                    // Let the view lay out and paint the new rows before the phase ends.
                    QTimer::singleShot(100, &app, [&] {
                        print(out, "load", detector.stop(), phaseClock.elapsed() - 100, model->rowCount());
                        QTimer::singleShot(100, &app, inFlight);
                    });
                }
            });
        }
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
