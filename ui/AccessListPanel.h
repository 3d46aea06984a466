// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListEntry.h"
#include "model/AccessListRequest.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QGroupBox>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class AccessListPanel;
}

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;
class FieldFeedback;

/// "IP access list entry" (AccessListPanel.ui): the peered network's ranges on the project's IP access list, offered
/// from the peering (the AWS VPC's CIDR) or asked for (Azure, Google Cloud), checked with the same rules as the
/// form, sent only for what no entry already allows, and followed until Atlas says ACTIVE. Nothing the user typed
/// is lost when Atlas refuses it.
class AccessListPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessListPanel)

public:
    explicit AccessListPanel(AtlasApi *api, QWidget *parent = nullptr);
    ~AccessListPanel() override;

    /// Starts over for this peering: its advice in the fields, then the project's list to see what is covered.
    void setPeering(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    /// Puts `request` in the fields and adds it, as the Allow button does (once the project's list is read).
    void allowNow(const AccessListRequest &request);
    /// Forgets the peering and stops every call.
    void clear();

    /// The ranges as typed, split at commas, semicolons and spaces.
    QStringList ranges() const;
    AccessListRequest request() const;
    /// Every range is on the list and ACTIVE (or covered by an entry that is).
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void readyChanged(bool ready);

private:
    void listEntries();
    void allow();
    void onAdded(const QList<AccessListEntry> &entries, const QStringList &added);
    void pollStatus();
    void showCoverage();
    void showProblem(const QString &problem);
    void setReady(bool ready);
    void setBusy(bool busy);
    void copyAs(int format);

    const std::unique_ptr<Ui::AccessListPanel> m_ui;
    AtlasApi *m_api;
    FieldFeedback *m_ranges;
    QString m_groupId;
    QList<AccessListEntry> m_entries;
    bool m_listed = false;
    /// Ranges sent and not yet ACTIVE.
    QStringList m_pending;
    QPointer<AtlasCall> m_call;
    QTimer m_pollTimer;
    int m_polls = 0;
    bool m_ready = false;
    /// Allow as soon as the list is read: the form asked for the entry.
    bool m_allowWhenListed = false;
};

} // namespace PeeringDesk
