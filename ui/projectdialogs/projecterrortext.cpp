// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projecterrortext.h"

#include "displaytext.h"
#include "projectrules.h"

QString ProjectErrorText::forCreate(const QString &name, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::OutcomeUnknown) {
        return tr("OpenAI did not confirm whether %1 was created, and checking afterwards did not "
                  "settle it. It may exist already: refresh the project list before you try "
                  "again, so you don't create it twice (projects cannot be deleted).")
            .arg(quoted(name));
    }
    if (error.kind() == ApiError::Kind::KeyChanged) {
        return tr("The admin key changed while %1 was being created. It may have been created "
                  "with the old key, in that key's organization; nothing more was sent with it.")
            .arg(quoted(name));
    }
    return error.userMessageWithoutRequestId();
}

QString ProjectErrorText::forRename(const Project &project, const ApiError &error)
{
    if (ProjectRules::isDefaultProjectRefusal(project, error))
        return defaultProjectRefusal(error);
    if (error.code() == QLatin1String("project_archived")) {
        return tr("%1 has been archived, and archived projects cannot be renamed. Refresh the "
                  "project list to see its current state.")
                   .arg(quoted(project))
            + QLatin1Char('\n') + error.userMessageWithoutRequestId();
    }
    return error.userMessageWithoutRequestId();
}

QString ProjectErrorText::forArchive(const Project &project, const ApiError &error)
{
    if (ProjectRules::isDefaultProjectRefusal(project, error))
        return defaultProjectRefusal(error);
    return error.userMessageWithoutRequestId();
}

QString ProjectErrorText::withRequestId(const QString &text, const ApiError &error)
{
    if (error.requestId().isEmpty())
        return text;
    return text + QLatin1Char('\n') + tr("Request ID: %1").arg(error.requestId());
}

QString ProjectErrorText::waiting(std::chrono::milliseconds delay, const ApiError &reason)
{
    // Rounded up: "retrying in 0 s" while still waiting would read as a hang.
    const int seconds = int((delay.count() + 999) / 1000);
    switch (reason.kind()) {
    case ApiError::Kind::RateLimited:
        return tr("Rate limited by OpenAI — retrying in %n s", nullptr, seconds);
    case ApiError::Kind::Server:
        return tr("OpenAI had a server error — retrying in %n s", nullptr, seconds);
    case ApiError::Kind::Timeout:
        return tr("OpenAI did not answer in time — retrying in %n s", nullptr, seconds);
    case ApiError::Kind::Network:
        return tr("The connection failed — retrying in %n s", nullptr, seconds);
    default:
        return tr("Retrying in %n s", nullptr, seconds);
    }
}

QString ProjectErrorText::quoted(const Project &project)
{
    return project.name.isEmpty() ? project.id : quoted(project.name);
}

QString ProjectErrorText::quoted(const QString &name)
{
    return tr("“%1”").arg(DisplayText::isolated(name));
}

QString ProjectErrorText::defaultProjectRefusal(const ApiError &error)
{
    QString text = tr("The Default project cannot be renamed or archived.");
    if (!error.apiMessage().isEmpty())
        text += QLatin1Char('\n') + tr("OpenAI said: %1").arg(DisplayText::isolated(error.apiMessage()));
    return text;
}
