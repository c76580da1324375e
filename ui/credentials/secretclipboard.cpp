// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "secretclipboard.h"

#include "serviceaccount.h"
#include "uilogging.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace {

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT expired(clearIfStillHeld()); });
}

SecretClipboard::~SecretClipboard()
{
    if (m_timer.isActive())
        clearIfStillHeld();
}

void SecretClipboard::copy(const OneTimeSecret &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || secret.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(secret.reveal());
    // KDE's convention, honoured by Klipper and other clipboard managers: keep no history.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data, QClipboard::Clipboard);
    m_digest = digestOf(secret.reveal());
    m_timer.start(m_delay);
    qCDebug(lcUi) << "a one-time key was copied; the clipboard is cleared in" << m_delay.count() << "ms";
}

bool SecretClipboard::clearIfStillHeld()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool held = clipboard && !m_digest.isEmpty() && digestOf(clipboard->text()) == m_digest;
    if (held)
        clipboard->clear(QClipboard::Clipboard);
    m_digest.clear();
    qCDebug(lcUi) << "one-time key clipboard delay over; cleared:" << held;
    return held;
}
