// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

namespace PeeringDesk {

class ProfileStore;
class SecretServiceLookup;

/// Imports the Atlas CLI's profiles, only when the user asks: names, environment and default project from
/// its config.toml, keys from that file (older CLIs) or from the keychain entries the CLI keeps
/// (service "atlascli_<profile>", one entry per property). Profiles whose name is taken are skipped.
class AtlasCliImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtlasCliImporter)

public:
    /// Called once: the names imported, and one translated sentence per profile that was not.
    using Callback = std::function<void(const QStringList &imported, const QStringList &problems)>;

    /// $XDG_CONFIG_HOME/atlascli/config.toml, where the Atlas CLI keeps its profiles on Linux.
    static QString defaultConfigPath();
    /// The [sections] and key = "value" pairs of a TOML file: all the CLI's config uses.
    static QMap<QString, QMap<QString, QString>> parseToml(const QByteArray &text);

    explicit AtlasCliImporter(ProfileStore *store, QObject *parent = nullptr);

    void start(const QString &configPath, Callback callback);

private:
    struct Candidate
    {
        Profile profile;
        QMap<QString, QString> values;
    };

    void importNext();
    void lookupSecrets(const Candidate &candidate, QStringList missing);
    void saveCandidate(const Candidate &candidate);

    ProfileStore *m_store;
    SecretServiceLookup *m_lookup;
    QList<Candidate> m_pending;
    QStringList m_imported;
    QStringList m_problems;
    Callback m_callback;
};

} // namespace PeeringDesk
