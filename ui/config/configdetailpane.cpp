#include "ui/config/configdetailpane.h"

#include "models/config/configtablemodel.h"
#include "models/config/configvalues.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QLineEdit>
#include <QScrollArea>

namespace shipdeck {

ConfigDetailPane::ConfigDetailPane(ThemeManager *theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_layersBox(new QWidget(this))
    , m_layers(new QGridLayout(m_layersBox))
    , m_environment(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_set(new QPushButton(ThemeIcons::icon(QStringLiteral("check")), tr("Set"), this))
    , m_unset(new QPushButton(ThemeIcons::icon(QStringLiteral("minus")), tr("Remove"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("configDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 4, 4);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("muted"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_layers->setContentsMargins(0, 6, 0, 6);
    m_layers->setHorizontalSpacing(12);
    m_layers->setVerticalSpacing(6);
    m_layers->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_layersBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto *editor = new QFrame(this);
    editor->setObjectName(QStringLiteral("card"));
    auto *form = new QGridLayout(editor);
    form->setContentsMargins(10, 8, 10, 8);
    auto *editTitle = new QLabel(tr("Edit value in"), editor);
    m_environment->setAccessibleName(tr("Layer to edit"));
    m_environment->setToolTip(tr("The base, or the overlay of one environment"));
    m_value->setPlaceholderText(tr("8080, true, \"text\", [1, 2] …"));
    m_value->setClearButtonEnabled(true);
    m_value->setObjectName(QStringLiteral("configValueEdit"));
    m_value->setAccessibleName(tr("New value"));
    m_mode->addItem(tr("Auto"), int(ConfigValues::Mode::Auto));
    m_mode->addItem(tr("Text"), int(ConfigValues::Mode::String));
    m_mode->setToolTip(tr("Auto reads numbers, true/false, null and JSON; Text stores exactly what you type"));
    m_hint->setObjectName(QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    m_result->setWordWrap(true);
    m_set->setObjectName(QStringLiteral("configSetButton"));
    m_set->setToolTip(tr("Change the value in this layer's file; the change stays an unsaved edit until you save or commit"));
    m_unset->setToolTip(tr("Remove the key from this layer's file (an environment then inherits the base)"));
    form->addWidget(editTitle, 0, 0);
    form->addWidget(m_environment, 0, 1, 1, 2);
    form->addWidget(m_value, 1, 0, 1, 2);
    form->addWidget(m_mode, 1, 2);
    form->addWidget(m_hint, 2, 0, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unset);
    buttons->addWidget(m_set);
    form->addLayout(buttons, 3, 0, 1, 3);
    form->addWidget(m_result, 4, 0, 1, 3);
    form->setColumnStretch(1, 1);
    layout->addWidget(editor);

    connect(m_value, &QLineEdit::textChanged, this, &ConfigDetailPane::updateHint);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConfigDetailPane::updateHint);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        loadEditorValue();
        rebuildLayers();
    });
    connect(m_value, &QLineEdit::returnPressed, m_set, &QPushButton::click);
    connect(m_set, &QPushButton::clicked, this, [this] {
        const auto parsed = ConfigValues::parse(m_value->text(), ConfigValues::Mode(m_mode->currentData().toInt()));
        if (!parsed.ok() || m_key.isEmpty())
            return;
        Q_EMIT setRequested(m_key, editEnvironment(), parsed.value);
    });
    connect(m_unset, &QPushButton::clicked, this, [this] {
        if (!m_key.isEmpty())
            Q_EMIT unsetRequested(m_key, editEnvironment());
    });
    clear();
}

void ConfigDetailPane::clear()
{
    m_model = nullptr;
    m_key.clear();
    m_title->setText(tr("No key selected"));
    m_subtitle->setText(tr("Select a cell to see where its value comes from and to edit it."));
    rebuildLayers();
    m_value->clear();
    m_result->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_environment), static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_mode),
                       static_cast<QWidget *>(m_set), static_cast<QWidget *>(m_unset)})
        w->setEnabled(false);
}

void ConfigDetailPane::showKey(const ConfigTableModel *model, const QString &key, const QString &environment)
{
    const bool sameKey = key == m_key && model == m_model;
    m_model = model;
    m_key = key;
    m_title->setText(key);
    const QString ns = key.section(QLatin1Char('.'), 0, 0);
    m_subtitle->setText(tr("Namespace %1: base/%1.yaml and environments/<environment>/%1.yaml").arg(ns));
    const QSignalBlocker block(m_environment);
    const QString previous = sameKey ? editEnvironment() : environment;
    m_environment->clear();
    m_environment->addItem(tr("base (every environment)"), QString());
    for (const QString &env : model->environments())
        m_environment->addItem(tr("%1 overlay").arg(env), env);
    setEditEnvironment(sameKey && environment.isNull() ? previous : environment);
    for (QWidget *w : {static_cast<QWidget *>(m_environment), static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_mode),
                       static_cast<QWidget *>(m_set), static_cast<QWidget *>(m_unset)})
        w->setEnabled(true);
    if (!sameKey) {
        m_result->clear();
        loadEditorValue();
    }
    rebuildLayers();
}

