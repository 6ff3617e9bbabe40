#include "ui/pages/auditpage.h"

#include "backend/facade/backend.h"
#include "models/auditmodel.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace shipdeck {

AuditPage::AuditPage(const UiContext &context, QWidget *parent)
    : Page(context, parent), m_model(new AuditModel(this)), m_view(new QTableView(this)), m_search(new QLineEdit(this)),
      m_verdict(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    auto *title = new QLabel(tr("Audit log"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Filter by person, action or target…"));
    m_search->setClearButtonEnabled(true);
    auto *verify = new QPushButton(ThemeIcons::icon(QStringLiteral("shield-check")), tr("&Verify Chain"), this);
    verify->setToolTip(tr("Recompute every record's hash and check that none was altered, removed or inserted"));
    bar->addWidget(m_search, 1);
    bar->addWidget(verify);
    layout->addLayout(bar);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AuditModel::SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Audit records"));
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::refresh);
    connect(context.backend, &Backend::workspaceOpened, this, &AuditPage::refresh);
    connect(context.backend, &Backend::workflowFinished, m_debounce, qOverload<>(&QTimer::start));
    connect(context.backend, &Backend::serviceEvent, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

void AuditPage::activated()
{
    refresh();
}

void AuditPage::refresh()
{
    context().backend->auditLog(2000).then(this, [this](const Result<QList<AuditRecord>> &records) {
        if (records)
            m_model->setRecords(records.value());
    });
}

void AuditPage::verifyChain()
{
    m_verdict->setText(tr("Verifying…"));
    context().backend->checkWorkspace().then(this, [this](const Result<CheckReport> &report) {
        const auto &c = context().theme->colors();
        if (!report) {
            m_verdict->setText(report.error().toString());
            m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(c.danger.name()));
            return;
        }
        if (report.value().auditIntact) {
            m_verdict->setText(tr("✔ The audit chain is intact: %n record(s), each hash verified against the one before it.",
                                  nullptr, int(report.value().auditRecords)));
            m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(c.success.name()));
        } else {
            m_verdict->setText(tr("✘ The audit chain is broken: %1").arg(report.value().auditProblem));
            m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(c.danger.name()));
        }
    });
}

SD_REGISTER_PAGE(AuditPage, 950);

} // namespace shipdeck
