#include "ui/components/componentdetailspanel.h"

#include "models/components/componentlistmodel.h"
#include "models/components/componentsviewmodel.h"
#include "models/components/instancelistmodel.h"
#include "ui/components/statusdotdelegate.h"
#include "ui/components/versionscalerow.h"
#include "ui/shell/themeicons.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>

namespace shipdeck {

ComponentDetailsPanel::ComponentDetailsPanel(ComponentsViewModel *vm, QWidget *parent)
    : QWidget(parent)
    , m_vm(vm)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_deploy(new QPushButton(ThemeIcons::icon(QStringLiteral("play")), tr("Deploy…"), this))
    , m_stop(new QPushButton(ThemeIcons::icon(QStringLiteral("stop")), tr("Stop…"), this))
    , m_versionsBox(new QWidget(this))
    , m_versionsGrid(new QGridLayout(m_versionsBox))
    , m_restart(new QPushButton(ThemeIcons::icon(QStringLiteral("retry")), tr("Restart Instance…"), this))
    , m_instancesProxy(new QSortFilterProxyModel(this))
    , m_instancesView(new QTableView(this))
    , m_lower(new QSplitter(Qt::Horizontal, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("muted"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_summary->setOpenExternalLinks(true);
    m_summary->setTextFormat(Qt::RichText);
    m_deploy->setObjectName(QStringLiteral("deployStable"));
    m_stop->setObjectName(QStringLiteral("stopStable"));
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_summary, 1);
    header->addWidget(m_deploy);
    header->addWidget(m_stop);
    layout->addLayout(header);

    m_versionsGrid->setContentsMargins(0, 0, 0, 0);
    m_versionsGrid->setHorizontalSpacing(12);
    m_versionsGrid->setVerticalSpacing(4);
    m_versionsGrid->setColumnStretch(6, 1);
    layout->addWidget(m_versionsBox);

    auto *instances = new QWidget(this);
    auto *il = new QVBoxLayout(instances);
    il->setContentsMargins(0, 0, 0, 0);
    auto *instancesHeader = new QHBoxLayout;
    auto *instancesTitle = new QLabel(tr("Instances"), instances);
    instancesTitle->setObjectName(QStringLiteral("sectionTitle"));
    instancesHeader->addWidget(instancesTitle);
    instancesHeader->addStretch(1);
    m_restart->setObjectName(QStringLiteral("restartInstance"));
    instancesHeader->addWidget(m_restart);
    il->addLayout(instancesHeader);
    m_instancesProxy->setSourceModel(vm->instances());
    m_instancesProxy->setSortRole(InstanceListModel::SortRole);
    m_instancesView->setModel(m_instancesProxy);
    m_instancesView->setSortingEnabled(true);
    m_instancesView->sortByColumn(InstanceListModel::InstanceColumn, Qt::AscendingOrder);
    m_instancesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instancesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_instancesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_instancesView->verticalHeader()->hide();
    m_instancesView->verticalHeader()->setDefaultSectionSize(m_instancesView->fontMetrics().height() + 8);
    m_instancesView->horizontalHeader()->setStretchLastSection(true);
    m_instancesView->setAlternatingRowColors(true);
    m_instancesView->setWordWrap(false);
    m_instancesView->setAccessibleName(tr("Instances"));
    m_instancesView->setItemDelegate(new StatusDotDelegate(m_instancesView));
    il->addWidget(m_instancesView, 1);
    m_lower->addWidget(instances);
    m_lower->setChildrenCollapsible(false);
    layout->addWidget(m_lower, 1);

    connect(m_deploy, &QPushButton::clicked, this, &ComponentDetailsPanel::deployRequested);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (const ComponentRow *row = m_vm->selectedRow())
            Q_EMIT stopRequested(row->definition.version);
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (!currentInstance().isEmpty())
            Q_EMIT restartRequested(currentInstance());
    });
    connect(m_instancesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = currentInstance();
        updateButtons();
        if (id != m_currentInstance) {
            m_currentInstance = id;
            Q_EMIT currentInstanceChanged(id);
        }
    });
    connect(m_instancesView, &QTableView::activated, this, [this] { m_restart->setFocus(); });
    connect(vm, &ComponentsViewModel::refreshed, this, &ComponentDetailsPanel::update);
    connect(vm, &ComponentsViewModel::selectionChanged, this, &ComponentDetailsPanel::update);
    connect(vm, &ComponentsViewModel::busyChanged, this, &ComponentDetailsPanel::update);
    // A first instance gets selected so that its log shows without a click.
    connect(vm->instances(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_instancesView->currentIndex().isValid() && m_instancesProxy->rowCount() > 0)
            m_instancesView->setCurrentIndex(m_instancesProxy->index(0, 0));
    });
    connect(vm->instances(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_instancesProxy->rowCount() > 0)
            m_instancesView->setCurrentIndex(m_instancesProxy->index(0, 0));
        m_instancesView->resizeColumnsToContents();
    });
    update();
}

ComponentDetailsPanel::~ComponentDetailsPanel() = default;

void ComponentDetailsPanel::setSideWidget(QWidget *widget)
{
    m_lower->addWidget(widget);
    m_lower->setStretchFactor(0, 5);
    m_lower->setStretchFactor(1, 4);
}

VersionScaleRow *ComponentDetailsPanel::versionRow(const QString &version) const
{
    auto it = m_rows.find(version);
    return it == m_rows.end() ? nullptr : it->second.get();
}

