#include "ui/shell/confirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shipdeck {

ConfirmDialog::ConfirmDialog(const Spec &spec, QWidget *parent) : QDialog(parent), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(spec.title);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(spec.title, this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *summary = new QLabel(spec.summary, this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);
    if (!spec.details.isEmpty()) {
        QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &d : spec.details)
            html += QStringLiteral("<li>%1</li>").arg(d.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        auto *details = new QLabel(html, this);
        details->setTextFormat(Qt::RichText);
        details->setWordWrap(true);
        layout->addWidget(details);
    }
    if (spec.reasonRequired || !spec.reasonPlaceholder.isEmpty()) {
        auto *label = new QLabel(spec.reasonRequired ? tr("Reason (required, recorded in the audit log):")
                                                     : tr("Reason (recorded in the audit log):"), this);
        layout->addWidget(label);
        m_reason = new QPlainTextEdit(this);
        m_reason->setPlaceholderText(spec.reasonPlaceholder);
        m_reason->setTabChangesFocus(true);
        m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4);
        label->setBuddy(m_reason);
        layout->addWidget(m_reason);
    }
    QPushButton *confirm = m_buttons->addButton(spec.confirmText.isEmpty() ? tr("Confirm") : spec.confirmText,
                                                QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm = confirm;
    if (spec.destructive) {
        QPalette p = confirm->palette();
        p.setColor(QPalette::Button, QColor(0xcf, 0x22, 0x2e));
        p.setColor(QPalette::ButtonText, Qt::white);
        confirm->setPalette(p);
    } else {
        confirm->setDefault(true);
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (spec.reasonRequired) {
        confirm->setEnabled(false);
        connect(m_reason, &QPlainTextEdit::textChanged, this,
                [this, confirm] { confirm->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
        m_reason->setFocus();
    }
}

QString ConfirmDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

QAbstractButton *ConfirmDialog::confirmButton() const
{
    return m_confirm;
}

bool ConfirmDialog::ask(QWidget *parent, const Spec &spec, QString *reason)
{
    ConfirmDialog dialog(spec, parent);
    const bool ok = dialog.exec() == QDialog::Accepted;
    if (ok && reason)
        *reason = dialog.reason();
    return ok;
}

} // namespace shipdeck
