#include "ui/config/configactions.h"

#include "backend/config/configclient.h"
#include "models/config/configbranchmodel.h"
#include "models/config/configconflictmodel.h"
#include "models/config/configdraftmodel.h"
#include "models/config/configvalues.h"
#include "models/config/configviewmodel.h"
#include "ui/config/configchangespanel.h"
#include "ui/config/configcommitdialog.h"
#include "ui/config/configconflictpanel.h"
#include "ui/config/configdetailpane.h"
#include "ui/config/confighistorypanel.h"
#include "ui/config/configmigrationdialog.h"
#include "ui/config/configpage.h"
#include "ui/config/configsyncdialog.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"

#include <QAction>
#include <QFrame>
#include <QInputDialog>
#include <QJsonArray>
#include <QMenu>
#include <QToolButton>

namespace shipdeck {

namespace {

QToolButton *bannerButton(QFrame *banner, QAction *action)
{
    auto *button = new QToolButton(banner);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(QStringLiteral("button-") + action->objectName());
    banner->layout()->addWidget(button);
    return button;
}

QString plain(const QString &text)
{
    return QString(text).remove(QLatin1Char('&'));
}

} // namespace

ConfigActions::ConfigActions(ConfigPage *page, ConfigViewModel *vm, const UiContext &context)
    : QObject(page), m_page(page), m_vm(vm), m_context(context)
{
    add(QStringLiteral("config.save"), tr("Save Unsaved Configuration Edits…"), QStringLiteral("download"), &ConfigActions::saveDrafts);
    add(QStringLiteral("config.discard"), tr("Discard Unsaved Configuration Edits…"), QStringLiteral("x"), &ConfigActions::discardDrafts);
    add(QStringLiteral("config.commit"), tr("Commit Configuration…"), QStringLiteral("git-commit"), &ConfigActions::commit);
    add(QStringLiteral("config.sync"), tr("Sync Configuration…"), QStringLiteral("sync"), &ConfigActions::sync);
    add(QStringLiteral("config.branch.new"), tr("New Configuration Branch…"), QStringLiteral("plus"), &ConfigActions::newBranch);
    add(QStringLiteral("config.branch.switch"), tr("Switch Configuration Branch…"), QStringLiteral("git-branch"), &ConfigActions::chooseBranch);
    add(QStringLiteral("config.migrate"), tr("Configuration Migrations…"), QStringLiteral("forward"), &ConfigActions::migrations);
    add(QStringLiteral("config.merge.complete"), tr("Complete Configuration Merge…"), QStringLiteral("check"), &ConfigActions::completeMerge);
    add(QStringLiteral("config.merge.abort"), tr("Abort Configuration Merge…"), QStringLiteral("x"), &ConfigActions::abortMerge);
    add(QStringLiteral("config.external.keep"), tr("Keep My Unsaved Edits Over the Change on Disk…"), QStringLiteral("check"), &ConfigActions::keepMine);
    add(QStringLiteral("config.external.take"), tr("Take the Change on Disk, Drop My Edits…"), QStringLiteral("download"), &ConfigActions::takeTheirs);
    add(QStringLiteral("config.init"), tr("Create a Configuration Repository…"), QStringLiteral("plus"), &ConfigActions::createRepository);
    add(QStringLiteral("config.clone"), tr("Clone a Configuration Repository…"), QStringLiteral("download"), &ConfigActions::cloneRepository);
    const QString category = tr("Configuration");
    auto *registry = context.actions;
    connect(registry->add(QStringLiteral("config.validate"), tr("Validate Configuration"), category, {}, QStringLiteral("shield-check")),
            &QAction::triggered, this, [this] {
                m_page->requestShow();
                m_vm->validate().then(this, [this](const Result<QList<ConfigIssue>> &issues) {
                    if (!issues)
                        return m_page->showMessage(issues.error().toString(), true);
                    m_page->showTab(ConfigPage::ProblemsTab);
                    m_page->showMessage(issues.value().isEmpty() ? tr("The configuration validates in every environment.")
                                                                 : tr("%n problem(s) found.", nullptr, int(issues.value().size())),
                                        !issues.value().isEmpty());
                });
            });
    connect(registry->add(QStringLiteral("config.changes"), tr("Show Configuration Changes"), category, {}, QStringLiteral("diff")),
            &QAction::triggered, this, [this] {
                m_page->requestShow();
                m_page->showTab(ConfigPage::ChangesTab);
                m_page->changes()->showWorkingChanges();
            });
    connect(registry->add(QStringLiteral("config.history"), tr("Show Configuration History"), category, {}, QStringLiteral("clock")),
            &QAction::triggered, this, [this] {
                m_page->requestShow();
                m_page->showTab(ConfigPage::HistoryTab);
            });
    connect(registry->add(QStringLiteral("config.conflicts"), tr("Resolve Configuration Conflicts"), category, {}, QStringLiteral("git-branch")),
            &QAction::triggered, this, [this] {
                m_page->requestShow();
                m_page->showTab(ConfigPage::ConflictsTab);
            });
    connect(registry->add(QStringLiteral("config.refresh"), tr("Reload Configuration"), category, {}, QStringLiteral("refresh")),
            &QAction::triggered, this, [this] { m_vm->refresh(); });
    connect(registry->add(QStringLiteral("config.sync.cancel"), tr("Cancel Configuration Sync"), category, {}, QStringLiteral("stop")),
            &QAction::triggered, this, [this] { m_vm->cancelRunningJob(); });

    m_page->addHeaderAction(action(QStringLiteral("config.save")));
    m_page->addHeaderAction(action(QStringLiteral("config.discard")), false);
    m_page->addHeaderAction(action(QStringLiteral("config.commit")));
    m_page->addHeaderAction(action(QStringLiteral("config.sync")));
    m_page->addHeaderAction(action(QStringLiteral("config.migrate")), false);
    m_page->addHeaderAction(action(QStringLiteral("config.refresh")), false);
    // Shorter labels on the page; the palette keeps the full ones.
    for (const auto &[id, text] : {std::pair{"config.save", tr("Save")}, std::pair{"config.commit", tr("Commit…")},
                                   std::pair{"config.sync", tr("Sync…")}}) {
        QAction *a = action(QString::fromLatin1(id));
        a->setIconText(text);
        a->setToolTip(plain(a->text()));
    }
    bannerButton(m_page->emptyBanner(), action(QStringLiteral("config.init")))->setText(tr("Create Repository…"));
    bannerButton(m_page->emptyBanner(), action(QStringLiteral("config.clone")))->setText(tr("Clone…"));
    bannerButton(m_page->externalBanner(), action(QStringLiteral("config.changes")))->setText(tr("Show Changes"));
    bannerButton(m_page->externalBanner(), action(QStringLiteral("config.external.keep")))->setText(tr("Keep Mine…"));
    bannerButton(m_page->externalBanner(), action(QStringLiteral("config.external.take")))->setText(tr("Take Theirs…"));
    bannerButton(m_page->mergeBanner(), action(QStringLiteral("config.conflicts")))->setText(tr("Resolve"));

    connect(m_page->branchButton()->menu(), &QMenu::aboutToShow, this, &ConfigActions::fillBranchMenu);
    connect(m_page->detail(), &ConfigDetailPane::setRequested, this, &ConfigActions::setValue);
    connect(m_page->detail(), &ConfigDetailPane::unsetRequested, this, &ConfigActions::unsetValue);
    connect(m_page->conflictPanel(), &ConfigConflictPanel::completeRequested, this, &ConfigActions::completeMerge);
    connect(m_page->conflictPanel(), &ConfigConflictPanel::abortRequested, this, &ConfigActions::abortMerge);
    connect(m_page->conflictPanel(), &ConfigConflictPanel::message, m_page, &ConfigPage::showMessage);
    connect(m_page->history(), &ConfigHistoryPanel::revertRequested, this, &ConfigActions::revert);
    connect(m_page->history(), &ConfigHistoryPanel::changesRequested, this, [this](const QString &from, const QString &to) {
        m_page->showTab(ConfigPage::ChangesTab);
        m_page->changes()->showRevisions(from, to);
    });
    connect(vm, &ConfigViewModel::infoChanged, this, &ConfigActions::updateEnabled);
    connect(vm, &ConfigViewModel::refreshed, this, &ConfigActions::updateEnabled);
    connect(vm, &ConfigViewModel::externalConflictsChanged, this, &ConfigActions::updateEnabled);
    connect(vm, &ConfigViewModel::jobProgressed, this, &ConfigActions::updateEnabled);
    connect(vm, &ConfigViewModel::jobFinished, this, &ConfigActions::updateEnabled);
    updateEnabled();
}

QAction *ConfigActions::add(const QString &id, const QString &text, const QString &icon, void (ConfigActions::*slot)())
{
    QAction *a = m_context.actions->add(id, text, tr("Configuration"), {}, icon);
    connect(a, &QAction::triggered, this, [this, slot] {
        m_page->requestShow();
        (this->*slot)();
    });
    return a;
}

QAction *ConfigActions::action(const QString &id) const
{
    return m_context.actions->action(id);
}

void ConfigActions::updateEnabled()
{
    const bool repo = m_vm->hasRepository();
    const bool drafts = m_vm->drafts()->rowCount() > 0;
    const int conflicts = m_vm->conflicts()->rowCount();
    const bool external = !m_vm->externalConflicts().isEmpty();
    const bool running = !m_vm->runningJobId().isEmpty();
    auto set = [this](const char *id, bool enabled) { action(QString::fromLatin1(id))->setEnabled(enabled); };
    set("config.save", repo && drafts);
    set("config.discard", repo && drafts);
    for (const char *id : {"config.commit", "config.branch.new", "config.branch.switch", "config.migrate", "config.validate",
                           "config.changes", "config.history", "config.refresh"})
        set(id, repo);
    set("config.sync", repo && !running && conflicts == 0);
    set("config.sync.cancel", running);
    set("config.conflicts", repo && conflicts > 0);
    set("config.merge.complete", repo && conflicts > 0 && m_vm->conflicts()->unresolvedCount() == 0 && !running);
    set("config.merge.abort", repo && conflicts > 0 && !running);
    set("config.external.keep", external);
    set("config.external.take", external);
    set("config.init", !repo);
    set("config.clone", !repo);
}

void ConfigActions::setValue(const QString &key, const QString &environment, const QJsonValue &value)
{
    m_vm->setValue(key, environment, value).then(this, [this, key, environment, value](const Result<QString> &file) {
        if (!file) {
            m_page->detail()->showResult(file.error().toString(), true);
            return;
        }
        m_page->detail()->showResult(tr("%1 = %2 in %3 — unsaved: save or commit to keep it.")
                                         .arg(key, ConfigValues::display(value), file.value()), false);
        m_page->selectCell(key, environment);
    });
}

void ConfigActions::unsetValue(const QString &key, const QString &environment)
{
    m_vm->unsetValue(key, environment).then(this, [this, key](const Result<QString> &file) {
        if (!file)
            return m_page->detail()->showResult(file.error().toString(), true);
        m_page->detail()->showResult(tr("%1 removed from %2 — unsaved: save or commit to keep it.").arg(key, file.value()), false);
    });
}

void ConfigActions::saveDrafts()
{
    const QStringList files = m_vm->drafts()->files();
    if (files.isEmpty())
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Save unsaved edits?");
    spec.summary = tr("Shipdeck will write %n unsaved edit(s) to the files below. Only the changed values' lines change; "
                      "nothing is committed.", nullptr, m_vm->drafts()->rowCount());
    spec.details = files;
    spec.confirmText = tr("Save");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->saveDrafts().then(this, [this](const Result<QStringList> &saved) {
        if (!saved) {
            const bool conflict = saved.error().code() == ErrorCode::Conflict;
            m_page->showMessage(conflict ? tr("Not saved: %1 — choose Keep Mine or Take Theirs first.").arg(saved.error().message())
                                         : saved.error().toString(), true);
            return;
        }
        m_page->showMessage(tr("Saved %1.").arg(saved.value().join(QStringLiteral(", "))), false);
    });
}

void ConfigActions::discardDrafts()
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Discard unsaved edits?");
    spec.summary = tr("%n unsaved edit(s) will be lost; the files keep what is on disk.", nullptr, m_vm->drafts()->rowCount());
    spec.details = m_vm->drafts()->files();
    spec.confirmText = tr("Discard");
    spec.destructive = true;
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->discardDrafts().then(this, [this](const Result<void> &r) {
        m_page->showMessage(r ? tr("Unsaved edits discarded.") : r.error().toString(), !r);
    });
}

