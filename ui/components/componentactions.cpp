#include "ui/components/componentactions.h"

#include "backend/components/componentcodec.h"
#include "models/components/componentlistmodel.h"
#include "models/components/componentsviewmodel.h"
#include "ui/components/addcomponentsdialog.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"

#include <QAction>
#include <QMessageBox>

namespace shipdeck {

namespace {

QString instancesText(int n)
{
    return ComponentActions::tr("%n instance(s)", nullptr, n);
}

// "storefront-1.4.2-1 (pid 4242, port 40123, ready)"
QString instanceLine(const InstanceStatus &i)
{
    return ComponentActions::tr("%1 (pid %2, port %3, %4)")
        .arg(i.id).arg(i.pid).arg(i.port)
        .arg(i.ready ? ComponentActions::tr("ready") : ComponentActions::tr("not ready"));
}

int trafficShare(const ComponentRunStatus &s, const QString &version)
{
    if (version == s.traffic.canaryVersion)
        return s.traffic.canaryWeight;
    if (version == s.traffic.stableVersion)
        return 100 - (s.traffic.canaryVersion.isEmpty() ? 0 : s.traffic.canaryWeight);
    return 0;
}

} // namespace

ComponentActions::ComponentActions(ComponentsViewModel *vm, ActionRegistry *registry, ThemeManager *theme, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_vm(vm)
    , m_theme(theme)
    , m_parent(dialogParent)
{
    const QString category = tr("Components");
    auto add = [&](const char *id, const QString &text, const QKeySequence &shortcut, const char *icon, auto slot) {
        QAction *action = registry->add(QString::fromLatin1(id), text, category, shortcut, QString::fromLatin1(icon));
        connect(action, &QAction::triggered, this, [this, slot] {
            Q_EMIT pageWanted();
            slot();
        });
        return action;
    };
    m_deploy = add("components.deploy", tr("&Deploy Stable Version…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), "play",
                   [this] { deploySelected(); });
    m_stop = add("components.stop", tr("S&top Stable Version…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), "stop", [this] {
        if (const ComponentRow *row = m_vm->selectedRow())
            stopVersion(row->definition.version);
    });
    m_scale = add("components.scale", tr("&Scale Stable Version…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "sliders",
                  [this] { Q_EMIT scaleFocusWanted(); });
    m_restart = add("components.restart", tr("&Restart Instance…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "retry",
                    [this] { restartInstance(m_instance); });
    m_add = add("components.add", tr("&Add Components from YAML…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), "upload",
                [this] { addFromFile(); });
    m_remove = add("components.remove", tr("Re&move Component…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), "x",
                   [this] { removeSelected(); });
    connect(vm, &ComponentsViewModel::refreshed, this, &ComponentActions::updateEnabled);
    connect(vm, &ComponentsViewModel::selectionChanged, this, &ComponentActions::updateEnabled);
    connect(vm, &ComponentsViewModel::busyChanged, this, &ComponentActions::updateEnabled);
    updateEnabled();
}

void ComponentActions::setCurrentInstance(const QString &instanceId)
{
    m_instance = instanceId;
    updateEnabled();
}

void ComponentActions::updateEnabled()
{
    const ComponentRow *row = m_vm->selectedRow();
    const VersionStatus *stable = row ? row->status.version(row->definition.version) : nullptr;
    const bool busy = row && m_vm->isBusy(row->definition.id);
    m_deploy->setEnabled(row && !busy && (!stable || stable->desiredReplicas == 0));
    m_stop->setEnabled(row && !busy && stable && stable->desiredReplicas > 0);
    m_scale->setEnabled(row != nullptr);
    m_restart->setEnabled(!m_instance.isEmpty() && !m_vm->isBusy(m_instance));
    m_add->setEnabled(m_vm->isLoaded());
    m_remove->setEnabled(row && !busy);
}

void ComponentActions::deploySelected()
{
    const ComponentRow *row = m_vm->selectedRow();
    if (!row)
        return;
    const ComponentDefinition &d = row->definition;
    const int replicas = std::max(1, d.scaling.minReplicas);
    ConfirmDialog::Spec spec;
    spec.title = tr("Deploy %1 %2?").arg(d.id, d.version);
    spec.summary = tr("Shipdeck starts %1 of %2 %3 on this machine, after what it depends on, and sends all of %2's "
                      "traffic to them once they pass their readiness probe.").arg(instancesText(replicas), d.id, d.version);
    // What it needs that does not run yet starts first, in deploy order.
    QStringList first;
    QStringList needed = d.dependencies;
    for (int i = 0; i < needed.size(); ++i) {
        if (const ComponentRow *dep = m_vm->components()->find(needed.at(i))) {
            for (const QString &more : dep->definition.dependencies) {
                if (!needed.contains(more))
                    needed.append(more);
            }
        }
    }
    for (const QString &id : m_vm->components()->ids()) {
        const ComponentRow *dep = m_vm->components()->find(id);
        if (!needed.contains(id) || !dep || dep->status.version(dep->definition.version))
            continue;
        first.append(tr("%1 %2 (%3)").arg(id, dep->definition.version, instancesText(std::max(1, dep->definition.scaling.minReplicas))));
    }
    if (!first.isEmpty())
        spec.details.append(tr("Starts first: %1").arg(first.join(QStringLiteral(", "))));
    spec.details.append(tr("Command: %1 %2").arg(d.versions.value(d.version).command.isEmpty() ? d.run.command
                                                                                                  : d.versions.value(d.version).command,
                                                  (d.run.args + d.versions.value(d.version).extraArgs).join(QLatin1Char(' '))));
    spec.details.append(d.port > 0 ? tr("Endpoint: http://127.0.0.1:%1").arg(d.port)
                                   : tr("Endpoint: a free port on 127.0.0.1, shown once it runs"));
    spec.details.append(tr("Readiness probe: %1").arg(ComponentCodec::probeKindName(d.healthCheck.kind)));
    spec.confirmText = tr("Deploy");
    spec.reasonPlaceholder = tr("Why (optional)");
    // The dialog runs events: a refresh may replace `row` meanwhile.
    const QString id = d.id;
    QString reason;
    if (ConfirmDialog::ask(m_parent, spec, &reason))
        m_vm->deployStable(id, reason);
}

void ComponentActions::stopVersion(QString version)
{
    const ComponentRow *row = m_vm->selectedRow();
    const VersionStatus *running = row ? row->status.version(version) : nullptr;
    if (!row || !running)
        return;
    const ComponentDefinition &d = row->definition;
    const int share = trafficShare(row->status, version);
    ConfirmDialog::Spec spec;
    spec.title = tr("Stop %1 %2?").arg(d.id, version);
    spec.summary = tr("All %1 of %2 %3 leave the routes and stop (SIGTERM, then SIGKILL after 5 s).")
                       .arg(instancesText(running->desiredReplicas), d.id, version);
    if (share > 0)
        spec.summary += QLatin1Char(' ') + tr("The version serves %1 % of %2's traffic: until another version is ready, "
                                              "those requests get 503.").arg(share).arg(d.id);
    for (const InstanceStatus &i : running->instances)
        spec.details.append(instanceLine(i));
    QStringList runningDependents;
    for (const QString &id : row->dependents) {
        const ComponentRow *dependent = m_vm->components()->find(id);
        if (dependent && dependent->status.desiredReplicas() > 0)
            runningDependents.append(id);
    }
    if (!runningDependents.isEmpty())
        spec.details.append(tr("Running components that depend on %1: %2").arg(d.id, runningDependents.join(QStringLiteral(", "))));
    spec.confirmText = tr("Stop %1").arg(version);
    spec.destructive = true;
    spec.reasonPlaceholder = tr("Why (optional)");
    const QString id = d.id; // the dialog runs events: a refresh may replace `row`
    QString reason;
    if (ConfirmDialog::ask(m_parent, spec, &reason))
        m_vm->stopVersion(id, version, reason);
}

void ComponentActions::scaleVersion(QString version, int replicas)
{
    const ComponentRow *row = m_vm->selectedRow();
    if (!row)
        return;
    const ComponentDefinition &d = row->definition;
    const VersionStatus *running = row->status.version(version);
    const int from = running ? running->desiredReplicas : 0;
    if (from == replicas)
        return;
    const int share = trafficShare(row->status, version);
    ConfirmDialog::Spec spec;
    spec.title = tr("Scale %1 %2 from %3 to %4?").arg(d.id, version).arg(from).arg(replicas);
    if (replicas > from) {
        spec.summary = tr("Shipdeck starts %1 more of %2 %3; each gets traffic once its readiness probe passes.")
                           .arg(instancesText(replicas - from), d.id, version);
    } else {
        spec.summary = tr("Shipdeck stops the newest %1 of %2 %3: they leave the routes first, then get SIGTERM "
                          "(SIGKILL after 5 s).").arg(instancesText(from - replicas), d.id, version);
        spec.destructive = true;
        if (replicas == 0 && share > 0)
            spec.summary += QLatin1Char(' ') + tr("No instance of %1 is left: the %2 % of traffic it serves gets 503 "
                                                  "until another version is ready.").arg(version).arg(share);
    }
    spec.details.append(tr("Component: %1").arg(d.id));
    spec.details.append(share > 0 ? tr("Version: %1 (%2 % of traffic)").arg(version).arg(share) : tr("Version: %1").arg(version));
    spec.details.append(tr("Instances: %1 → %2").arg(from).arg(replicas));
    if (version == d.version && (replicas < d.scaling.minReplicas || replicas > d.scaling.maxReplicas))
        spec.details.append(tr("Outside the definition's scaling range (%1–%2)").arg(d.scaling.minReplicas).arg(d.scaling.maxReplicas));
    spec.details.append(tr("This changes what runs now, not the definition: deploying %1 again runs %2.")
                            .arg(d.version, instancesText(std::max(1, d.scaling.minReplicas))));
    spec.confirmText = tr("Scale to %1").arg(replicas);
    spec.reasonPlaceholder = tr("Why (optional)");
    const QString id = d.id; // the dialog runs events: a refresh may replace `row`
    QString reason;
    if (ConfirmDialog::ask(m_parent, spec, &reason))
        m_vm->scaleVersion(id, version, replicas, reason);
}

void ComponentActions::restartInstance(QString instanceId)
{
    const ComponentRow *row = m_vm->selectedRow();
    if (!row || instanceId.isEmpty())
        return;
    const InstanceStatus *instance = nullptr;
    int readyOthers = 0;
    for (const VersionStatus &v : row->status.versions) {
        for (const InstanceStatus &i : v.instances) {
            if (i.id == instanceId)
                instance = &i;
        }
    }
    if (!instance)
        return;
    for (const InstanceStatus &i : row->status.version(instance->version)->instances)
        readyOthers += i.id != instanceId && i.ready ? 1 : 0;
    ConfirmDialog::Spec spec;
    spec.title = tr("Restart %1?").arg(instanceId);
    spec.summary = tr("The instance leaves the routes, stops (SIGTERM, then SIGKILL after 5 s) and starts again on a new "
                      "port; it gets traffic again once its readiness probe passes.");
    spec.details.append(instanceLine(*instance));
    if (readyOthers > 0) {
        spec.details.append(tr("%n other ready instance(s) of %1 will keep serving", nullptr, readyOthers).arg(instance->version));
    } else {
        spec.details.append(tr("No other instance of %1 is ready: its share of traffic gets 503 until this one is ready again")
                                .arg(instance->version));
        spec.destructive = trafficShare(row->status, instance->version) > 0;
    }
    spec.confirmText = tr("Restart");
    spec.reasonPlaceholder = tr("Why (optional)");
    QString reason;
    if (ConfirmDialog::ask(m_parent, spec, &reason))
        m_vm->restartInstance(instanceId, reason);
}

void ComponentActions::removeSelected()
{
    const ComponentRow *row = m_vm->selectedRow();
    if (!row)
        return;
    const ComponentDefinition &d = row->definition;
    if (!row->dependents.isEmpty()) {
        // The backend refuses this too; saying so before asking spares a pointless confirmation.
        QMessageBox box(QMessageBox::Warning, tr("%1 is needed").arg(d.id),
                        tr("%1 cannot be removed: it is needed by %2. Remove those components or change their "
                           "dependencies first.").arg(d.id, row->dependents.join(QStringLiteral(", "))),
                        QMessageBox::Ok, m_parent);
        box.setObjectName(QStringLiteral("removeRefused"));
        box.exec();
        return;
    }
    ConfirmDialog::Spec spec;
    spec.title = tr("Remove %1?").arg(d.id);
    spec.summary = tr("%1 is removed from the workspace's registry. Everything of it that runs stops and its proxy "
                      "closes.").arg(d.id);
    for (const VersionStatus &v : row->status.versions)
        spec.details.append(tr("Stops %1 %2: %3").arg(d.id, v.version, instancesText(v.desiredReplicas)));
    spec.details.append(tr("Definition: stable %1, %n other known version(s)", nullptr,
                           int(ComponentListModel::otherVersions(*row).size())).arg(d.version));
    spec.details.append(tr("It can be added again from its YAML file (shipdeckctl components show %1 prints it now).").arg(d.id));
    spec.confirmText = tr("Remove %1").arg(d.id);
    spec.destructive = true;
    spec.reasonPlaceholder = tr("Why (optional)");
    const QString id = d.id; // the dialog runs events: a refresh may replace `row`
    QString reason;
    if (ConfirmDialog::ask(m_parent, spec, &reason))
        m_vm->remove(id, reason);
}

void ComponentActions::addFromFile(const QString &path)
{
    AddComponentsDialog dialog(m_vm, m_theme, m_parent);
    if (!path.isEmpty())
        dialog.setPath(path);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT componentsAdded(dialog.added());
}

} // namespace shipdeck
