// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

/// What became of one export.
struct ExportResult
{
    QString path;
    qint64 bytes = 0;
    QString error; ///< a sentence for the user; empty when the file was written

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};
Q_DECLARE_METATYPE(ExportResult)

/// Writes an export's bytes to a file, away from the GUI thread.
///
/// The bytes are made and written in a worker thread (10,000 projects are a few megabytes of
/// formatting), through QSaveFile: the file appears whole or not at all, and a file already
/// there is replaced only once the new one is complete. A failure is told in a sentence that
/// says what to do (a full disk, a folder that may not be written, one that is gone).
class ExportWriter : public QObject
{
    Q_OBJECT
public:
    /// Makes the file's bytes; runs in the worker thread, so it must only read its own copies.
    using Content = std::function<QByteArray()>;

    explicit ExportWriter(QObject *parent = nullptr);
    /// Waits for a write under way: a file is never left half-done by closing the window.
    ~ExportWriter() override;

    /// Starts writing what @p content makes to @p path; finished() follows, on this object's
    /// thread. Ignored (returns false) while a write is under way.
    bool start(const QString &path, Content content);
    [[nodiscard]] bool isBusy() const;

    /// Writes @p bytes to @p path in the calling thread (what the worker does).
    [[nodiscard]] static ExportResult write(const QString &path, const QByteArray &bytes);
    /// The sentence for a write of @p path that failed with @p error; @p detail is the
    /// system's own words (QFileDevice::errorString()), used when nothing better is known.
    [[nodiscard]] static QString errorSentence(const QString &path, QFileDevice::FileError error,
                                               const QString &detail);

Q_SIGNALS:
    void finished(const ExportResult &result);

private:
    void onThreadFinished();

    std::unique_ptr<QThread> m_thread;
    ExportResult m_result; // written by the worker, read after it has finished
};
