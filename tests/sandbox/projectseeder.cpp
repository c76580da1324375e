// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectseeder.h"

#include "projectstore.h"

#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

namespace {

// Made-up teams, products and deployments of a mid-sized company; combined, they give the
// mix of naming habits a real organization accumulates over years.
constexpr const char *teams[] = {
    "Billing", "Support", "Search", "Data Platform", "Growth", "Marketing", "Legal", "Finance",
    "Onboarding", "Payments", "Fraud", "Recommendations", "Localization", "Customer Success",
    "Sales", "People Ops", "Security", "Analytics", "Docs", "Internal Tools", "Mobile",
    "Checkout", "Catalog", "Logistics", "Research", "Design", "Compliance", "Trust & Safety",
    "Partner", "Developer Relations", "Procurement", "Field Ops",
};
constexpr const char *products[] = {
    "API", "Copilot", "Assistant", "Chatbot", "Pipeline", "Summarizer", "Classifier", "Agent",
    "Playground", "Evals", "Semantic Search", "Embeddings", "Batch Jobs", "Translator",
    "Voice Bot", "Insights", "Knowledge Base", "Moderation", "Autocomplete", "Tagging",
    "Triage", "Report Writer",
};
constexpr const char *deployments[] = {
    " — staging", " — production", " — dev", " (EU)", " (US)", " (APAC)", " v2", " v3",
    " sandbox", " POC", " [legacy]", " — load test", " – QA", " (EU) — staging",
};
constexpr const char *people[] = {
    "Amira", "Bjørn", "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Inès", "José",
    "Kwame", "Léa", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás",
};

template<typename T, size_t N>
QString pick(QRandomGenerator &random, const T (&words)[N])
{
    return QString::fromUtf8(words[random.bounded(int(N))]);
}

QString projectName(QRandomGenerator &random)
{
    const int pattern = random.bounded(100);
    const QString team = pick(random, teams);
    const QString product = pick(random, products);
    if (pattern < 40)
        return team + QLatin1Char(' ') + product;
    if (pattern < 72)
        return team + QLatin1Char(' ') + product + pick(random, deployments);
    if (pattern < 82)
        return product + QStringLiteral(" for ") + team;
    if (pattern < 90)
        return QStringLiteral("Hackathon %1: %2 %3")
            .arg(2023 + random.bounded(4))
            .arg(team, product);
    if (pattern < 96)
        return pick(random, people) + QStringLiteral("'s ") + product.toLower()
            + QStringLiteral(" experiments");
    return team;
}

// FNV-1a of the UTF-8 name: the same number on every machine and Qt version, unlike qHash.
quint32 nameHash(const QString &name)
{
    quint32 hash = 2166136261u;
    for (const char byte : name.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

QRandomGenerator generatorFor(quint32 seed, const QString &organization)
{
    if (organization.isEmpty())
        return QRandomGenerator(seed);
    const quint32 seeds[] = {seed, nameHash(organization)};
    return QRandomGenerator(seeds);
}

} // namespace

void ProjectSeeder::seed(ProjectStore &store, int active, int archived, quint32 seed,
                         qint64 nowSecs, const QString &organization)
{
    store.clear();
    QRandomGenerator random = generatorFor(seed, organization);
    const qint64 newest = std::min(AnchorSecs, nowSecs);
    const qint64 oldest = newest - SpreadSecs;

    SandboxProject defaultProject;
    defaultProject.id = store.newId(random);
    defaultProject.name = QStringLiteral("Default project");
    defaultProject.createdAt = oldest - 14 * 24 * 3600;
    defaultProject.isDefault = true;
    store.insert(defaultProject);

    const int total = std::max(0, active) + std::max(0, archived);
    for (int i = 0; i < total; ++i) {
        SandboxProject project;
        project.id = store.newId(random);
        project.name = projectName(random);
        // Creation dates land anywhere in the spread, up to an hour before the newest.
        project.createdAt = oldest + qint64(random.bounded(quint64(SpreadSecs - 3600)));
        if (i >= active) {
            const qint64 lifetime = newest - project.createdAt;
            project.archivedAt = project.createdAt + 1 + qint64(random.bounded(quint64(lifetime)));
        }
        store.insert(project);
    }
}
