#include "ui/rollouts/newdeploymentdialog.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/providers/localproviderclient.h"
#include "models/rollouts/deploymentdraft.h"
#include "models/rollouts/rollouttext.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QtConcurrent>

namespace shipdeck {

NewDeploymentDialog::NewDeploymentDialog(Backend *backend, RolloutsClient *client, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_client(client)
    , m_provider(new LocalProviderClient(backend))
    , m_component(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_replicas(new QSpinBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_deploy(nullptr)
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("New Deployment"));
    setObjectName(QStringLiteral("newDeploymentDialog"));
    resize(1000, 640);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("New deployment"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    auto *form = new QWidget(this);
    auto *fl = new QFormLayout(form);
    m_component->setEditable(true);
    m_version->setEditable(true);
    for (const char *env : {"production", "staging", "development"})
        m_environment->addItem(RolloutText::environmentText(QLatin1String(env)), QLatin1String(env));
    for (DeploymentDraft::Preset p : DeploymentDraft::presets())
        m_preset->addItem(DeploymentDraft::presetText(p), int(p));
    m_replicas->setRange(0, 50);
    m_replicas->setSpecialValueText(tr("component default"));
    fl->addRow(tr("&Component:"), m_component);
    fl->addRow(tr("&Version:"), m_version);
    fl->addRow(tr("&Environment:"), m_environment);
    fl->addRow(tr("&Steps:"), m_preset);
    fl->addRow(tr("&Instances:"), m_replicas);
    auto *open = new QPushButton(ThemeIcons::icon(QStringLiteral("folder")), tr("&Open a Deployment File…"), form);
    fl->addRow(QString(), open);
    auto *hint = new QLabel(tr("The form writes the file on the right; edit the file directly for anything else "
                               "(analysis templates, webhooks, rollback settings)."), form);
    hint->setObjectName(QStringLiteral("muted"));
    hint->setWordWrap(true);
    fl->addRow(hint);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Deployment file"));
    m_editor->setObjectName(QStringLiteral("deploymentYaml"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_problems->setObjectName(QStringLiteral("validationProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(120);
    rl->addWidget(m_editor, 1);
    rl->addWidget(m_summary);
    rl->addWidget(m_problems);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(form);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *reasonRow = new QFormLayout;
    m_reason->setPlaceholderText(tr("Why this deployment? Recorded with your name (%1)").arg(RolloutText::actor()));
    m_reason->setObjectName(QStringLiteral("deploymentReason"));
    reasonRow->addRow(tr("&Reason (required):"), m_reason);
    layout->addLayout(reasonRow);
    m_deploy = m_buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setIcon(ThemeIcons::icon(QStringLiteral("rollout")));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &NewDeploymentDialog::validateNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_valid = false;
        updateButton();
        m_debounce->start();
    });
    connect(m_component, &QComboBox::currentTextChanged, this, [this] {
        updateVersions();
        formChanged();
    });
    connect(m_version, &QComboBox::currentTextChanged, this, &NewDeploymentDialog::formChanged);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &NewDeploymentDialog::formChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewDeploymentDialog::formChanged);
    connect(m_replicas, &QSpinBox::valueChanged, this, &NewDeploymentDialog::formChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &NewDeploymentDialog::updateButton);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_editor->document()->findBlockByLineNumber(line - 1));
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    });
    connect(open, &QPushButton::clicked, this, &NewDeploymentDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDeploymentDialog::deploy);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    loadComponents();
}

NewDeploymentDialog::~NewDeploymentDialog()
{
    delete m_provider;
}

void NewDeploymentDialog::loadComponents()
{
    m_provider->components().then(this, [this](const Result<QList<ComponentDefinition>> &components) {
        if (!components)
            return;
        m_filling = true;
        const QString current = m_component->currentText();
        m_component->clear();
        for (const ComponentDefinition &c : components.value()) {
            QStringList versions = c.versions.keys();
            if (!versions.contains(c.version))
                versions.prepend(c.version);
            m_versions.insert(c.id, versions);
            m_component->addItem(c.id);
        }
        if (!current.isEmpty())
            m_component->setCurrentText(current);
        m_filling = false;
        updateVersions();
        if (m_editor->toPlainText().isEmpty())
            formChanged();
    });
}

void NewDeploymentDialog::updateVersions()
{
    const QString current = m_version->currentText();
    const bool filling = m_filling;
    m_filling = true;
    m_version->clear();
    const QStringList versions = m_versions.value(m_component->currentText());
    m_version->addItems(versions);
    m_version->setCurrentText(current.isEmpty() && !versions.isEmpty() ? versions.last() : current);
    m_filling = filling;
}

void NewDeploymentDialog::formChanged()
{
    if (m_filling)
        return;
    DeploymentDraft draft;
    draft.component = m_component->currentText();
    draft.version = m_version->currentText();
    draft.environment = m_environment->currentData().toString();
    draft.preset = DeploymentDraft::Preset(m_preset->currentData().toInt());
    draft.replicas = m_replicas->value();
    setYaml(draft.toYaml(), QStringLiteral("new-deployment.yaml"));
}

void NewDeploymentDialog::setYaml(const QString &yaml, const QString &sourceName)
{
    m_source = sourceName;
    if (m_editor->toPlainText() != yaml)
        m_editor->setPlainText(yaml);
}

void NewDeploymentDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Deployment File"), QString(),
                                                      tr("Deployment files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void NewDeploymentDialog::loadFile(const QString &path)
{
    m_summary->setText(tr("Reading %1…").arg(path));
    QtConcurrent::run([path]() -> Result<QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray data = file.read(8 * 1024 * 1024 + 1);
        if (data.size() > 8 * 1024 * 1024)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is larger than 8 MiB; it is not a deployment file").arg(path));
        return QString::fromUtf8(data);
    }).then(this, [this, path](const Result<QString> &text) {
        if (!text) {
            m_summary->setText(text.error().toString());
            return;
        }
        setYaml(text.value(), QFileInfo(path).fileName());
    });
}

void NewDeploymentDialog::validateNow()
{
    const quint64 id = ++m_validation;
    const QString yaml = m_editor->toPlainText();
    m_client->validate(yaml.toUtf8(), m_source).then(this, [this, id](const Result<QJsonObject> &result) {
        if (id != m_validation)
            return; // the text changed since
        m_problems->clear();
        m_problemLines.clear();
        if (result) {
            const QJsonObject v = result.value();
            QStringList components;
            for (const QJsonValue &c : v.value(QStringLiteral("components")).toArray())
                components.append(tr("%1 %2").arg(c.toObject().value(QStringLiteral("id")).toString(),
                                                  c.toObject().value(QStringLiteral("version")).toString()));
            m_summary->setText(tr("Valid: %1 of %2 in %3.").arg(RolloutText::strategyText(v.value(QStringLiteral("strategy")).toString()),
                                                                components.join(QStringLiteral(", ")),
                                                                RolloutText::environmentText(v.value(QStringLiteral("environment")).toString())));
            m_problems->hide();
            m_valid = true;
        } else {
            const Error &e = result.error();
            const QVariantList problems = e.details().value(QStringLiteral("problems")).toList();
            for (const QVariant &p : problems) {
                const QVariantMap m = p.toMap();
                const int line = m.value(QStringLiteral("line")).toInt();
                const QString path = m.value(QStringLiteral("path")).toString();
                const QString message = m.value(QStringLiteral("message")).toString();
                auto *item = new QListWidgetItem(line > 0 ? tr("Line %1: %2").arg(line).arg(path.isEmpty() ? message : path + QStringLiteral(": ") + message)
                                                          : message, m_problems);
                item->setData(Qt::UserRole, line);
                if (line > 0)
                    m_problemLines.append(line);
            }
            if (problems.isEmpty()) {
                const int line = e.details().value(QStringLiteral("line")).toInt();
                auto *item = new QListWidgetItem(e.message(), m_problems);
                item->setData(Qt::UserRole, line);
                if (line > 0)
                    m_problemLines.append(line);
            }
            m_summary->setText(tr("%n problem(s) — deploying is possible once the file is valid.", nullptr, int(m_problems->count())));
            m_problems->show();
            m_valid = false;
        }
        markProblems();
        updateButton();
        Q_EMIT validated(m_valid);
    });
}

void NewDeploymentDialog::markProblems()
{
    QList<QTextEdit::ExtraSelection> marks;
    QColor colour = ThemeManager::instance() ? ThemeManager::instance()->colors().danger : QColor(Qt::red);
    colour.setAlpha(60);
    for (int line : std::as_const(m_problemLines)) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(colour);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(tr("Problem on this line"));
        mark.cursor = QTextCursor(m_editor->document()->findBlockByLineNumber(line - 1));
        marks.append(mark);
    }
    m_editor->setExtraSelections(marks);
}

void NewDeploymentDialog::updateButton()
{
    const bool reason = !m_reason->text().trimmed().isEmpty();
    m_deploy->setEnabled(m_valid && reason && !m_busy);
    m_deploy->setToolTip(!m_valid ? tr("The file has problems or is being checked.")
                         : !reason ? tr("Type a reason first.") : tr("Start the rollout."));
}

void NewDeploymentDialog::deploy()
{
    if (!m_valid || m_reason->text().trimmed().isEmpty())
        return;
    m_busy = true;
    updateButton();
    m_summary->setText(tr("Starting the deployment…"));
    m_client->deploy(m_editor->toPlainText().toUtf8(), m_source, RolloutText::actor(), m_reason->text().trimmed())
        .then(this, [this](const Result<QList<RolloutRecord>> &started) {
            m_busy = false;
            if (!started) {
                m_summary->setText(tr("The deployment did not start: %1").arg(started.error().toString()));
                updateButton();
                return;
            }
            const QString id = started.value().isEmpty() ? QString() : started.value().first().id;
            accept();
            Q_EMIT deployed(id);
        });
}

} // namespace shipdeck