void ConfigActions::commit()
{
    m_vm->workingDiff().then(this, [this](const Result<QList<GitFileDiff>> &changes) {
        if (!changes)
            return m_page->showMessage(changes.error().toString(), true);
        if (changes.value().isEmpty())
            return m_page->showMessage(tr("Nothing to commit: the working tree matches the last commit."), false);
        const QList<GitFileDiff> list = changes.value();
        m_vm->author().then(this, [this, list](const Result<QJsonObject> &author) {
            ConfigCommitDialog::Author a;
            if (author) {
                a.name = author.value().value(QStringLiteral("name")).toString();
                a.email = author.value().value(QStringLiteral("email")).toString();
                a.source = author.value().value(QStringLiteral("source")).toString();
            }
            ConfigCommitDialog dialog(m_vm->info().value(QStringLiteral("branch")).toString(), list, m_vm->drafts()->files(), a, m_page);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const QString message = dialog.message();
            const QStringList files = dialog.files();
            auto doCommit = [this, message, files] {
                m_vm->commit(message, files).then(this, [this, message](const Result<QString> &id) {
                    if (!id)
                        return m_page->showMessage(id.error().toString(), true);
                    m_page->showMessage(tr("Committed %1: %2").arg(id.value().left(8), message.section(QLatin1Char('\n'), 0, 0)), false);
                });
            };
            if (!dialog.storeAuthor())
                return doCommit();
            const auto chosen = dialog.author();
            m_vm->setAuthor(chosen.name, chosen.email).then(this, [this, doCommit](const Result<void> &stored) {
                if (!stored)
                    return m_page->showMessage(stored.error().toString(), true);
                doCommit();
            });
        });
    });
}

