// SPDX-License-Identifier: GPL-3.0-or-later
// bench-apply: the two things bench/run.sh needs before it times the real `peering-desk --apply` against a real
// atlas-sandbox, done through the app's own classes:
//   bench-apply profile --settings FILE --url URL   saves profile "bench-apply" (the sandbox's digest key goes to the
//                                                  keychain, as the profile dialog would put it there)
//   bench-apply form --out FILE --order grouped|interleaved [--projects 5] [--requests 50]
//                                                  writes a saved form of valid requests into the projects
//                                                  `atlas-sandbox --seed-projects` makes (docs/SANDBOX.md)
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "provisioning/SavedForm.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace PeeringDesk;

namespace {

const QString profileName = QStringLiteral("bench-apply");

// Request k (from 0) of project p (from 1), n the request's place in the whole form. The providers take turns
// (4 AWS, 3 Azure, 3 Google Cloud in ten); every network is distinct in the whole form, and the AWS route tables
// (172.16+p.k.0/24) overlap neither each other nor any container's Atlas block (192.168.0.0/21, 192.168.248.0/21,
// 10.8.0.0/18).
SavedRequest requestFor(int p, int k, int n)
{
    const QString groupId = SandboxServer::seededProjectId(p);
    switch (k % 3) {
    case 0:
        return SavedRequest(PeeringRequest(
            groupId, AwsPeeringRequest{SandboxServer::seededContainerId(p, Provider::Aws), QStringLiteral("us-east-1"),
                                       QStringLiteral("2000000000%1").arg(n, 2, 10, QLatin1Char('0')),
                                       QStringLiteral("172.%1.%2.0/24").arg(16 + p).arg(k),
                                       QStringLiteral("vpc-%1").arg(n, 17, 16, QLatin1Char('0'))}));
    case 1:
        return SavedRequest(PeeringRequest(
            groupId,
            AzurePeeringRequest{SandboxServer::seededContainerId(p, Provider::Azure),
                                QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
                                QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-%1").arg(n, 12, 16, QLatin1Char('0')),
                                QStringLiteral("bench-rg-%1").arg(n), QStringLiteral("bench-vnet-%1").arg(n)}));
    default:
        return SavedRequest(PeeringRequest(
            groupId, GcpPeeringRequest{SandboxServer::seededContainerId(p, Provider::Gcp),
                                       QStringLiteral("bench-gcp-project"), QStringLiteral("bench-net-%1").arg(n)}));
    }
}

int writeForm(const QCommandLineParser &parser, const QString &out, QTextStream &err)
{
    const int projects = parser.value(QStringLiteral("projects")).toInt();
    const int requests = parser.value(QStringLiteral("requests")).toInt();
    const QString order = parser.value(QStringLiteral("order"));
    if (projects < 1 || requests < projects || requests % projects != 0 || requests > 99 * projects ||
        (order != QLatin1String("grouped") && order != QLatin1String("interleaved"))) {
        err << "bench-apply: --requests must be a multiple of --projects; --order grouped or interleaved\n";
        return 2;
    }
    const int perProject = requests / projects;
    SavedForm form;
    form.profile = profileName;
    for (int n = 0; n < requests; ++n) {
        // grouped: a project's requests one after the other, as a person writes them; interleaved: one project
        // after the other in turn.
        const bool grouped = order == QLatin1String("grouped");
        const int p = 1 + (grouped ? n / perProject : n % projects);
        const int k = grouped ? n % perProject : n / projects;
        const SavedRequest saved = requestFor(p, k, n);
        if (const FieldProblems problems = saved.request.validate(); !problems.isEmpty()) {
            err << "bench-apply: request " << n << " is not valid: " << problems.first().field << ": "
                << problems.first().message << '\n';
            return 1;
        }
        form.requests.append(saved);
    }
    QString error;
    if (!form.save(out, &error)) {
        err << "bench-apply: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("profile or form"));
    parser.addOptions({
        {QStringLiteral("settings"), QStringLiteral("profile: the settings file peering-desk is given."),
         QStringLiteral("file")},
        {QStringLiteral("url"), QStringLiteral("profile: the sandbox's base URL."), QStringLiteral("url")},
        {QStringLiteral("out"), QStringLiteral("form: where to write it."), QStringLiteral("file")},
        {QStringLiteral("order"), QStringLiteral("form: grouped or interleaved."), QStringLiteral("order"),
         QStringLiteral("grouped")},
        {QStringLiteral("projects"), QStringLiteral("form: seeded projects to spread over."), QStringLiteral("n"),
         QStringLiteral("5")},
        {QStringLiteral("requests"), QStringLiteral("form: how many requests."), QStringLiteral("n"),
         QStringLiteral("50")},
    });
    parser.addHelpOption();
    parser.process(app);
    QTextStream err(stderr);
    const QString command = parser.positionalArguments().value(0);

    if (command == QLatin1String("form") && parser.isSet(QStringLiteral("out"))) {
        return writeForm(parser, parser.value(QStringLiteral("out")), err);
    }
    if (command != QLatin1String("profile") || !parser.isSet(QStringLiteral("settings")) ||
        !parser.isSet(QStringLiteral("url"))) {
        parser.showHelp(2);
    }
    AppSettings settings(parser.value(QStringLiteral("settings")));
    CredentialStore store; // the app's own keychain service: peering-desk reads the key from there
    ProfileStore profiles(&settings, &store);
    Profile profile;
    profile.name = profileName;
    profile.environment = Profile::Environment::Custom;
    profile.customBaseUrl = parser.value(QStringLiteral("url"));
    int code = 1;
    bool saved = false;
    profiles.save(profile, {}, Credentials::apiKey(SandboxSeed::publicKey, SandboxSeed::privateKey), &app,
                  [&code, &saved, &err](bool ok, const QString &message) {
                      if (!ok) {
                          err << "bench-apply: the profile was not saved: " << message << '\n';
                      }
                      code = ok ? 0 : 1;
                      saved = true;
                      QCoreApplication::quit();
                  });
    if (saved) {
        return code;
    }
    QTimer::singleShot(std::chrono::seconds(20), &app, [&err] {
        err << "bench-apply: the keychain did not answer\n";
        QCoreApplication::quit();
    });
    app.exec();
    return code;
}
