#pragma once

#include "backend/config/configservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace shipdeck {

// Syncs the configuration with a remote: says what will happen (fetch, merge key by key or
// rebase, push) for which branch and remote, and takes credentials for this run only (never
// stored). With no remote yet, asks for its URL.
class ConfigSyncDialog : public QDialog
{
    Q_OBJECT
public:
    ConfigSyncDialog(const QString &branch, const QString &upstream, const QHash<QString, QString> &remotes, int ahead, int behind,
                     QWidget *parent = nullptr);
    ~ConfigSyncDialog() override;

    ConfigSyncRequest request() const;
    // The URL of a remote to add first (when the repository has none), else empty.
    QString newRemoteUrl() const;
    QPushButton *syncButton() const { return m_sync; }

private:
    void updateSummary();

    QString m_branch;
    QHash<QString, QString> m_remotes;
    QComboBox *m_remote;
    QLineEdit *m_url;
    QRadioButton *m_merge;
    QRadioButton *m_rebase;
    QCheckBox *m_push;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_summary;
    QPushButton *m_sync;
};

} // namespace shipdeck
