#include "ui/secrets/secretvaluedialog.h"

#include "backend/secrets/crypto/securebuffer.h"
#include "ui/secrets/secretlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QRandomGenerator>

namespace shipdeck {

SecretValueDialog::SecretValueDialog(const Spec &spec, QWidget *parent)
    : QDialog(parent), m_value(new QLineEdit(this)), m_show(new QCheckBox(tr("Show while typing"), this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("secretValueDialog"));
    setWindowTitle(spec.title);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(spec.title, this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *summary = new QLabel(spec.summary, this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!spec.details.isEmpty()) {
        QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &d : spec.details)
            html += QStringLiteral("<li>%1</li>").arg(d.toHtmlEscaped());
        auto *details = new QLabel(html + QStringLiteral("</ul>"), this);
        details->setTextFormat(Qt::RichText);
        details->setWordWrap(true);
        layout->addWidget(details);
    }
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setAccessibleName(tr("New value"));
    m_value->setPlaceholderText(tr("New value"));
    m_value->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto *row = new QHBoxLayout;
    row->addWidget(m_value, 1);
    if (spec.withType) {
        m_type = new QComboBox(this);
        for (const char *t : {"str", "int", "float", "bool"})
            m_type->addItem(QString::fromLatin1(t));
        m_type->setCurrentIndex(qMax(0, m_type->findText(spec.type)));
        m_type->setToolTip(tr("The SOPS value type"));
        row->addWidget(m_type);
    }
    layout->addLayout(row);
    layout->addWidget(m_show);
    if (spec.allowGenerate) {
        m_generate = new QCheckBox(tr("Generate a random value (32 characters) instead"), this);
        layout->addWidget(m_generate);
        connect(m_generate, &QCheckBox::toggled, this, &SecretValueDialog::updateState);
    }
    m_hint->setObjectName(QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(spec.confirmText.isEmpty() ? tr("Save") : spec.confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) { m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_value, &QLineEdit::textChanged, this, &SecretValueDialog::updateState);
    updateState();
}

SecretValueDialog::~SecretValueDialog()
{
    SecretLineEdit::wipe(m_value);
}

QString SecretValueDialog::randomValue(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

void SecretValueDialog::updateState()
{
    const bool generate = m_generate && m_generate->isChecked();
    m_value->setEnabled(!generate);
    m_show->setEnabled(!generate);
    m_confirm->setEnabled(generate || !m_value->text().isEmpty());
    m_hint->setText(generate ? tr("A random value is generated; reveal or copy it afterwards to use it.")
                             : tr("The value is encrypted before it is written; it is never logged."));
}

void SecretValueDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (m_generate && m_generate->isChecked()) {
            QString generated = randomValue();
            m_result = makeSecret(generated);
            SecureBuffer::wipe(generated);
        } else {
            m_result = makeSecret(m_value->text());
        }
    }
    SecretLineEdit::wipe(m_value);
    QDialog::done(result);
}

SharedSecret SecretValueDialog::value() const
{
    return m_result;
}

QString SecretValueDialog::type() const
{
    return m_type ? m_type->currentText() : QString();
}

} // namespace shipdeck
