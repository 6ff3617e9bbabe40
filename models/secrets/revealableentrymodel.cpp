#include "models/secrets/revealableentrymodel.h"

#include "models/secrets/revealedvalues.h"

namespace shipdeck {

RevealableEntryModel::RevealableEntryModel(RevealedValues *revealed, QString scope, int columns, int valueColumn, QObject *parent)
    : KeyedTableModel(parent), m_revealed(revealed), m_scope(std::move(scope)), m_columns(columns)
{
    connect(revealed, &RevealedValues::changed, this, [this, valueColumn](const QString &id) {
        const QString prefix = revealIdOf(QString());
        if (!id.startsWith(prefix))
            return;
        const int row = rowOf(id.mid(prefix.size()));
        if (row >= 0)
            Q_EMIT dataChanged(index(row, valueColumn), index(row, valueColumn));
    });
}

bool RevealableEntryModel::isRevealed(const QString &id) const
{
    return m_revealed->isRevealed(id);
}

QString RevealableEntryModel::revealedText(const QString &id) const
{
    return m_revealed->text(id);
}

} // namespace shipdeck