void ConfigActions::sync()
{
    const QJsonObject &info = m_vm->info();
    QHash<QString, QString> remotes;
    const QJsonObject r = info.value(QStringLiteral("remotes")).toObject();
    for (auto it = r.begin(); it != r.end(); ++it)
        remotes.insert(it.key(), it.value().toString());
    ConfigSyncDialog dialog(info.value(QStringLiteral("branch")).toString(), info.value(QStringLiteral("upstream")).toString(), remotes,
                            info.value(QStringLiteral("ahead")).toInt(), info.value(QStringLiteral("behind")).toInt(), m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConfigSyncRequest request = dialog.request();
    const QString url = dialog.newRemoteUrl();
    auto run = [this, request] {
        m_page->showMessage(QString(), false);
        m_vm->sync(request).then(this, [this](const Result<QJsonObject> &result) {
            if (!result) {
                if (result.error().code() != ErrorCode::Cancelled)
                    m_page->showMessage(result.error().toString(), true);
                else
                    m_page->showMessage(tr("Sync cancelled; nothing was changed."), false);
                return;
            }
            const QString outcome = result.value().value(QStringLiteral("outcome")).toString();
            if (outcome == QLatin1String("conflicts"))
                m_page->showTab(ConfigPage::ConflictsTab);
            m_page->showMessage(result.value().value(QStringLiteral("message")).toString().isEmpty()
                                    ? tr("Sync finished: %1").arg(outcome)
                                    : result.value().value(QStringLiteral("message")).toString(),
                                false);
        });
    };
    if (url.isEmpty())
        return run();
    m_vm->setRemote(request.remote, url).then(this, [this, run](const Result<void> &added) {
        if (!added)
            return m_page->showMessage(added.error().toString(), true);
        run();
    });
}

void ConfigActions::fillBranchMenu()
{
    QMenu *menu = m_page->branchButton()->menu();
    menu->clear();
    const ConfigBranchModel *branches = m_vm->branches();
    for (int row = 0; row < branches->rowCount(); ++row) {
        const GitBranchInfo *b = branches->branchAt(row);
        if (b->remote)
            continue;
        QAction *a = menu->addAction(branches->index(row, ConfigBranchModel::AheadBehindColumn).data().toString().isEmpty()
                                         ? b->name
                                         : tr("%1  (%2)").arg(b->name, branches->index(row, ConfigBranchModel::AheadBehindColumn).data().toString()));
        a->setCheckable(true);
        a->setChecked(b->current);
        const QString name = b->name;
        connect(a, &QAction::triggered, this, [this, name, current = b->current] {
            if (!current)
                switchBranch(name);
        });
    }
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("config.branch.new")));
}

