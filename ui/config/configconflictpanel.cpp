#include "ui/config/configconflictpanel.h"

#include "models/config/configconflictmodel.h"
#include "models/config/configvalues.h"
#include "models/config/configviewmodel.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace shipdeck {

namespace {
const char *const kSides[3] = {"base", "ours", "theirs"};
} // namespace

ConfigConflictPanel::ConfigConflictPanel(ConfigViewModel *vm, ThemeManager *theme, QWidget *parent)
    : QWidget(parent)
    , m_vm(vm)
    , m_theme(theme)
    , m_banner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_value(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_useValue(new QPushButton(tr("Use This Value"), this))
    , m_validation(new QLabel(this))
    , m_complete(new QPushButton(ThemeIcons::icon(QStringLiteral("git-commit")), tr("Complete Merge…"), this))
    , m_abort(new QPushButton(ThemeIcons::icon(QStringLiteral("x")), tr("Abort Merge…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_banner->setWordWrap(true);
    layout->addWidget(m_banner);

    m_table->setModel(vm->conflicts());
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Conflicting keys"));
    layout->addWidget(m_table, 2);

    auto *sides = new QHBoxLayout;
    const QString titles[3] = {tr("Base (common ancestor)"), tr("Ours (this workspace)"), tr("Theirs (remote)")};
    const QString picks[3] = {tr("Use Base"), tr("Use Ours"), tr("Use Theirs")};
    for (int i = 0; i < 3; ++i) {
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("card"));
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(8, 6, 8, 6);
        auto *title = new QLabel(titles[i], card);
        title->setObjectName(QStringLiteral("sectionTitle"));
        m_sides[i] = new QPlainTextEdit(card);
        m_sides[i]->setReadOnly(true);
        m_sides[i]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_sides[i]->setMaximumHeight(m_sides[i]->fontMetrics().height() * 5);
        m_pick[i] = new QPushButton(picks[i], card);
        m_pick[i]->setObjectName(QStringLiteral("pick-%1").arg(QString::fromLatin1(kSides[i])));
        v->addWidget(title);
        v->addWidget(m_sides[i], 1);
        v->addWidget(m_pick[i], 0, Qt::AlignRight);
        sides->addWidget(card, 1);
        const QString side = QString::fromLatin1(kSides[i]);
        connect(m_pick[i], &QPushButton::clicked, this, [this, side] { resolve(side); });
    }
    layout->addLayout(sides, 1);

    auto *edit = new QHBoxLayout;
    m_value->setPlaceholderText(tr("Or type the value the merge should have"));
    m_value->setAccessibleName(tr("Merged value"));
    m_mode->addItem(tr("Auto"), int(ConfigValues::Mode::Auto));
    m_mode->addItem(tr("Text"), int(ConfigValues::Mode::String));
    edit->addWidget(m_value, 1);
    edit->addWidget(m_mode);
    edit->addWidget(m_useValue);
    layout->addLayout(edit);

    auto *bottom = new QHBoxLayout;
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_complete->setObjectName(QStringLiteral("completeMerge"));
    m_abort->setObjectName(QStringLiteral("abortMerge"));
    bottom->addWidget(m_validation, 1);
    bottom->addWidget(m_abort);
    bottom->addWidget(m_complete);
    layout->addLayout(bottom);

    connect(m_useValue, &QPushButton::clicked, this, [this] {
        const auto parsed = ConfigValues::parse(m_value->text(), ConfigValues::Mode(m_mode->currentData().toInt()));
        if (!parsed.ok()) {
            Q_EMIT message(parsed.error, true);
            return;
        }
        resolve(QStringLiteral("value"), parsed.value);
    });
    connect(m_value, &QLineEdit::returnPressed, m_useValue, &QPushButton::click);
    connect(m_complete, &QPushButton::clicked, this, &ConfigConflictPanel::completeRequested);
    connect(m_abort, &QPushButton::clicked, this, &ConfigConflictPanel::abortRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConfigConflictPanel::showSelected);
    connect(vm->conflicts(), &QAbstractItemModel::modelReset, this, &ConfigConflictPanel::onConflictsChanged);
    connect(vm->conflicts(), &QAbstractItemModel::rowsInserted, this, &ConfigConflictPanel::onConflictsChanged);
    connect(vm->conflicts(), &QAbstractItemModel::rowsRemoved, this, &ConfigConflictPanel::onConflictsChanged);
    connect(vm->conflicts(), &QAbstractItemModel::dataChanged, this, &ConfigConflictPanel::onConflictsChanged);
    onConflictsChanged();
}

QPushButton *ConfigConflictPanel::pickButton(const QString &side) const
{
    for (int i = 0; i < 3; ++i) {
        if (side == QLatin1String(kSides[i]))
            return m_pick[i];
    }
    return nullptr;
}

void ConfigConflictPanel::selectConflict(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_vm->conflicts()->index(row, 0));
}

void ConfigConflictPanel::onConflictsChanged()
{
    const ConfigConflictModel *model = m_vm->conflicts();
    const int total = model->rowCount();
    const int open = model->unresolvedCount();
    const auto &c = m_theme->colors();
    if (total == 0) {
        m_banner->setText(tr("No sync is waiting for conflict resolution."));
        m_banner->setStyleSheet(QString());
    } else {
        const QString upstream = m_vm->info().value(QStringLiteral("upstream")).toString();
        m_banner->setText(tr("A sync found %n key(s) changed differently here and on %1. Nothing was changed yet: choose the value of "
                             "each key, then complete the merge.", nullptr, total).arg(upstream.isEmpty() ? tr("the remote") : upstream)
                          + QLatin1Char(' ') + tr("%n still open.", nullptr, open));
        m_banner->setStyleSheet(QStringLiteral("color: %1;").arg((open > 0 ? c.warning : c.success).name()));
    }
    m_abort->setEnabled(total > 0);
    m_complete->setEnabled(total > 0 && open == 0);
    if (total > 0 && !m_table->currentIndex().isValid()) {
        int first = 0;
        for (int row = 0; row < total; ++row) {
            if (model->conflictAt(row)->resolution.isEmpty()) {
                first = row;
                break;
            }
        }
        selectConflict(first);
    }
    m_table->resizeColumnsToContents();
    showSelected();
    if (total > 0)
        revalidate();
    else
        m_validation->clear();
}

void ConfigConflictPanel::showSelected()
{
    const ConfigConflict *conflict = m_vm->conflicts()->conflictAt(m_table->currentIndex().row());
    const QJsonValue values[3] = {conflict ? conflict->base : QJsonValue(), conflict ? conflict->ours : QJsonValue(),
                                  conflict ? conflict->theirs : QJsonValue()};
    for (int i = 0; i < 3; ++i) {
        m_sides[i]->setPlainText(conflict ? ConfigValues::display(values[i]) : QString());
        const bool chosen = conflict && conflict->resolution == QLatin1String(kSides[i]);
        m_pick[i]->setEnabled(conflict != nullptr);
        m_pick[i]->setIcon(chosen ? ThemeIcons::icon(QStringLiteral("check")) : QIcon());
    }
    m_value->setEnabled(conflict && !conflict->key.isEmpty());
    m_useValue->setEnabled(conflict && !conflict->key.isEmpty());
    if (conflict && conflict->resolution == QLatin1String("value"))
        m_value->setText(ConfigValues::editText(conflict->resolvedValue));
}

void ConfigConflictPanel::resolve(const QString &resolution, const QJsonValue &value)
{
    const ConfigConflict *conflict = m_vm->conflicts()->conflictAt(m_table->currentIndex().row());
    if (!conflict)
        return;
    const QString file = conflict->file, key = conflict->key;
    const int row = m_table->currentIndex().row();
    m_vm->resolveConflict(file, key, resolution, value).then(this, [this, row, file, key](const Result<void> &r) {
        if (!r) {
            Q_EMIT message(r.error().toString(), true);
            return;
        }
        Q_EMIT message(tr("%1 in %2 resolved").arg(key.isEmpty() ? tr("The whole file") : key, file), false);
        // Move on to the next open conflict.
        const ConfigConflictModel *model = m_vm->conflicts();
        for (int next = 1; next <= model->rowCount(); ++next) {
            const int candidate = (row + next) % qMax(1, model->rowCount());
            const ConfigConflict *c = model->conflictAt(candidate);
            if (c && c->resolution.isEmpty() && !(c->file == file && c->key == key)) {
                selectConflict(candidate);
                break;
            }
        }
    });
}

void ConfigConflictPanel::revalidate()
{
    const int request = ++m_validationRequest;
    m_validation->setText(tr("Validating the merge result…"));
    m_validation->setStyleSheet(QString());
    m_vm->validateMerge().then(this, [this, request](const Result<QList<ConfigIssue>> &issues) {
        if (request != m_validationRequest)
            return;
        const auto &c = m_theme->colors();
        if (!issues) {
            m_validation->setText(issues.error().toString());
            m_validation->setStyleSheet(QStringLiteral("color: %1;").arg(c.danger.name()));
            return;
        }
        if (issues.value().isEmpty()) {
            const bool open = m_vm->conflicts()->unresolvedCount() > 0;
            m_validation->setText(open ? tr("✔ With these choices the merge result validates (open keys keep our value for now).")
                                       : tr("✔ The merge result validates: schema and YAML checks pass."));
            m_validation->setStyleSheet(QStringLiteral("color: %1;").arg(c.success.name()));
            return;
        }
        QStringList lines;
        for (const ConfigIssue &i : issues.value())
            lines.append(i.toString());
        m_validation->setText(tr("✘ The merge result would not validate:\n%1").arg(lines.join(QLatin1Char('\n'))));
        m_validation->setStyleSheet(QStringLiteral("color: %1;").arg(c.danger.name()));
        m_complete->setEnabled(false);
    });
}

} // namespace shipdeck
