// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "exportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcExport, "orgdesk.export")

ExportWriter::ExportWriter(QObject *parent)
    : QObject(parent)
{
}

ExportWriter::~ExportWriter()
{
    if (m_thread)
        m_thread->wait();
}

bool ExportWriter::start(const QString &path, Content content)
{
    if (m_thread)
        return false;
    m_thread.reset(QThread::create([this, path, content = std::move(content)] {
        m_result = write(path, content());
    }));
    m_thread->setObjectName(QStringLiteral("OrgDesk export"));
    connect(m_thread.get(), &QThread::finished, this, &ExportWriter::onThreadFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

bool ExportWriter::isBusy() const
{
    return m_thread != nullptr;
}

void ExportWriter::onThreadFinished()
{
    // QThread::finished is sent just before the thread ends: wait for that before deleting it.
    m_thread->wait();
    m_thread.reset();
    const ExportResult result = m_result;
    m_result = {};
    Q_EMIT finished(result);
}

ExportResult ExportWriter::write(const QString &path, const QByteArray &bytes)
{
    ExportResult result;
    result.path = path;
    QSaveFile file(path);
    const auto fail = [&] {
        QFileDevice::FileError error = file.error();
        QString detail = file.errorString();
        // A write the kernel cut short (a full disk, a file size limit) can leave QFileDevice
        // without an error code; errno still says what happened.
        const int code = errno;
        if (error == QFileDevice::NoError) {
            error = code == ENOSPC ? QFileDevice::ResourceError : QFileDevice::WriteError;
            detail = QString::fromLocal8Bit(std::strerror(code));
        }
        qCWarning(lcExport) << "could not write" << path << error << detail;
        result.error = errorSentence(path, error, detail);
        file.cancelWriting();
        return result;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return fail();
    if (!file.commit())
        return fail();
    result.bytes = bytes.size();
    qCDebug(lcExport) << "wrote" << result.bytes << "bytes to" << path;
    return result;
}

QString ExportWriter::errorSentence(const QString &path, QFileDevice::FileError error,
                                    const QString &detail)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (!folder.isDir()) {
        return tr("The folder %1 does not exist. Choose another place; nothing was written.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (error == QFileDevice::ResourceError) {
        return tr("The disk is full: %1 could not be written. Free some space or choose another "
                  "place; a file already there is unchanged.")
            .arg(shown);
    }
    if (file.isDir()) {
        return tr("%1 is a folder. Choose a file name; nothing was written.").arg(shown);
    }
    if (!folder.isWritable() || (file.exists() && !file.isWritable())) {
        return tr("You may not write to %1. Choose another folder; a file already there is "
                  "unchanged.")
            .arg(shown);
    }
    return tr("%1 could not be written (%2). A file already there is unchanged.")
        .arg(shown, detail);
}
