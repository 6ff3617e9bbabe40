#include "backend/components/componentregistry.h"

#include "backend/components/componentcodec.h"
#include "backend/components/dependencygraph.h"
#include "backend/store/database.h"
#include "backend/store/migrations.h"

#include <QDateTime>
#include <QJsonDocument>

SD_REGISTER_MIGRATION(100, "components registry", R"SQL(
CREATE TABLE components(
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
)SQL");

namespace shipdeck {

Result<QList<ComponentDefinition>> ComponentRegistry::loadAll()
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("SELECT id, definition FROM components ORDER BY id")));
    QList<ComponentDefinition> out;
    while (true) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        const QString id = stmt->text(0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(1).toUtf8(), &parseError);
        if (!doc.isObject()) {
            stmt->reset();
            return Error(ErrorCode::Corrupt, QStringLiteral("component %1 in %2 is damaged: %3")
                                                 .arg(id, m_db.path(), parseError.errorString()));
        }
        auto component = ComponentCodec::fromJson(doc.object());
        if (!component) {
            stmt->reset();
            return Error(ErrorCode::Corrupt, QStringLiteral("component %1 in %2 is not valid: %3")
                                                 .arg(id, m_db.path(), component.error().message()));
        }
        out.append(std::move(component).value());
    }
    stmt->reset();
    return out;
}

Result<bool> ComponentRegistry::exists(const QString &id)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("SELECT 1 FROM components WHERE id = ?1")));
    stmt->bind(1, id);
    SD_TRY(bool row, stmt->step());
    stmt->reset();
    return row;
}

Result<void> ComponentRegistry::write(const ComponentDefinition &component)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "INSERT INTO components(id, definition, created_at, updated_at) VALUES(?1, ?2, ?3, ?3) "
        "ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at")));
    stmt->bind(1, component.id)
        .bind(2, QString::fromUtf8(QJsonDocument(ComponentCodec::toJson(component)).toJson(QJsonDocument::Compact)))
        .bind(3, now);
    return stmt->run();
}

Result<void> ComponentRegistry::put(const QList<ComponentDefinition> &components)
{
    for (const ComponentDefinition &c : components)
        SD_CHECK(ComponentCodec::validate(c));
    return m_db.transaction([&]() -> Result<void> {
        SD_TRY(QList<ComponentDefinition> all, loadAll());
        for (const ComponentDefinition &c : components) {
            auto it = std::find_if(all.begin(), all.end(), [&](const ComponentDefinition &x) { return x.id == c.id; });
            if (it != all.end())
                *it = c;
            else
                all.append(c);
        }
        SD_CHECK(DependencyGraph(all).check());
        for (const ComponentDefinition &c : components)
            SD_CHECK(write(c));
        return success();
    });
}

Result<void> ComponentRegistry::add(const ComponentDefinition &component)
{
    SD_TRY(bool taken, exists(component.id));
    if (taken)
        return Error(ErrorCode::AlreadyExists, QStringLiteral("component %1 is already registered").arg(component.id));
    return put({component});
}

Result<void> ComponentRegistry::update(const ComponentDefinition &component)
{
    SD_TRY(bool found, exists(component.id));
    if (!found)
        return Error(ErrorCode::NotFound, QStringLiteral("component %1 is not registered").arg(component.id));
    return put({component});
}

Result<void> ComponentRegistry::remove(const QString &id)
{
    return m_db.transaction([&]() -> Result<void> {
        SD_TRY(QList<ComponentDefinition> all, loadAll());
        const bool found = std::any_of(all.cbegin(), all.cend(), [&](const ComponentDefinition &c) { return c.id == id; });
        if (!found)
            return Error(ErrorCode::NotFound, QStringLiteral("component %1 is not registered").arg(id));
        const QStringList needers = DependencyGraph(all).dependents(id);
        if (!needers.isEmpty())
            return Error(ErrorCode::FailedPrecondition, QStringLiteral("component %1 is needed by %2; remove or change those first")
                                                            .arg(id, needers.join(QStringLiteral(", "))));
        SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("DELETE FROM components WHERE id = ?1")));
        stmt->bind(1, id);
        return stmt->run();
    });
}

Result<ComponentDefinition> ComponentRegistry::get(const QString &id)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("SELECT definition FROM components WHERE id = ?1")));
    stmt->bind(1, id);
    SD_TRY(bool row, stmt->step());
    if (!row) {
        stmt->reset();
        return Error(ErrorCode::NotFound, QStringLiteral("component %1 is not registered").arg(id));
    }
    const QByteArray json = stmt->text(0).toUtf8();
    stmt->reset();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error(ErrorCode::Corrupt, QStringLiteral("component %1 in %2 is damaged").arg(id, m_db.path()));
    return ComponentCodec::fromJson(doc.object()).context(QStringLiteral("reading component %1").arg(id));
}

Result<QList<ComponentDefinition>> ComponentRegistry::list()
{
    SD_TRY(QList<ComponentDefinition> all, loadAll());
    SD_TRY(const QStringList order, DependencyGraph(all).deployOrder());
    QList<ComponentDefinition> out;
    for (const QString &id : order) {
        out.append(*std::find_if(all.cbegin(), all.cend(), [&](const ComponentDefinition &c) { return c.id == id; }));
    }
    return out;
}

Result<QStringList> ComponentRegistry::deployOrder()
{
    SD_TRY(QList<ComponentDefinition> all, loadAll());
    return DependencyGraph(all).deployOrder();
}

} // namespace shipdeck
