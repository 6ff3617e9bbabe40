#pragma once

#include "backend/config/configtypes.h"
#include "backend/core/result.h"

#include <QByteArray>
#include <QList>

namespace shipdeck {

struct GitConflict;

// Three-way merge of one configuration file, key by key. A key changed on one side only takes
// that side's value; a key changed differently on both sides is a conflict. The merged text
// starts from ours and is edited with YamlEditor, so formatting and comments stay.
namespace ConfigMerge {

struct FileOutcome
{
    QByteArray merged;                 // null QByteArray = the file is deleted
    QList<ConfigConflict> conflicts;   // unresolved (the merged text keeps ours for them)
};

// `resolutions` are conflicts of this file with a resolution chosen. Files that are not YAML,
// do not parse, or were deleted on one side conflict as a whole (key empty).
FileOutcome mergeFile(const GitConflict &conflict, const QList<ConfigConflict> &resolutions);

// The value a resolution picks (Undefined = remove the key).
QJsonValue chosenValue(const ConfigConflict &conflict);

} // namespace ConfigMerge
} // namespace shipdeck