void ConfigActions::newBranch()
{
    const QString from = m_vm->info().value(QStringLiteral("branch")).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(m_page, tr("New Branch"),
                                               tr("Create a branch from %1 (%2). Name:").arg(from, m_vm->info().value(QStringLiteral("head")).toString().left(8)),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    m_vm->createBranch(name, QStringLiteral("HEAD")).then(this, [this, name](const Result<void> &created) {
        if (!created)
            return m_page->showMessage(created.error().toString(), true);
        m_page->showMessage(tr("Branch %1 created.").arg(name), false);
        switchBranch(name);
    });
}

void ConfigActions::chooseBranch()
{
    QStringList names = m_vm->branches()->localNames();
    const QString current = m_vm->info().value(QStringLiteral("branch")).toString();
    names.removeAll(current);
    if (names.isEmpty())
        return m_page->showMessage(tr("There is no other branch; create one first."), false);
    bool ok = false;
    const QString name = QInputDialog::getItem(m_page, tr("Switch Branch"), tr("Switch from %1 to:").arg(current), names, 0, false, &ok);
    if (ok)
        switchBranch(name);
}

void ConfigActions::switchBranch(const QString &name)
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Switch to %1?").arg(name);
    spec.summary = tr("The configuration files change to their versions on %1. Uncommitted changes stay when they do not clash; "
                      "otherwise the switch is refused and nothing changes.").arg(name);
    if (const int drafts = m_vm->drafts()->rowCount(); drafts > 0)
        spec.details << tr("%n unsaved edit(s) must be saved or discarded first", nullptr, drafts);
    spec.details << tr("From %1 to %2").arg(m_vm->info().value(QStringLiteral("branch")).toString(), name);
    spec.confirmText = tr("Switch");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->switchBranch(name).then(this, [this, name](const Result<void> &r) {
        m_page->showMessage(r ? tr("Now on %1.").arg(name) : r.error().toString(), !r);
    });
}

