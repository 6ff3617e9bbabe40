#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace shipdeck {

// Watches the configuration folders of a repository (base/, environments/*, schema/,
// migrations/, the manifest) and reports changes made by other programs once they settle.
// Editors that save by writing a new file and renaming it over the old one are followed: the
// folder is watched too, and the watch list is refreshed after every change.
class ConfigWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ConfigWatcher(QObject *parent = nullptr);
    ~ConfigWatcher() override;

    void setRoot(const QString &root); // empty = stop watching
    const QString &root() const { return m_root; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // Re-reads the folders and watches what is there now.
    void rescan();

Q_SIGNALS:
    // Something under the root changed; emitted once per burst of changes.
    void changed();

private:
    void onEvent();

    QFileSystemWatcher *m_watcher;
    QTimer m_debounce;
    QString m_root;
};

} // namespace shipdeck