QString ConfigDetailPane::editEnvironment() const
{
    return m_environment->currentData().toString();
}

void ConfigDetailPane::setEditEnvironment(const QString &environment)
{
    const int i = m_environment->findData(environment);
    m_environment->setCurrentIndex(qMax(0, i));
}

void ConfigDetailPane::focusEditor()
{
    m_value->setFocus();
    m_value->selectAll();
}

void ConfigDetailPane::showResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: %1;").arg(m_theme->colors().danger.name()) : QString());
}

void ConfigDetailPane::loadEditorValue()
{
    if (!m_model || m_key.isEmpty())
        return;
    const int row = m_model->rowOfKey(m_key);
    const int column = m_model->columnOfEnvironment(editEnvironment());
    const ConfigTableModel::Cell *c = m_model->cell(row, column);
    m_value->setText(c && c->found ? ConfigValues::editText(c->value) : QString());
    m_mode->setCurrentIndex(0);
    updateHint();
}

void ConfigDetailPane::updateHint()
{
    if (m_key.isEmpty()) {
        m_hint->clear();
        return;
    }
    const auto parsed = ConfigValues::parse(m_value->text(), ConfigValues::Mode(m_mode->currentData().toInt()));
    m_set->setEnabled(parsed.ok());
    if (!parsed.ok()) {
        m_hint->setText(parsed.error);
        m_hint->setStyleSheet(QStringLiteral("color: %1;").arg(m_theme->colors().danger.name()));
        return;
    }
    m_hint->setStyleSheet(QString());
    const QString file = editEnvironment().isEmpty() ? QStringLiteral("base/%1.yaml").arg(m_key.section(QLatin1Char('.'), 0, 0))
                                                     : QStringLiteral("environments/%1/%2.yaml").arg(editEnvironment(), m_key.section(QLatin1Char('.'), 0, 0));
    m_hint->setText(tr("Will be stored as %1 in %2").arg(parsed.kind, file));
}

void ConfigDetailPane::rebuildLayers()
{
    while (QLayoutItem *item = m_layers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_model || m_key.isEmpty())
        return;
    const int row = m_model->rowOfKey(m_key);
    const auto &colors = m_theme->colors();
    const QStringList layers = QStringList{QString()} + m_model->environments();
    int line = 0;
    for (const QString &env : layers) {
        const int column = m_model->columnOfEnvironment(env);
        const ConfigTableModel::Cell *c = m_model->cell(row, column);
        const auto state = m_model->stateOf(row, column);
        auto *name = new QLabel(env.isEmpty() ? tr("base") : env, m_layersBox);
        QFont bold = name->font();
        bold.setBold(env == editEnvironment());
        name->setFont(bold);
        auto *value = new QLabel(m_layersBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        auto *origin = new QLabel(m_layersBox);
        origin->setObjectName(QStringLiteral("muted"));
        origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QString how;
        switch (state) {
        case ConfigTableModel::Absent: how = tr("not set"); break;
        case ConfigTableModel::BaseValue: how = tr("set here"); break;
        case ConfigTableModel::Inherited: how = tr("inherits the base"); break;
        case ConfigTableModel::Overridden: how = tr("overrides the base"); break;
        }
        value->setText(c && c->found ? ConfigValues::display(c->value) : QStringLiteral("—"));
        if (state == ConfigTableModel::Overridden) {
            QFont f = value->font();
            f.setBold(true);
            value->setFont(f);
        }
        if (state == ConfigTableModel::Inherited || state == ConfigTableModel::Absent)
            value->setStyleSheet(QStringLiteral("color: %1;").arg(colors.muted.name()));
        QString where = how;
        if (c && c->found && !c->file.isEmpty())
            where = tr("%1 · %2:%3").arg(how, c->file).arg(c->line);
        if (c && c->draft)
            where += tr(" · unsaved edit (was %1)").arg(ConfigValues::display(c->draftBefore));
        origin->setText(where);
        m_layers->addWidget(name, line, 0, Qt::AlignTop);
        m_layers->addWidget(value, line, 1);
        m_layers->addWidget(origin, line + 1, 1);
        if (c && !c->issues.isEmpty()) {
            auto *issues = new QLabel(c->issues.join(QLatin1Char('\n')), m_layersBox);
            issues->setWordWrap(true);
            issues->setStyleSheet(QStringLiteral("color: %1;").arg(colors.danger.name()));
            m_layers->addWidget(issues, line + 2, 1);
            line += 1;
        }
        line += 2;
    }
    if (m_stretchRow >= 0)
        m_layers->setRowStretch(m_stretchRow, 0);
    m_stretchRow = line;
    m_layers->setRowStretch(line, 1);
}

} // namespace shipdeck
