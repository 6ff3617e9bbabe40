// Schema of the local vault (migration versions 220–239). Values are stored only as
// AES-256-GCM ciphertext; names and metadata are not secret.
#include "backend/store/migrations.h"

SD_REGISTER_MIGRATION(220, "secrets vault", R"SQL(
CREATE TABLE vault_meta(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_source TEXT NOT NULL CHECK (key_source IN ('passphrase', 'keychain')),
    kdf TEXT NOT NULL,
    kdf_salt BLOB,
    kdf_log_n INTEGER,
    kdf_r INTEGER,
    kdf_p INTEGER,
    key_check BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    rekeyed_at INTEGER
);

CREATE TABLE vault_items(
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    rotated_at INTEGER,
    expires_at INTEGER,
    rotation_days INTEGER,
    last_used_at INTEGER,
    use_count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    value_mac BLOB NOT NULL
);
)SQL");
