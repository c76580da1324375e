// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal delivered by the event loop, so that a
/// logout or `kill` closes the window the normal way (settings saved) instead of killing it.
///
/// The POSIX handler only writes a byte to a socket pair (the one async-signal-safe way to
/// reach the event loop). One instance per process. Elsewhere than on Unix it does nothing.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