void ConfigActions::migrations()
{
    ConfigMigrationDialog dialog(m_vm, m_context.theme, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject preview = dialog.preview();
    ConfirmDialog::Spec spec;
    spec.title = tr("Apply the migrations?");
    spec.summary = tr("Shipdeck will write the changes shown to %n file(s) and commit them as “Config migration %1 -> %2”.", nullptr,
                      int(preview.value(QStringLiteral("files")).toArray().size()))
                       .arg(preview.value(QStringLiteral("fromVersion")).toInt()).arg(preview.value(QStringLiteral("toVersion")).toInt());
    for (const QJsonValue &v : preview.value(QStringLiteral("applied")).toArray())
        spec.details << v.toString();
    spec.confirmText = tr("Apply");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->applyMigrations().then(this, [this](const Result<QJsonObject> &r) {
        m_page->showMessage(r ? tr("Migrated to version %1.").arg(r.value().value(QStringLiteral("toVersion")).toInt()) : r.error().toString(), !r);
    });
}

void ConfigActions::completeMerge()
{
    const ConfigConflictModel *conflicts = m_vm->conflicts();
    ConfirmDialog::Spec spec;
    const QString upstream = m_vm->info().value(QStringLiteral("upstream")).toString();
    spec.title = tr("Complete the merge?");
    spec.summary = tr("Shipdeck checks that the result validates, commits the merge with %1 and pushes it. If the result does not "
                      "validate, nothing is committed.").arg(upstream.isEmpty() ? tr("the remote") : upstream);
    for (int row = 0; row < conflicts->rowCount(); ++row) {
        spec.details << tr("%1 %2: %3").arg(conflicts->index(row, ConfigConflictModel::FileColumn).data().toString(),
                                           conflicts->index(row, ConfigConflictModel::KeyColumn).data().toString(),
                                           conflicts->index(row, ConfigConflictModel::ResolutionColumn).data().toString());
    }
    spec.confirmText = tr("Complete Merge");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    ConfigSyncRequest request;
    if (!upstream.isEmpty())
        request.remote = upstream.section(QLatin1Char('/'), 0, 0);
    m_vm->completeMerge(request).then(this, [this](const Result<QJsonObject> &r) {
        if (!r) {
            QStringList lines{r.error().message()};
            for (const QVariant &issue : r.error().details().value(QStringLiteral("issues")).toList())
                lines << issue.toMap().value(QStringLiteral("file")).toString() + QLatin1Char(':')
                             + QString::number(issue.toMap().value(QStringLiteral("line")).toInt());
            return m_page->showMessage(lines.join(QLatin1Char('\n')), true);
        }
        m_page->showMessage(r.value().value(QStringLiteral("message")).toString(), false);
    });
}

void ConfigActions::abortMerge()
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Abort the merge?");
    spec.summary = tr("The resolutions chosen so far are dropped. Your commits and the working tree stay as they are; sync again later.");
    spec.confirmText = tr("Abort Merge");
    spec.destructive = true;
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->abortMerge().then(this, [this](const Result<void> &r) {
        m_page->showMessage(r ? tr("Merge aborted; nothing was changed.") : r.error().toString(), !r);
    });
}

