// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

// Small synchronous-looking helpers for the key tests: they spin the event loop with
// QTest::qWaitFor (generous timeouts, no timing asserts) and ask the Secret Service directly
// through secret-tool, independent of QtKeychain.

#include "keystore.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <optional>

namespace KeyTest {

inline constexpr int Timeout = 60000;

/// True inside scripts/with-keyring: a private bus and a keyring in a throwaway HOME.
inline bool inThrowawayKeyring()
{
    return qEnvironmentVariableIsSet("ORGDESK_IN_KEYRING")
        && !qEnvironmentVariable("ORGDESK_TEST_HOME").isEmpty()
        && qEnvironmentVariable("HOME") == qEnvironmentVariable("ORGDESK_TEST_HOME");
}

struct ReadOutcome
{
    bool finished = false;
    KeyStore::Result result;
    QString key;
};

inline ReadOutcome read(KeyStore &store, const QString &origin)
{
    ReadOutcome outcome;
    QObject context;
    store.readKey(origin, &context, [&outcome](const KeyStore::Result &result, const QString &key) {
        outcome = {true, result, key};
    });
    if (!QTest::qWaitFor([&] { return outcome.finished; }, Timeout))
        outcome.result = {KeyStore::Status::Other, QStringLiteral("timed out"), {}};
    return outcome;
}

inline KeyStore::Result write(KeyStore &store, const QString &origin, const QString &key)
{
    bool finished = false;
    KeyStore::Result outcome{KeyStore::Status::Other, QStringLiteral("timed out"), {}};
    QObject context;
    store.writeKey(origin, key, &context, [&](const KeyStore::Result &result) {
        outcome = result;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, Timeout))
        return outcome;
    return outcome;
}

inline KeyStore::Result remove(KeyStore &store, const QString &origin)
{
    bool finished = false;
    KeyStore::Result outcome{KeyStore::Status::Other, QStringLiteral("timed out"), {}};
    QObject context;
    store.removeKey(origin, &context, [&](const KeyStore::Result &result) {
        outcome = result;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, Timeout))
        return outcome;
    return outcome;
}

/// Runs secret-tool; returns its stdout and stderr together, or nothing if it failed to run.
inline std::optional<QByteArray> secretTool(const QStringList &arguments)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&tool, &QProcess::finished);
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!finished.wait(Timeout) || tool.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    return tool.readAll();
}

/// The secret stored under QtKeychain's attributes (server = service, user = origin).
inline QString secretToolLookup(const QString &service, const QString &origin)
{
    QProcess tool;
    QSignalSpy finished(&tool, &QProcess::finished);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), origin});
    if (!finished.wait(Timeout))
        return QStringLiteral("<secret-tool timed out>");
    return QString::fromUtf8(tool.readAllStandardOutput());
}

/// How many items the Secret Service holds for @p service; -1 if secret-tool did not run.
inline int secretToolItemCount(const QString &service)
{
    const auto out = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                 QStringLiteral("server"), service});
    if (!out)
        return -1;
    return int(out->count("attribute.server = "));
}

/// Files under @p root whose bytes contain @p needle (as UTF-8 or UTF-16), except those under
/// any of @p skipDirs (relative to root).
inline QStringList filesContaining(const QString &root, const QByteArray &needle,
                                   const QStringList &skipDirs = {})
{
    const QString text = QString::fromUtf8(needle);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QStringList found;
    // Regular files only: opening a FIFO would block, a socket has no bytes to scan.
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        const bool skipped = std::any_of(skipDirs.cbegin(), skipDirs.cend(), [&](const QString &dir) {
            return relative.startsWith(dir + QLatin1Char('/'));
        });
        if (skipped)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle) || bytes.contains(utf16))
            found << relative;
    }
    return found;
}

} // namespace KeyTest
