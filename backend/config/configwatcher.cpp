#include "backend/config/configwatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>

namespace shipdeck {

ConfigWatcher::ConfigWatcher(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        rescan();
        Q_EMIT changed();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigWatcher::onEvent);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigWatcher::onEvent);
}

ConfigWatcher::~ConfigWatcher() = default;

void ConfigWatcher::setRoot(const QString &root)
{
    if (root == m_root)
        return;
    m_root = root;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    rescan();
}

void ConfigWatcher::onEvent()
{
    m_debounce.start();
}

void ConfigWatcher::rescan()
{
    if (m_root.isEmpty() || !QDir(m_root).exists())
        return;
    QStringList wanted{m_root};
    const QString manifest = m_root + QStringLiteral("/shipdeck-config.yaml");
    if (QFileInfo::exists(manifest))
        wanted.append(manifest);
    for (const char *sub : {"base", "environments", "schema", "migrations"}) {
        const QString dir = m_root + QLatin1Char('/') + QString::fromLatin1(sub);
        if (!QFileInfo(dir).isDir())
            continue;
        wanted.append(dir);
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            wanted.append(it.next());
    }
    const QStringList current = m_watcher->files() + m_watcher->directories();
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!current.contains(path))
            missing.append(path);
    }
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

} // namespace shipdeck
