// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace PeeringDesk {

/// Non-secret preferences, typed: every key has a name and a default in one table. Secrets never go here;
/// they live in the keychain (CredentialStore).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        BaseUrl,
        LastGroupId,
        LastContainerId,
        LastProvider,
        Envelope,
        Pretty,
        TimeoutSeconds,
        WindowGeometry,
        WindowState,
        SplitterState,
        ActiveProfile,
        RecentFiles,
        DraftForm,
        Language,
    };
    Q_ENUM(Key)

    /// The user's settings, in the platform's usual place.
    explicit AppSettings(QObject *parent = nullptr);
    /// Settings in an INI file of the caller's choosing: tests, and --settings for a portable setup.
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);
    ~AppSettings() override;

    static constexpr int minTimeoutSeconds = 5;
    static constexpr int maxTimeoutSeconds = 300;

    QVariant value(Key key) const;
    /// TimeoutSeconds, brought into [minTimeoutSeconds, maxTimeoutSeconds]: the file may have been edited by hand,
    /// and 0 would mean "never time out" to Qt.
    int timeoutSeconds() const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    /// Writes pending changes to disk now.
    void sync();
    QString fileName() const;
    /// The QSettings behind the table, for stores that keep structured data (profiles) in the same file.
    QSettings &backing() { return *m_settings; }

Q_SIGNALS:
    void changed(PeeringDesk::AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace PeeringDesk
