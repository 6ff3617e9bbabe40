#include "ui/components/addcomponentsdialog.h"

#include "backend/providers/localproviderclient.h"
#include "models/components/componentsviewmodel.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

namespace shipdeck {

AddComponentsDialog::AddComponentsDialog(ComponentsViewModel *vm, ThemeManager *theme, QWidget *parent)
    : QDialog(parent)
    , m_vm(vm)
    , m_theme(theme)
    , m_path(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_verdict(new QLabel(this))
    , m_add(nullptr)
    , m_debounce(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setWindowTitle(tr("Add Components from YAML"));
    setMinimumSize(640, 480);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Add components from a YAML file"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Each YAML document of the file is one component (see docs/components.md). New components are "
                                "added; components that are registered already are replaced. Nothing is started."), this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("muted"));
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_path->setPlaceholderText(tr("Path of a component YAML file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(ThemeIcons::icon(QStringLiteral("folder")), tr("&Browse…"), this);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Content of the file"));
    m_preview->setPlaceholderText(tr("The file's content appears here."));
    layout->addWidget(m_preview, 1);

    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    layout->addWidget(m_verdict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("confirmButton"));
    m_add->setEnabled(false);
    m_add->setDefault(true);
    layout->addWidget(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &AddComponentsDialog::check);
    connect(m_path, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(browse, &QPushButton::clicked, this, &AddComponentsDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddComponentsDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProblem(tr("Choose a file."), 0, 0);
}

AddComponentsDialog::~AddComponentsDialog() = default;

void AddComponentsDialog::setPath(const QString &path)
{
    m_path->setText(path);
    m_debounce->stop();
    check();
}

QString AddComponentsDialog::path() const
{
    return m_path->text().trimmed();
}

void AddComponentsDialog::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Component YAML File"), start,
                                                        tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void AddComponentsDialog::check()
{
    const QString file = path();
    const quint64 generation = ++m_generation;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_add->setEnabled(false);
    if (file.isEmpty()) {
        m_checking = false;
        m_preview->clear();
        showProblem(tr("Choose a file."), 0, 0);
        return;
    }
    m_checking = true;
    m_verdict->setText(tr("Checking %1…").arg(QFileInfo(file).fileName()));
    m_vm->checkFile(file).then(this, [this, generation, file](const Result<ComponentFileCheck> &check) {
        if (generation != m_generation)
            return;
        m_checking = false;
        if (!check) {
            m_preview->clear();
            showProblem(check.error().toString(), 0, 0);
            return;
        }
        m_watcher->addPath(file); // check again whenever the file is edited
        showCheck(check.value());
    });
}

void AddComponentsDialog::showCheck(const ComponentFileCheck &check)
{
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setPlainText(check.text);
    m_preview->verticalScrollBar()->setValue(scroll);
    if (check.problem) {
        const QVariantMap &details = check.problem->details();
        showProblem(check.problem->toString(), details.value(QStringLiteral("line")).toInt(),
                    details.value(QStringLiteral("column")).toInt());
        return;
    }
    QStringList lines;
    for (const ComponentDefinition &c : check.components) {
        lines.append(check.updates.contains(c.id)
                         ? tr("%1 %2 replaces the registered definition").arg(c.id, c.version).toHtmlEscaped()
                         : tr("%1 %2 is new").arg(c.id, c.version).toHtmlEscaped());
    }
    const QColor ok = m_theme ? m_theme->colors().success : QColor(Qt::darkGreen);
    m_verdict->setText(QStringLiteral("<span style=\"color:%1\">✔</span> %2<br>%3")
                           .arg(ok.name(), tr("The file is valid: %n component(s).", nullptr, int(check.components.size())),
                                lines.join(QStringLiteral("<br>"))));
    m_preview->setExtraSelections({});
    m_add->setText(tr("Add %n Component(s)", nullptr, int(check.components.size())));
    m_add->setEnabled(true);
}

void AddComponentsDialog::showProblem(const QString &message, int line, int column)
{
    const QColor bad = m_theme ? m_theme->colors().danger : QColor(Qt::red);
    m_verdict->setText(QStringLiteral("<span style=\"color:%1\">✖</span> %2").arg(bad.name(), message.toHtmlEscaped()));
    m_add->setText(tr("Add"));
    m_add->setEnabled(false);
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_preview->document()->findBlockByNumber(line - 1));
        QColor background = bad;
        background.setAlpha(60);
        mark.format.setBackground(background);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
        QTextCursor at = mark.cursor;
        at.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, column - 1));
        m_preview->setTextCursor(at);
        m_preview->centerCursor();
    }
    m_preview->setExtraSelections(marks);
}

void AddComponentsDialog::add()
{
    if (!m_add->isEnabled())
        return;
    m_add->setEnabled(false);
    const QString file = path();
    m_verdict->setText(tr("Adding…"));
    m_vm->addFromFile(file).then(this, [this](const Result<QStringList> &added) {
        if (!added) {
            // Changed since the check, or refused: say why and stay open.
            const QVariantMap &details = added.error().details();
            showProblem(added.error().toString(), details.value(QStringLiteral("line")).toInt(),
                        details.value(QStringLiteral("column")).toInt());
            return;
        }
        m_added = added.value();
        accept();
    });
}

} // namespace shipdeck
