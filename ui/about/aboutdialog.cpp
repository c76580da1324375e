// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QIcon>
#include <QPushButton>
#include <QUrl>
#include <QtGlobal>

namespace {

// The project's home page and the OpenAI Admin API reference for projects, shown as links.
QUrl homepageUrl()
{
    return QUrl(QStringLiteral("https://github.com/orgdesk/orgdesk"));
}

QUrl apiDocsUrl()
{
    return QUrl(QStringLiteral("https://platform.openai.com/docs/api-reference/projects"));
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);

    const QIcon appIcon(QStringLiteral(":/icons/app/" ORGDESK_APP_ID ".svg"));
    const int iconSize = 64;
    m_ui->iconLabel->setPixmap(appIcon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_ui->iconLabel->setFixedSize(iconSize, iconSize);

    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);

    m_ui->versionLabel->setText(tr("Version %1").arg(QLatin1String(ORGDESK_VERSION)));

    // The Qt the binary was built against can differ from the one a distribution loads.
    const QString builtQt = QLatin1String(QT_VERSION_STR);
    const QString runningQt = QLatin1String(qVersion());
    const QString qtText = builtQt == runningQt
        ? tr("Built with Qt %1.").arg(builtQt)
        : tr("Built with Qt %1, running on Qt %2.").arg(builtQt, runningQt);
    m_ui->creditsLabel->setText(
        tr("%1 The admin key is kept in the system keychain through QtKeychain %2.")
            .arg(qtText, QLatin1String(ORGDESK_QTKEYCHAIN_VERSION)));

    m_ui->homepageLabel->setText(link(homepageUrl(), tr("OrgDesk website")));
    m_ui->homepageLabel->setAccessibleDescription(homepageUrl().toString());
    m_ui->apiDocsLabel->setText(link(apiDocsUrl(), tr("OpenAI Admin API: projects reference")));
    m_ui->apiDocsLabel->setAccessibleDescription(apiDocsUrl().toString());

    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAccessibleName(tr("Close"));
    closeButton->setDefault(true);
    closeButton->setFocus(); // not the first link: Enter or Space closes, Tab reaches the links
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;
