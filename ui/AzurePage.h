// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderPage.h"

#include <memory>

namespace Ui {
class AzurePage;
}

namespace PeeringDesk {

/// The Azure page of the form (AzurePage.ui).
class AzurePage final : public ProviderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzurePage)

public:
    explicit AzurePage(QWidget *parent = nullptr);
    ~AzurePage() override;

    Provider provider() const override { return Provider::Azure; }
    PeeringRequest::Body body(const QString &containerId) const override;
    void setBody(const PeeringRequest::Body &body) override;

private:
    const std::unique_ptr<Ui::AzurePage> m_ui;
};

} // namespace PeeringDesk
