// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasCliImporter.h"

#include "ProfileStore.h"
#include "SecretServiceLookup.h"
#include "StoreLog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace PeeringDesk {

namespace {

constexpr qint64 maxConfigBytes = 1024 * 1024;

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
        const bool basic = value.front() == u'"';
        value = value.mid(1, value.size() - 2);
        if (basic) {
            value.replace(QLatin1String("\\\""), QLatin1String("\""))
                .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
    }
    return value;
}

} // namespace

QString AtlasCliImporter::defaultConfigPath()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty()) {
        base = QDir::homePath() + QLatin1String("/.config");
    }
    return base + QLatin1String("/atlascli/config.toml");
}

QMap<QString, QMap<QString, QString>> AtlasCliImporter::parseToml(const QByteArray &text)
{
    QMap<QString, QMap<QString, QString>> sections;
    QString section;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = unquote(line.mid(1, line.size() - 2));
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || section.isEmpty()) {
            continue; // top-level settings (telemetry, output…) are not profiles
        }
        sections[section].insert(line.left(equals).trimmed(), unquote(line.mid(equals + 1)));
    }
    return sections;
}

AtlasCliImporter::AtlasCliImporter(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_lookup(new SecretServiceLookup(this))
{}

void AtlasCliImporter::start(const QString &configPath, Callback callback)
{
    m_callback = std::move(callback);
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(tr("No Atlas CLI configuration was found at %1.").arg(QDir::toNativeSeparators(configPath)));
        importNext();
        return;
    }
    const auto sections = parseToml(file.read(maxConfigBytes));
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        const QMap<QString, QString> &values = it.value();
        const QString service = values.value(QStringLiteral("service"), QStringLiteral("cloud"));
        if (service != QLatin1String("cloud") && service != QLatin1String("cloudgov")) {
            m_problems.append(
                tr("\"%1\" is a %2 profile; only Atlas profiles can be imported.").arg(it.key(), service));
            continue;
        }
        Candidate candidate;
        candidate.values = values;
        candidate.profile.name = it.key();
        candidate.profile.environment = service == QLatin1String("cloudgov") ? Profile::Environment::AtlasForGovernment
                                                                             : Profile::Environment::Atlas;
        const bool serviceAccount = values.contains(QStringLiteral("client_id"));
        candidate.profile.authMethod =
            serviceAccount ? Profile::AuthMethod::ServiceAccount : Profile::AuthMethod::ApiKey;
        candidate.profile.defaultGroupId = values.value(QStringLiteral("project_id"));
        m_pending.append(candidate);
    }
    if (sections.isEmpty() && m_problems.isEmpty()) {
        m_problems.append(
            tr("The Atlas CLI configuration at %1 has no profiles.").arg(QDir::toNativeSeparators(configPath)));
    }
    importNext();
}

void AtlasCliImporter::importNext()
{
    if (m_pending.isEmpty()) {
        if (auto callback = std::exchange(m_callback, nullptr)) {
            callback(m_imported, m_problems);
        }
        return;
    }
    const Candidate candidate = m_pending.takeFirst();
    if (m_store->contains(candidate.profile.name)) {
        m_problems.append(
            tr("A profile named \"%1\" already exists; it was left as it is.").arg(candidate.profile.name));
        importNext();
        return;
    }
    const bool serviceAccount = candidate.profile.authMethod == Profile::AuthMethod::ServiceAccount;
    QStringList missing;
    const QStringList needed = serviceAccount
                                   ? QStringList{QStringLiteral("client_id"), QStringLiteral("client_secret")}
                                   : QStringList{QStringLiteral("public_api_key"), QStringLiteral("private_api_key")};
    for (const QString &key : needed) {
        if (candidate.values.value(key).isEmpty()) {
            missing.append(key);
        }
    }
    lookupSecrets(candidate, missing);
}

void AtlasCliImporter::lookupSecrets(const Candidate &candidate, QStringList missing)
{
    if (missing.isEmpty()) {
        saveCandidate(candidate);
        return;
    }
    const QString property = missing.takeFirst();
    const QMap<QString, QString> attributes{
        {QStringLiteral("service"), QLatin1String("atlascli_") + candidate.profile.name},
        {QStringLiteral("username"), property}};
    m_lookup->lookup(attributes, [this, candidate, missing, property](const std::optional<QString> &secret,
                                                                      const QString &error) {
        if ((!secret || secret->isEmpty()) && error.isEmpty() && property == QLatin1String("public_api_key") &&
            !candidate.values.contains(QStringLiteral("private_api_key"))) {
            // Nothing in the file says which kind of credentials the CLI keeps: try a service account next.
            Candidate serviceAccount = candidate;
            serviceAccount.profile.authMethod = Profile::AuthMethod::ServiceAccount;
            lookupSecrets(serviceAccount, {QStringLiteral("client_id"), QStringLiteral("client_secret")});
            return;
        }
        if (!secret || secret->isEmpty()) {
            m_problems.append(
                error.isEmpty() ? tr("\"%1\" has no %2, neither in the CLI's file nor in the keychain; it was skipped.")
                                      .arg(candidate.profile.name, property)
                                : tr("\"%1\" was skipped: %2.").arg(candidate.profile.name, error));
            importNext();
            return;
        }
        Candidate completed = candidate;
        completed.values.insert(property, *secret);
        lookupSecrets(completed, missing);
    });
}

void AtlasCliImporter::saveCandidate(const Candidate &candidate)
{
    const bool serviceAccount = candidate.profile.authMethod == Profile::AuthMethod::ServiceAccount;
    const Credentials secret =
        serviceAccount ? Credentials::serviceAccount(candidate.values.value(QStringLiteral("client_id")),
                                                     candidate.values.value(QStringLiteral("client_secret")))
                       : Credentials::apiKey(candidate.values.value(QStringLiteral("public_api_key")),
                                             candidate.values.value(QStringLiteral("private_api_key")));
    m_store->save(candidate.profile, {}, secret, this,
                  [this, name = candidate.profile.name](bool ok, const QString &message) {
                      if (ok) {
                          m_imported.append(name);
                          qCInfo(lcStore) << "imported Atlas CLI profile" << name;
                      } else {
                          m_problems.append(tr("\"%1\" was not imported: %2").arg(name, message));
                      }
                      importNext();
                  });
}

} // namespace PeeringDesk
