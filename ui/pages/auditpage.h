#pragma once

#include "ui/shell/page.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace shipdeck {

class AuditModel;

// Who did what, when, and why: the workspace's append-only, hash-chained audit log, with a
// check of the chain on demand.
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(const UiContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit"); }
    QString iconName() const override { return QStringLiteral("shield-check"); }
    void activated() override;

    AuditModel *model() const { return m_model; }
    QLabel *verdict() const { return m_verdict; }
    void verifyChain();

private:
    void refresh();

    AuditModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_verdict;
    QTimer *m_debounce;
};

} // namespace shipdeck
