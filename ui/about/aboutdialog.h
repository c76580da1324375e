// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class AboutDialog; }

/// What OrgDesk is, its version, what it is built on, its license and where to read more.
///
/// Deletes itself when closed, so a caller only writes `(new AboutDialog(this))->open();`.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
