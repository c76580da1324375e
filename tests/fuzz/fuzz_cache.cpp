// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The listing cache's reader: CacheStore over a damaged database file (issue #18).
// Input: the bytes of listings.sqlite. Whatever they are, reading never crashes, gives only
// projects with an id (each once), and leaves a file that works: an unusable one is set aside.

#include "cachestore.h"
#include "fuzzharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace fuzzharness;

namespace {

// Qt SQL loads its SQLite driver as a plugin, which needs an application object.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz_cache";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    static QTemporaryDir dir;
    FUZZ_CHECK(dir.isValid(), "a temporary directory");
    for (const QString &file : QDir(dir.path()).entryList(QDir::Files))
        QFile::remove(dir.filePath(file));
    const QString path = dir.filePath(QStringLiteral("listings.sqlite"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly), "the input file can be written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    CacheStore store(path);
    const CachedListing listing = store.read(QStringLiteral("default"));
    QSet<QString> ids;
    for (const Project &project : listing.projects) {
        FUZZ_CHECK(!project.id.isEmpty(), "every cached project has an id");
        FUZZ_CHECK(!ids.contains(project.id), "no project twice");
        ids.insert(project.id);
    }
    FUZZ_CHECK(listing.projects.isEmpty() || listing.savedAt.isValid(),
               "rows come only with the time they were written");

    // Whatever the file was, the cache works afterwards.
    Project project;
    project.id = QStringLiteral("proj_fuzz");
    project.name = QStringLiteral("After the damage");
    project.createdAt = 1;
    project.status = QStringLiteral("active");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const bool written = store.write(QStringLiteral("fuzz"), {project}, true, now);
    FUZZ_CHECK(written, "a write succeeds on the file left behind");
    const CachedListing back = store.read(QStringLiteral("fuzz"));
    FUZZ_CHECK(back.projects.size() == 1 && back.projects.constFirst() == project,
               "what was written is read back");
    FUZZ_CHECK(back.completeAt == now, "the complete time is kept");
    return 0;
}
