#pragma once
// Internal to backend/secrets/sops: the format stores behind SopsStore::forFormat.
#include <memory>

namespace shipdeck::sops {
class SopsStore;
std::unique_ptr<SopsStore> makeDotenvStore();
std::unique_ptr<SopsStore> makeIniStore();
std::unique_ptr<SopsStore> makeJsonStore();
std::unique_ptr<SopsStore> makeYamlStore();
} // namespace shipdeck::sops
