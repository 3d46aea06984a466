// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListRequest.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AccessListOption;
}

namespace PeeringDesk {

class FieldFeedback;

/// The form's "Also allow this network in the project's IP access list" (AccessListOption.ui): the entry a request
/// adds once its peering is created, saved with the form and sent by --submit. Folded to its check box until
/// chosen. For AWS it follows the VPC's CIDR block until the user edits the ranges.
class AccessListOption final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessListOption)

public:
    explicit AccessListOption(QWidget *parent = nullptr);
    ~AccessListOption() override;

    /// The entry to add, or nothing while the option is off.
    std::optional<AccessListRequest> request() const;
    void setRequest(const std::optional<AccessListRequest> &request);
    /// The range to offer while the user has not typed their own (the AWS VPC's CIDR block; empty otherwise).
    void suggestRanges(const QString &ranges);

    /// The helper line of the ranges: part of the form's fields while the option is on.
    FieldFeedback *rangesField() const { return m_ranges; }
    /// What keeps the request from being sent while the option is on (field "accessListRanges").
    FieldProblems problems() const;

Q_SIGNALS:
    void edited();

private:
    void showFields();

    const std::unique_ptr<Ui::AccessListOption> m_ui;
    FieldFeedback *m_ranges;
    /// The ranges were typed by the user, so suggestions no longer replace them.
    bool m_rangesTyped = false;
    QString m_suggested;
};

} // namespace PeeringDesk
