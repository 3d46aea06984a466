// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/ConnectionFailure.h"
#include "provisioning/PlanItem.h"
#include "provisioning/SavedForm.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PeeringDesk {

class AtlasApi;
class PeeringSubmitter;
class ProjectStateReader;

/// The one way a form is compared with Atlas, for --plan, --apply and the window's request list: each request is
/// checked by Create's own rules, the connection is made ready, the projects of the valid requests are read, and
/// FormPlanner says per request what applying would do. Only reads.
class FormPlanReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPlanReader)

public:
    /// `notSent`: the connection could not be made ready (no profile, a refused rule, the keychain), so nothing was
    /// read; the items are then those of the form's own checks only.
    using Done = std::function<void(const QList<PlanItem> &items, const std::optional<ConnectionFailure> &notSent)>;

    /// `submitter` supplies Create's rules and the connection they are checked against; `api` reads.
    FormPlanReader(PeeringSubmitter *submitter, AtlasApi *api, QObject *parent = nullptr);
    ~FormPlanReader() override;

    /// Create's rules and the access list option's, with the option's fields named `accessList.…`.
    FieldProblems problems(const SavedRequest &saved) const;
    /// Reads and plans `requests`; `done` runs once, later, unless another read() or cancel() comes first.
    void read(const QList<SavedRequest> &requests, Done done);
    void cancel();
    bool isReading() const { return m_generation != m_finished; }

private:
    PeeringSubmitter *m_submitter;
    ProjectStateReader *m_stateReader;
    /// A newer read makes the answer of an older one moot.
    int m_generation = 0;
    int m_finished = 0;
};

} // namespace PeeringDesk
