// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "UiLog.h"
#include "store/AppSettings.h"

#include <QPushButton>

namespace PeeringDesk {

PreferencesDialog::PreferencesDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->timeoutSpinBox->setRange(AppSettings::minTimeoutSeconds, AppSettings::maxTimeoutSeconds);
    m_ui->timeoutSpinBox->setValue(m_settings->timeoutSeconds());
    connect(m_ui->timeoutSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_settings->setValue(AppSettings::Key::TimeoutSeconds, seconds);
        qCInfo(lcUi) << "request timeout set to" << seconds << "s";
        Q_EMIT changed();
    });
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_settings->reset(AppSettings::Key::TimeoutSeconds);
        m_ui->timeoutSpinBox->setValue(m_settings->timeoutSeconds());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

} // namespace PeeringDesk
