// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace PeeringDesk {

class AppSettings;

/// Edit > Preferences (PreferencesDialog.ui): what applies whatever the profile, kept in AppSettings. Each change
/// is stored at once, as desktop preferences are, so there is nothing to confirm or lose.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

Q_SIGNALS:
    /// A preference was stored: the window applies it to the next request.
    void changed();

private:
    const std::unique_ptr<Ui::PreferencesDialog> m_ui;
    AppSettings *m_settings;
};

} // namespace PeeringDesk
