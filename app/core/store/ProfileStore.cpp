// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "AppSettings.h"
#include "CredentialStore.h"
#include "StoreLog.h"
#include "model/FieldValidator.h"

#include <QPointer>

#include <algorithm>

namespace PeeringDesk {

namespace {

const QString itemsGroup = QStringLiteral("profiles/items");

// Runs the callback only while the caller's context object still exists.
ProfileStore::Callback guarded(QObject *context, ProfileStore::Callback callback)
{
    return [guard = QPointer<QObject>(context), callback = std::move(callback)](bool ok, const QString &message) {
        if (guard) {
            callback(ok, message);
        }
    };
}

} // namespace

ProfileStore::ProfileStore(AppSettings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
{}

QList<Profile> ProfileStore::profiles() const
{
    QSettings &s = m_settings->backing();
    s.beginGroup(itemsGroup);
    const QStringList names = s.childGroups();
    s.endGroup();
    QList<Profile> result;
    for (const QString &name : names) {
        if (auto p = profile(name)) {
            result.append(*p);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Profile &a, const Profile &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    QSettings &s = m_settings->backing();
    s.beginGroup(itemsGroup);
    const bool exists = s.childGroups().contains(name);
    s.endGroup();
    if (name.isEmpty() || !exists) {
        return std::nullopt;
    }
    s.beginGroup(itemsGroup + u'/' + name);
    Profile p;
    p.name = name;
    p.environment = Profile::environmentFrom(s.value(QStringLiteral("environment")).toString());
    p.customBaseUrl = s.value(QStringLiteral("customBaseUrl")).toString();
    p.authMethod = s.value(QStringLiteral("auth")).toString() == QLatin1String("serviceAccount")
                       ? Profile::AuthMethod::ServiceAccount
                       : Profile::AuthMethod::ApiKey;
    p.defaultGroupId = s.value(QStringLiteral("defaultGroupId")).toString();
    s.endGroup();
    return p;
}

QString ProfileStore::activeProfileName() const
{
    const QString name = m_settings->value(AppSettings::Key::ActiveProfile).toString();
    if (contains(name)) {
        return name;
    }
    const QList<Profile> all = profiles();
    return all.isEmpty() ? QString() : all.first().name;
}

std::optional<Profile> ProfileStore::activeProfile() const
{
    return profile(activeProfileName());
}

void ProfileStore::setActiveProfileName(const QString &name)
{
    if (name == m_settings->value(AppSettings::Key::ActiveProfile).toString()) {
        return;
    }
    m_settings->setValue(AppSettings::Key::ActiveProfile, name);
    Q_EMIT activeProfileChanged(name);
}

QString ProfileStore::secretProblem(const Profile &profile, const Credentials &secret)
{
    const bool serviceAccount = profile.authMethod == Profile::AuthMethod::ServiceAccount;
    if (secret.id().isEmpty()) {
        return serviceAccount ? tr("Enter the service account's client ID.") : tr("Enter the API key's public key.");
    }
    if (secret.secret().isEmpty()) {
        return serviceAccount ? tr("Enter the service account's client secret.")
                              : tr("Enter the API key's private key.");
    }
    if (secret.kind() != profile.credentialsKind()) {
        return tr("The secret does not match the profile's authentication method.");
    }
    return {};
}

void ProfileStore::save(const Profile &input, const QString &originalName, const std::optional<Credentials> &secret,
                        QObject *context, Callback callback)
{
    Callback done = guarded(context, std::move(callback));
    Profile candidate = input;
    candidate.name = FieldValidator::clean(candidate.name);
    candidate.customBaseUrl = FieldValidator::clean(candidate.customBaseUrl);
    candidate.defaultGroupId = FieldValidator::clean(candidate.defaultGroupId);
    if (const FieldProblems problems = candidate.validate(); !problems.isEmpty()) {
        done(false, problems.first().message);
        return;
    }
    const bool creating = originalName.isEmpty();
    const bool renaming = !creating && originalName != candidate.name;
    if ((creating || renaming) && contains(candidate.name)) {
        done(false, tr("A profile named \"%1\" already exists.").arg(candidate.name));
        return;
    }
    if (!creating && !contains(originalName)) {
        done(false, tr("The profile \"%1\" no longer exists.").arg(originalName));
        return;
    }
    const auto stored = creating ? std::nullopt : profile(originalName);
    const bool methodChanged = stored && stored->authMethod != candidate.authMethod;
    if (!secret && (creating || methodChanged)) {
        done(false, candidate.authMethod == Profile::AuthMethod::ServiceAccount
                        ? tr("Enter the service account's client ID and secret.")
                        : tr("Enter the API key's public and private key."));
        return;
    }
    if (secret) {
        if (const QString problem = secretProblem(candidate, *secret); !problem.isEmpty()) {
            done(false, problem);
            return;
        }
    }

    auto finish = [this, candidate, originalName, renaming, done](bool ok, const QString &message) {
        if (!ok) {
            done(false, message);
            return;
        }
        writeSettings(candidate, renaming ? originalName : QString());
        if (renaming && m_settings->value(AppSettings::Key::ActiveProfile).toString() == originalName) {
            setActiveProfileName(candidate.name);
        }
        qCInfo(lcStore) << "profile saved:" << candidate.name;
        Q_EMIT profilesChanged();
        done(true, {});
    };

    if (secret) {
        m_credentials->write(candidate.name, *secret, this,
                             [this, renaming, originalName, finish](const KeychainResult &result) {
                                 if (!result.ok()) {
                                     finish(false, result.message);
                                     return;
                                 }
                                 if (!renaming) {
                                     finish(true, {});
                                     return;
                                 }
                                 m_credentials->remove(originalName, this, [finish](const KeychainResult &removed) {
                                     const bool ok = removed.ok() || removed.status == KeychainResult::Status::NotFound;
                                     finish(ok, removed.message);
                                 });
                             });
        return;
    }
    if (renaming) {
        moveSecret(originalName, candidate.name, this, finish);
        return;
    }
    finish(true, {});
}

void ProfileStore::moveSecret(const QString &from, const QString &to, QObject *context, Callback callback)
{
    m_credentials->read(from, context, [this, from, to, context, callback](const KeychainResult &read) {
        if (!read.ok()) {
            callback(false, read.message);
            return;
        }
        m_credentials->write(to, read.credentials, context, [this, from, context, callback](const KeychainResult &w) {
            if (!w.ok()) {
                callback(false, w.message);
                return;
            }
            m_credentials->remove(from, context, [callback](const KeychainResult &removed) {
                callback(removed.ok() || removed.status == KeychainResult::Status::NotFound, removed.message);
            });
        });
    });
}

void ProfileStore::writeSettings(const Profile &profile, const QString &replacedName)
{
    QSettings &s = m_settings->backing();
    if (!replacedName.isEmpty()) {
        s.remove(itemsGroup + u'/' + replacedName);
    }
    s.beginGroup(itemsGroup + u'/' + profile.name);
    s.setValue(QStringLiteral("environment"), Profile::serialize(profile.environment));
    s.setValue(QStringLiteral("customBaseUrl"), profile.customBaseUrl);
    s.setValue(QStringLiteral("auth"), profile.authMethod == Profile::AuthMethod::ServiceAccount
                                           ? QStringLiteral("serviceAccount")
                                           : QStringLiteral("apiKey"));
    s.setValue(QStringLiteral("defaultGroupId"), profile.defaultGroupId);
    s.endGroup();
    s.sync();
}

void ProfileStore::duplicate(const QString &name, const QString &newName, QObject *context, Callback callback)
{
    Callback done = guarded(context, std::move(callback));
    auto original = profile(name);
    if (!original) {
        done(false, tr("The profile \"%1\" no longer exists.").arg(name));
        return;
    }
    Profile copy = *original;
    copy.name = FieldValidator::clean(newName);
    if (const FieldProblems problems = copy.validate(); !problems.isEmpty()) {
        done(false, problems.first().message);
        return;
    }
    if (contains(copy.name)) {
        done(false, tr("A profile named \"%1\" already exists.").arg(copy.name));
        return;
    }
    m_credentials->read(name, this, [this, copy, done](const KeychainResult &read) {
        if (!read.ok()) {
            done(false, read.message);
            return;
        }
        m_credentials->write(copy.name, read.credentials, this, [this, copy, done](const KeychainResult &written) {
            if (!written.ok()) {
                done(false, written.message);
                return;
            }
            writeSettings(copy, {});
            Q_EMIT profilesChanged();
            done(true, {});
        });
    });
}

void ProfileStore::remove(const QString &name, QObject *context, Callback callback)
{
    Callback done = guarded(context, std::move(callback));
    if (!contains(name)) {
        done(false, tr("The profile \"%1\" no longer exists.").arg(name));
        return;
    }
    m_credentials->remove(name, this, [this, name, done](const KeychainResult &removed) {
        // A profile whose secret is already gone can still be deleted; any other failure keeps it whole.
        if (!removed.ok() && removed.status != KeychainResult::Status::NotFound) {
            done(false, removed.message);
            return;
        }
        m_settings->backing().remove(itemsGroup + u'/' + name);
        m_settings->backing().sync();
        if (m_settings->value(AppSettings::Key::ActiveProfile).toString() == name) {
            m_settings->reset(AppSettings::Key::ActiveProfile);
            Q_EMIT activeProfileChanged(activeProfileName());
        }
        qCInfo(lcStore) << "profile deleted:" << name;
        Q_EMIT profilesChanged();
        done(true, {});
    });
}

void ProfileStore::readCredentials(const QString &name, QObject *context,
                                   std::function<void(const KeychainResult &)> callback)
{
    m_credentials->read(name, context, std::move(callback));
}

} // namespace PeeringDesk