QString ComponentDetailsPanel::currentInstance() const
{
    return m_instancesView->currentIndex().data(InstanceListModel::IdRole).toString();
}

void ComponentDetailsPanel::selectInstance(const QString &instanceId)
{
    const int row = m_vm->instances()->rowOf(instanceId);
    if (row >= 0)
        m_instancesView->setCurrentIndex(m_instancesProxy->mapFromSource(m_vm->instances()->index(row, 0)));
}

void ComponentDetailsPanel::focusScale(const QString &version)
{
    const ComponentRow *row = m_vm->selectedRow();
    VersionScaleRow *scale = versionRow(version.isEmpty() && row ? row->definition.version : version);
    if (scale) {
        scale->replicas()->setFocus();
        scale->replicas()->selectAll();
    }
}

void ComponentDetailsPanel::update()
{
    const ComponentRow *row = m_vm->selectedRow();
    if (!row) {
        m_title->setText(m_vm->isLoaded() ? tr("No component selected") : tr("Components"));
        m_summary->setText(m_vm->isLoaded() ? tr("Select a component in the table or the graph.")
                                            : m_vm->loadError().toHtmlEscaped());
        m_rows.clear();
        m_rowsFor.clear();
        updateButtons();
        return;
    }
    const ComponentDefinition &d = row->definition;
    const ComponentRunStatus &s = row->status;
    m_title->setText(d.id);
    QStringList parts{ComponentListModel::typeText(d.type), tr("stable %1").arg(d.version)};
    if (!d.name.isEmpty() && d.name != d.id)
        parts.prepend(d.name.toHtmlEscaped());
    if (!s.endpoint.isEmpty())
        parts.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(s.endpoint.toHtmlEscaped()));
    if (!s.traffic.stableVersion.isEmpty()) {
        parts.append(s.traffic.canaryVersion.isEmpty()
                         ? tr("all traffic to %1").arg(s.traffic.stableVersion)
                         : tr("traffic %1 %2 % · %3 %4 %").arg(s.traffic.stableVersion).arg(100 - s.traffic.canaryWeight)
                               .arg(s.traffic.canaryVersion).arg(s.traffic.canaryWeight));
    }
    parts.append(d.dependencies.isEmpty() ? tr("needs nothing") : tr("needs %1").arg(d.dependencies.join(QStringLiteral(", "))));
    if (!row->dependents.isEmpty())
        parts.append(tr("needed by %1").arg(row->dependents.join(QStringLiteral(", "))));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_deploy->setText(tr("Deploy %1…").arg(d.version));
    m_stop->setText(tr("Stop %1…").arg(d.version));
    updateVersions();
    updateButtons();
}

void ComponentDetailsPanel::updateVersions()
{
    const ComponentRow *row = m_vm->selectedRow();
    if (m_rowsFor != row->definition.id) {
        m_rows.clear();
        m_rowsFor = row->definition.id;
    }
    // The stable version first, then the others in the order the registry lists them.
    QStringList versions{row->definition.version};
    versions.append(ComponentListModel::otherVersions(*row));
    const ComponentRunStatus &s = row->status;
    bool rebuild = versions.size() != qsizetype(m_rows.size());
    for (const QString &v : std::as_const(versions))
        rebuild = rebuild || !m_rows.count(v);
    if (rebuild) {
        m_rows.clear();
        for (int i = 0; i < versions.size(); ++i) {
            auto scale = std::make_unique<VersionScaleRow>(m_versionsGrid, i, versions.at(i), m_versionsBox);
            connect(scale.get(), &VersionScaleRow::scaleRequested, this, &ComponentDetailsPanel::scaleRequested);
            connect(scale.get(), &VersionScaleRow::stopRequested, this, &ComponentDetailsPanel::stopRequested);
            m_rows.emplace(versions.at(i), std::move(scale));
        }
    }
    for (const QString &v : std::as_const(versions)) {
        const VersionStatus *running = s.version(v);
        const bool stable = v == row->definition.version;
        QStringList role;
        if (stable)
            role.append(tr("stable"));
        if (v == s.traffic.canaryVersion)
            role.append(tr("canary, %1 % of traffic").arg(s.traffic.canaryWeight));
        else if (v == s.traffic.stableVersion && running)
            role.append(tr("%1 % of traffic").arg(100 - (s.traffic.canaryVersion.isEmpty() ? 0 : s.traffic.canaryWeight)));
        else if (!running)
            role.append(tr("known version, not running"));
        else
            role.append(tr("running, no traffic"));
        m_rows.at(v)->update(running, role.join(QStringLiteral(" · ")), stable,
                             m_vm->isBusy(QStringLiteral("%1@%2").arg(row->definition.id, v)));
    }
}

void ComponentDetailsPanel::updateButtons()
{
    const ComponentRow *row = m_vm->selectedRow();
    const bool busy = row && m_vm->isBusy(row->definition.id);
    const VersionStatus *stable = row ? row->status.version(row->definition.version) : nullptr;
    m_deploy->setEnabled(row && !busy && (!stable || stable->desiredReplicas == 0));
    m_stop->setEnabled(row && !busy && stable && stable->desiredReplicas > 0);
    m_deploy->setVisible(row != nullptr);
    m_stop->setVisible(row != nullptr);
    const QString instance = currentInstance();
    m_restart->setEnabled(!instance.isEmpty() && !m_vm->isBusy(instance));
}

} // namespace shipdeck
