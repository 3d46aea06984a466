// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderPage.h"

#include <memory>

namespace Ui {
class GcpPage;
}

namespace PeeringDesk {

/// The Gcp page of the form (GcpPage.ui).
class GcpPage final : public ProviderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GcpPage)

public:
    explicit GcpPage(QWidget *parent = nullptr);
    ~GcpPage() override;

    Provider provider() const override { return Provider::Gcp; }
    PeeringRequest::Body body(const QString &containerId) const override;
    void setBody(const PeeringRequest::Body &body) override;

private:
    const std::unique_ptr<Ui::GcpPage> m_ui;
};

} // namespace PeeringDesk
