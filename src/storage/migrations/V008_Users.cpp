// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// Users of a project (issue 8, "Users and roles"). The password hash is libsodium's
// crypto_pwhash_str string (Argon2id with its salt and cost); the change log never holds it.
// A user is disabled, never deleted, so the change log's names keep pointing at someone.
// The sign-in mode is the 'sign_in' setting ('none' when absent).
const Migration v008Users{8, "users", R"sql(
CREATE TABLE app_user (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('administrator', 'sustainability_officer', 'internal_auditor',
                                       'manager', 'read_only')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);
)sql"};

}  // namespace cnms::storage::migrations