void ConfigActions::keepMine()
{
    const QStringList files = m_vm->externalConflicts();
    ConfirmDialog::Spec spec;
    spec.title = tr("Keep your unsaved edits?");
    spec.summary = tr("The next save writes your version of these files over the change made on disk.");
    spec.details = files;
    spec.confirmText = tr("Keep Mine");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    for (const QString &file : files) {
        m_vm->resolveExternalChange(file, true).then(this, [this, file](const Result<void> &r) {
            m_page->showMessage(r ? tr("Keeping your edits of %1.").arg(file) : r.error().toString(), !r);
        });
    }
}

void ConfigActions::takeTheirs()
{
    const QStringList files = m_vm->externalConflicts();
    ConfirmDialog::Spec spec;
    spec.title = tr("Take the change on disk?");
    spec.summary = tr("Your unsaved edits of these files are dropped and the version on disk is shown.");
    spec.details = files;
    spec.confirmText = tr("Take Theirs");
    spec.destructive = true;
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    for (const QString &file : files) {
        m_vm->resolveExternalChange(file, false).then(this, [this, file](const Result<void> &r) {
            m_page->showMessage(r ? tr("%1 reloaded from disk.").arg(file) : r.error().toString(), !r);
        });
    }
}

void ConfigActions::revert(const QString &commitId, const QString &summary)
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Revert %1?").arg(commitId.left(8));
    spec.summary = tr("Shipdeck creates a new commit that undoes “%1”. History is kept; refused with nothing changed when later "
                      "changes conflict or files have uncommitted changes.").arg(summary);
    spec.confirmText = tr("Revert");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->revert(commitId).then(this, [this](const Result<QString> &id) {
        m_page->showMessage(id ? tr("Reverted in %1.").arg(id.value().left(8)) : id.error().toString(), !id);
    });
}

void ConfigActions::createRepository()
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Create a configuration repository?");
    spec.summary = tr("Shipdeck creates a git repository in the workspace with base/, schema/ and an overlay folder for each "
                      "environment.");
    spec.details = {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")};
    spec.confirmText = tr("Create");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->client()->initRepository(spec.details).then(this, [this](const Result<QJsonObject> &r) {
        m_page->showMessage(r ? tr("Repository created at %1.").arg(r.value().value(QStringLiteral("path")).toString()) : r.error().toString(), !r);
        m_vm->refresh();
    });
}

void ConfigActions::cloneRepository()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_page, tr("Clone Configuration"),
                                              tr("Clone this repository into the workspace (a path, file://, https:// or ssh://):"),
                                              QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || url.isEmpty())
        return;
    m_vm->client()->clone(url).then(this, [this](const Result<QJsonObject> &r) {
        m_page->showMessage(r ? tr("Cloned into %1.").arg(r.value().value(QStringLiteral("path")).toString()) : r.error().toString(), !r);
        m_vm->refresh();
    });
}

} // namespace shipdeck
