#pragma once

#include "backend/deploy/deploymentspec.h"

namespace shipdeck {

class SpecReader;
struct YamlNode;

// Reads the `analysis:` section (templates and their metrics) and analysis references of a
// deployment file. Part of DeploymentParser; problems go to the reader.
namespace AnalysisSpecParser {
QList<AnalysisTemplate> readTemplates(SpecReader &reader, const YamlNode &section, const QString &path);
AnalysisRef readRef(SpecReader &reader, const YamlNode &node, const QString &path, bool background);
// Checks that every reference names a defined template.
void checkRef(SpecReader &reader, const DeploymentSpec &spec, const AnalysisRef &ref, const QString &path);
} // namespace AnalysisSpecParser

} // namespace shipdeck
