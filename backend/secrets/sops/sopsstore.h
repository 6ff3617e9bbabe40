#pragma once

#include "backend/core/result.h"
#include "backend/secrets/sops/sopstree.h"

#include <memory>

namespace shipdeck::sops {

// Reads one file format into a SopsParsed (with the source span of every scalar and of the
// metadata) and renders the pieces a writer splices back in, so a rewrite touches only the
// tokens that changed and the metadata.
class SopsStore
{
public:
    virtual ~SopsStore() = default;
    static std::unique_ptr<SopsStore> forFormat(SopsFormat format);

    virtual SopsFormat format() const = 0;
    virtual Result<SopsParsed> parse(const QByteArray &text) const = 0;
    // The token for a scalar as it stands in the file (quoted where the format needs it).
    // `inFlow`: the token stands inside a YAML flow collection, where ',' '[' ']' need quotes.
    virtual QByteArray scalarToken(const QString &text, SopsType type, bool encrypted, bool inFlow = false) const = 0;
    // The metadata as it stands in the file (the text that replaces metadataSpan).
    virtual QByteArray metadataBlock(const SopsNode &metadata, const SopsParsed &parsed, bool replacing) const = 0;
    // Where a metadata block goes in a file that has none.
    virtual qsizetype metadataInsertPos(const SopsParsed &parsed) const = 0;
    // Text that adds a new entry at `path` (a new top-level key, or a key in an existing INI
    // section) at the returned position; Unsupported for other shapes.
    virtual Result<QPair<qsizetype, QByteArray>> newEntry(const SopsParsed &parsed, const SopsPath &path,
                                                          const QByteArray &token) const = 0;
};

} // namespace shipdeck::sops
