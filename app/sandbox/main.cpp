// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSeed.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace PeeringDesk;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    // Only async-signal-safe work here; the event loop picks the byte up and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, bool *ok)
{
    if (!parser.isSet(option))
        return fallback;
    const int value = parser.value(option).toInt(ok);
    if (*ok && value < 0)
        *ok = false;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atlas-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERING_DESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake MongoDB Atlas Administration API v2 (network peering, IP access list, clusters) on "
                       "127.0.0.1, for development "
                       "and demos. Everything is in memory and the credentials are public."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stepOption(QStringLiteral("status-step-ms"),
                                        QStringLiteral("Milliseconds a peer spends in each status."),
                                        QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            QStringLiteral("OAuth access token lifetime in seconds."),
                                            QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption acceptanceOption(
        QStringLiteral("require-acceptance"),
        QStringLiteral("AWS and GCP peers wait at PENDING_ACCEPTANCE / WAITING_FOR_USER until "
                       "POST /groups/{g}/peers/{id}:sandboxAccept."));
    const QCommandLineOption seedOption(QStringLiteral("seed-peers"),
                                        QStringLiteral("Adds N AVAILABLE peers of each provider to the demo project."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption projectsOption(
        QStringLiteral("seed-projects"),
        QStringLiteral("Adds N writable projects, each with an AWS, an Azure and a Google Cloud container."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Each project's write bucket: CAPACITY writes at once, refilled at PER_MINUTE a minute "
                       "(default 100:100)."),
        QStringLiteral("CAPACITY:PER_MINUTE"));
    parser.addOptions(
        {portOption, stepOption, lifetimeOption, acceptanceOption, seedOption, projectsOption, rateOption});
    parser.process(app);

    bool portOk = true;
    bool stepOk = true;
    bool lifetimeOk = true;
    const int port = positiveOption(parser, portOption, 0, &portOk);
    const int step = positiveOption(parser, stepOption, 3000, &stepOk);
    const int lifetime = positiveOption(parser, lifetimeOption, 3600, &lifetimeOk);
    bool seedOk = true;
    const int seed = positiveOption(parser, seedOption, 0, &seedOk);
    bool projectsOk = true;
    const int projects = positiveOption(parser, projectsOption, 0, &projectsOk);
    int capacity = 100;
    int refillPerMinute = 100;
    bool rateOk = true;
    if (parser.isSet(rateOption)) {
        const QStringList parts = parser.value(rateOption).split(QLatin1Char(':'));
        bool capacityOk = false;
        bool refillOk = false;
        if (parts.size() == 2) {
            capacity = parts.at(0).toInt(&capacityOk);
            refillPerMinute = parts.at(1).toInt(&refillOk);
        }
        rateOk = capacityOk && refillOk && capacity >= 1 && refillPerMinute >= 1;
    }
    QTextStream err(stderr);
    if (!portOk || port > 65535 || !stepOk || !lifetimeOk || lifetime == 0 || !seedOk || !projectsOk ||
        projects > 1000 || !rateOk) {
        err << "atlas-sandbox: invalid option value; see --help\n";
        return 2;
    }

    SandboxServer server;
    server.setStatusStepMs(step);
    server.setTokenLifetimeSeconds(lifetime);
    server.setRequireAcceptance(parser.isSet(acceptanceOption));
    server.setRateLimit(capacity, refillPerMinute);
    for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp})
        server.seedPeers(SandboxSeed::demoGroupId, provider, seed);
    const QStringList seededProjects = server.seedProjects(projects);
    if (!server.listen(quint16(port))) {
        err << "atlas-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    quitOnTerminationSignals(app);

    const QString base = server.baseUrl().toString();
    QTextStream out(stdout);
    out << "Atlas sandbox listening on " << base << " (port " << server.port() << ")\n"
        << "  API key (digest)     public: " << server.publicKey() << "  private: " << server.privateKey() << '\n'
        << "  Service account      client id: " << server.clientId() << "  secret: " << server.clientSecret() << '\n'
        << "  Demo project         " << SandboxSeed::demoGroupId << '\n'
        << "  Read-only project    " << SandboxSeed::readOnlyGroupId << '\n'
        << "  AWS container        " << SandboxSeed::awsContainerId << "  (" << SandboxSeed::awsRegionName << ", "
        << SandboxSeed::awsAtlasCidrBlock << ")\n"
        << "  Azure container      " << SandboxSeed::azureContainerId << "  (" << SandboxSeed::azureRegion << ", "
        << SandboxSeed::azureAtlasCidrBlock << ")\n"
        << "  GCP container        " << SandboxSeed::gcpContainerId << "  (" << SandboxSeed::gcpRegion << ", "
        << SandboxSeed::gcpAtlasCidrBlock << ")\n"
        << "  Demo clusters        " << SandboxSeed::awsClusterName << " (AWS, " << SandboxSeed::awsRegionName << "), "
        << SandboxSeed::azureClusterName << " (AZURE, " << SandboxSeed::azureRegion << "), "
        << SandboxSeed::gcpClusterName << " (GCP, " << SandboxSeed::gcpRegion << ")\n"
        << "                       private connection strings once their container has an AVAILABLE peer\n"
        << "  Status step          " << step << " ms\n"
        << "  Rate limit           " << capacity << " writes per project at once, refilled at " << refillPerMinute
        << " a minute\n"
        << "  Seeded peers         " << seed << " per provider\n";
    for (int n = 1; n <= seededProjects.size(); ++n) {
        // One line per project, with its containers, so a script can write requests into it.
        out << "  Seeded project " << n << "     " << seededProjects.at(n - 1) << "  AWS "
            << SandboxServer::seededContainerId(n, Provider::Aws) << "  AZURE "
            << SandboxServer::seededContainerId(n, Provider::Azure) << "  GCP "
            << SandboxServer::seededContainerId(n, Provider::Gcp) << '\n';
    }
    out << '\n'
        << "Try:\n"
        << "  curl --digest -u '" << server.publicKey() << ':' << server.privateKey() << "' \\\n"
        << "    -H 'Accept: application/vnd.atlas.2023-01-01+json' \\\n"
        << "    -H 'Content-Type: application/vnd.atlas.2023-01-01+json' \\\n"
        << "    -d '{\"providerName\":\"AWS\",\"containerId\":\"" << SandboxSeed::awsContainerId
        << "\",\"accepterRegionName\":\"us-east-1\",\"awsAccountId\":\"123456789012\","
           "\"routeTableCidrBlock\":\"10.0.0.0/24\",\"vpcId\":\"vpc-0123456789abcdef0\"}' \\\n"
        << "    " << base << "/api/atlas/v2/groups/" << SandboxSeed::demoGroupId << "/peers\n";
    out.flush();
    const int code = app.exec();
    // What the server saw, for the benchmark's round-trip count (every answer counts, 401 challenges included).
    err << "atlas-sandbox: requests=" << server.requestCount() << " challenges=" << server.challengeCount()
        << " tokens=" << server.tokenCount() << '\n';
    return code;
}
