// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The listing cache's reader: CacheStore over a damaged database file (issue #18).
// Input: the bytes of listings.sqlite. Whatever they are, reading never crashes, gives only
// projects with an id (each once), and leaves a file that works: an unusable one is set aside.
// The same bytes go to the reader of the costs of complete days (issue #19): only whole UTC
// days, oldest first, each once, amounts with a currency.

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
    const QString path = dir.filePath(QStringLiteral("listings.sqlite"));
    const auto writeInput = [&] {
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files))
            QFile::remove(dir.filePath(file));
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly), "the input file can be written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    };

    // Issue #19: the costs' reader first, on the bytes as they came.
    writeInput();
    {
        constexpr qint64 Day = 24 * 60 * 60;
        CacheStore costs(path);
        const QList<CostBucket> days = costs.readCosts(QStringLiteral("default"));
        qint64 previous = 0;
        for (const CostBucket &day : days) {
            FUZZ_CHECK(day.startTime > previous, "days in order, each once");
            FUZZ_CHECK(day.startTime % Day == 0 && day.endTime == day.startTime + Day,
                       "only whole UTC days");
            previous = day.startTime;
            for (const CostResult &result : day.results)
                FUZZ_CHECK(!result.amount.currency.isEmpty(), "every amount has a currency");
        }
        CostResult cost;
        cost.amount = {7, QStringLiteral("usd")};
        cost.projectId = {NullableText::State::Value, QStringLiteral("proj_fuzz")};
        const QList<CostBucket> written = {{Day * 20000, Day * 20001, {cost}}};
        FUZZ_CHECK(costs.writeCosts(QStringLiteral("fuzz"), written), "costs can be written after");
        FUZZ_CHECK(costs.readCosts(QStringLiteral("fuzz")) == written, "the costs are read back");
    }

    writeInput();
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
