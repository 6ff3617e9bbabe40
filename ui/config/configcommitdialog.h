#pragma once

#include "backend/config/gitrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace shipdeck {

// Commits the configuration: says which files (saved and unsaved edits) go into the commit,
// on which branch and under which author (the workspace settings config.author.*; an author
// edited here is stored there for the next commits too), and needs a message.
class ConfigCommitDialog : public QDialog
{
    Q_OBJECT
public:
    struct Author
    {
        QString name;
        QString email;
        QString source; // settings, git, default
    };

    ConfigCommitDialog(const QString &branch, const QList<GitFileDiff> &changes, const QStringList &unsavedFiles,
                       const Author &author, QWidget *parent = nullptr);

    QString message() const;
    QStringList files() const;     // the files checked; empty when all are
    Author author() const;
    // True when the author must be written to the workspace settings before committing
    // (edited here, or not from the settings yet).
    bool storeAuthor() const;
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *commitButton() const { return m_commit; }

private:
    void updateButton();

    Author m_original;
    QListWidget *m_files;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QPlainTextEdit *m_message;
    QPushButton *m_commit;
};

} // namespace shipdeck
