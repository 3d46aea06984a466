// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioning/ProjectState.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace PeeringDesk {

class AtlasApi;

/// Reads what a plan compares a form with, project by project and one request at a time (Atlas rate-limits a
/// project's reads): every peering and container of every provider and, when asked, the IP access list. Only
/// reads: nothing is ever written.
class ProjectStateReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStateReader)

public:
    using Done = std::function<void(const QHash<QString, ProjectState> &)>;

    explicit ProjectStateReader(AtlasApi *api, QObject *parent = nullptr);
    ~ProjectStateReader() override;

    /// `withAccessList`: the projects whose IP access list is needed too. A project that fails to read is
    /// returned with its failure; the others are read all the same.
    void read(const QStringList &groupIds, const QStringList &withAccessList, Done done);

private:
    using Step = std::function<void(std::function<void()> next)>;
    void runSteps();

    AtlasApi *m_api;
    QHash<QString, ProjectState> m_states;
    QList<Step> m_steps;
    Done m_done;
};

} // namespace PeeringDesk
