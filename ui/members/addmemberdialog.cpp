// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "addmemberdialog.h"
#include "ui_addmemberdialog.h"

#include "contentfitter.h"
#include "displaytext.h"
#include "plaintext.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>

/// The organization's people that can be added: persons (not the default user nor service
/// accounts), not in the project yet, matching the search.
class OrganizationUserFilter : public QSortFilterProxyModel
{
public:
    OrganizationUserFilter(OrganizationUsersModel *users, QSet<QString> memberIds, QObject *parent)
        : QSortFilterProxyModel(parent), m_users(users), m_memberIds(std::move(memberIds))
    {
        setSourceModel(users);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }
    [[nodiscard]] OrganizationUser userAt(const QModelIndex &index) const
    {
        return m_users->itemAt(mapToSource(index).row());
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const OrganizationUser &user = m_users->itemAt(row);
        return user.isPerson() && !m_memberIds.contains(user.id)
               && QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    OrganizationUsersModel *m_users;
    QSet<QString> m_memberIds;
};

AddMemberDialog::AddMemberDialog(OrganizationUsersModel *users, const QSet<QString> &memberIds,
                                 const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddMemberDialog>())
    , m_users(users)
    , m_filter(new OrganizationUserFilter(users, memberIds, this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Add someone from the organization to the project %1.")
            .arg(DisplayText::isolated(project.name.isEmpty() ? project.id : project.name)));
    m_ui->userList->setModel(m_filter);
    m_ui->roleCombo->addItem(tr("Member"), QStringLiteral("member"));
    m_ui->roleCombo->addItem(tr("Owner"), QStringLiteral("owner"));
    okButton()->setText(tr("&Add"));
    m_ui->progressLabel->hide();
    m_ui->errorArea->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddMemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddMemberDialog::reject);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        updateUsersStatus();
    });
    connect(m_ui->userList->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // One way of naming the person at a time: a pick replaces the email typed.
        if (pickedUser())
            m_ui->emailEdit->clear();
        updateState();
    });
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_ui->userList->clearSelection();
        updateState();
    });
    connect(m_ui->userList, &QAbstractItemView::doubleClicked, this, &AddMemberDialog::accept);
    Pager *pager = users->pager();
    connect(pager, &Pager::loadAllProgress, this, &AddMemberDialog::updateUsersStatus);
    connect(pager, &Pager::errorOccurred, this, &AddMemberDialog::updateUsersStatus);
    connect(users, &QAbstractItemModel::rowsInserted, this, &AddMemberDialog::updateUsersStatus);

    // The people are listed in the background, all of them: the search covers everyone.
    if (!pager->isComplete() && !pager->isLoadingAll())
        pager->loadAll();
    PlainText::makeLabelsPlain(this);
    updateUsersStatus();
    updateState();
    ContentFitter::fitWindow(this);
}

AddMemberDialog::~AddMemberDialog()
{
    if (m_users)
        m_users->pager()->cancelLoadAll();
}

QList<OrganizationUsersModel::Column> AddMemberDialog::organizationUserColumns()
{
    return {{tr("Person"), [](const OrganizationUser &user, int role) -> QVariant {
                 if (role != Qt::DisplayRole)
                     return {};
                 const QString name = user.name.value();
                 const QString email = user.email.value();
                 if (name.isEmpty() || email.isEmpty())
                     return name.isEmpty() ? (email.isEmpty() ? user.id : email) : name;
                 return tr("%1 — %2").arg(name, email);
             }}};
}

std::optional<OrganizationUser> AddMemberDialog::pickedUser() const
{
    const QModelIndexList rows = m_ui->userList->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return std::nullopt;
    return m_filter->userAt(rows.constFirst());
}

NewMember AddMemberDialog::member() const
{
    NewMember member;
    if (const std::optional<OrganizationUser> user = pickedUser())
        member.userId = user->id;
    else
        member.email = m_ui->emailEdit->text().trimmed();
    member.role = m_ui->roleCombo->currentData().toString();
    return member;
}

QString AddMemberDialog::personText() const
{
    if (const std::optional<OrganizationUser> user = pickedUser()) {
        const QString name = user->name.value();
        return name.isEmpty() ? user->email.valueOr(user->id) : name;
    }
    return m_ui->emailEdit->text().trimmed();
}

int AddMemberDialog::offeredCount() const
{
    return m_filter->rowCount();
}

void AddMemberDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_ui->errorArea->hide();
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(tr("Adding %1…").arg(DisplayText::isolated(personText())));
    updateState();
}

void AddMemberDialog::setWaitingText(const QString &text)
{
    if (m_busy)
        m_ui->progressLabel->setText(text);
}

void AddMemberDialog::showError(const QString &message, const QString &requestId)
{
    setBusy(false);
    m_ui->errorArea->showMessage(MessageArea::Kind::Error, message, requestId);
}

void AddMemberDialog::finish()
{
    m_busy = false;
    QDialog::accept();
}

void AddMemberDialog::accept()
{
    if (m_busy || !okButton()->isEnabled())
        return;
    setBusy(true);
    Q_EMIT submitted(member());
}

void AddMemberDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void AddMemberDialog::updateState()
{
    const bool named = pickedUser() || m_ui->emailEdit->text().trimmed().contains(u'@');
    okButton()->setEnabled(!m_busy && named);
    m_ui->searchEdit->setReadOnly(m_busy);
    m_ui->userList->setEnabled(!m_busy);
    m_ui->emailEdit->setReadOnly(m_busy);
    m_ui->roleCombo->setEnabled(!m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void AddMemberDialog::updateUsersStatus()
{
    const Pager *pager = m_users->pager();
    QString text;
    if (pager->lastError().isError())
        text = tr("The organization's people could not all be listed: %1 You can still type an email.")
                   .arg(pager->lastError().userMessage());
    else if (!pager->isComplete())
        text = tr("Listing the organization's people… %Ln so far", nullptr, m_users->rowCount());
    else if (!m_ui->searchEdit->text().isEmpty())
        text = tr("%Ln people match", nullptr, m_filter->rowCount());
    else
        text = tr("%Ln people who are not in the project yet", nullptr, m_filter->rowCount());
    m_ui->usersStatusLabel->setText(text);
}

QPushButton *AddMemberDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}
