// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "bulkratelimiter.h"
#include "project.h"

#include <QDialog>

#include <array>

class AdminApiClient;
class MessageArea;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

/// Sets one model's rate limits (or a whole imported template) on the projects selected in
/// the main table: a preview of every project, current -> new, then one update per project
/// whose values differ, with progress, Stop between projects and a summary.
///
/// The dialog reads the projects' limits as it opens (one request per project not known yet,
/// paced by the client's gate); archived projects and projects without the model are marked
/// and skipped.
class SetRateLimitsDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p client is not owned.
    SetRateLimitsDialog(AdminApiClient *client, const QList<Project> &projects, QWidget *parent = nullptr);
    ~SetRateLimitsDialog() override;

    /// Limits already read (the workspace's tab): not read again. Before start().
    void setKnownLimits(const QString &projectId, const QList<RateLimit> &limits);
    /// Starts reading the limits the preview needs.
    void start();

    [[nodiscard]] BulkRateLimiter *limiter() const { return m_limiter; }
    /// Uses @p target instead of the model and fields chosen above (an imported template).
    void useTemplate(const RateLimitTemplate &target, const QString &name);
    /// Reads a template file; false (and the reason shown) when it is not one.
    bool importFrom(const QString &path);
    /// Chooses @p model and sets @p field to @p value (checked), as a user would.
    void setField(RateLimitField field, std::optional<qint64> value);
    void setModel(const QString &model);

    void reject() override;

Q_SIGNALS:
    /// The service changed a limit (for the workspace's tab).
    void limitUpdated(const QString &projectId, const RateLimit &limit);

private:
    void buildForm(int projectCount);
    void updateTarget();
    void updatePreview();
    void updateButtons();
    void onProgress(int done, int total, int index);
    void onFinished(const BulkRateLimitSummary &summary);
    void chooseImportFile();
    [[nodiscard]] QString valuesText(const RateLimitPlanItem &item, bool wanted) const;
    [[nodiscard]] QString noteText(const RateLimitPlanItem &item) const;

    BulkRateLimiter *m_limiter;
    bool m_usingTemplate = false;
    bool m_done = false;
    bool m_stopping = false;

    QLabel *m_introLabel = nullptr;
    QComboBox *m_modelCombo = nullptr;
    std::array<QCheckBox *, RateLimitFieldCount> m_fieldChecks{};
    std::array<QLineEdit *, RateLimitFieldCount> m_fieldEdits{};
    QLabel *m_templateLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_previewLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPlainTextEdit *m_summaryText = nullptr;
    MessageArea *m_errorArea = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_applyButton = nullptr;
};
