// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderPage.h"

#include <memory>

namespace Ui {
class AwsPage;
}

namespace PeeringDesk {

/// The Aws page of the form (AwsPage.ui).
class AwsPage final : public ProviderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsPage)

public:
    explicit AwsPage(QWidget *parent = nullptr);
    ~AwsPage() override;

    Provider provider() const override { return Provider::Aws; }
    PeeringRequest::Body body(const QString &containerId) const override;
    void setBody(const PeeringRequest::Body &body) override;
    bool hasInput() const override;

    /// Prefills the region of the VPC from the chosen container's Atlas region (US_EAST_1 -> us-east-1), as a
    /// suggestion: only while the field is empty or still holds the previous suggestion, and without marking the
    /// field as touched. Names that are no AWS region (GLOBAL, an empty string) change nothing.
    void suggestRegion(const QString &atlasRegion);

private:
    const std::unique_ptr<Ui::AwsPage> m_ui;
    QString m_suggestedRegion;
};

} // namespace PeeringDesk
