// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-bench export: every project loaded, then File → Export…'s work without its dialogs
// (ExportController::exportTo), timed from the start to the file written, with the event
// loop watched throughout (issue #18: under a second for 10,000, no stall over 30 ms).

#include "benchmark.h"

#include "projectexporter.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

void Benchmark::runExport()
{
    auto dir = std::make_shared<QTemporaryDir>();
    auto controller = std::make_shared<ProjectExporter>(m_app->model(), m_app->filter(),
                                                         m_app->window());
    auto written = std::make_shared<QJsonObject>();
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { loadEverything(next); })
        .then([this](Next next) { settle(300, next); })
        .then([this, dir, controller, written](Next next) {
            const bool json = m_options.exportJson;
            const QString path = dir->filePath(json ? QStringLiteral("projects.json")
                                                    : QStringLiteral("projects.csv"));
            connect(controller.get(), &ExportController::finished, this,
                    [this, written, next](const ExportResult &result) {
                        const qint64 ns = m_clock.nsecsElapsed();
                        m_probe.stop();
                        written->insert(QStringLiteral("ms"), double(ns) / 1e6);
                        written->insert(QStringLiteral("bytes"), QFileInfo(result.path).size());
                        written->insert(QStringLiteral("write_error"), result.error);
                        next();
                    });
            m_probe.start();
            m_clock.restart();
            controller->exportTo(path, ExportDialog::Scope::Shown,
                                 json ? ProjectExport::Format::Json : ProjectExport::Format::Csv);
        })
        .run([this, written] {
            QString why;
            if (!listingComplete(&why)) {
                fail(why);
                return;
            }
            const QString error = written->value(QStringLiteral("write_error")).toString();
            if (!error.isEmpty()) {
                fail(error);
                return;
            }
            QJsonObject result = baseResult();
            result.insert(QStringLiteral("ms"), written->value(QStringLiteral("ms")));
            result.insert(QStringLiteral("bytes"), written->value(QStringLiteral("bytes")));
            result.insert(QStringLiteral("format"),
                          m_options.exportJson ? QStringLiteral("json") : QStringLiteral("csv"));
            result.insert(QStringLiteral("longest_stall_ms"), m_probe.longestGapMs());
            result.insert(QStringLiteral("longest_busy_ms"), m_probe.longestBusyMs());
            result.insert(QStringLiteral("stalls_over_30ms"), m_probe.gapsLongerThan(30.0));
            result.insert(QStringLiteral("probe_ticks"), m_probe.ticks());
            reportAndQuit(result);
        });
}
