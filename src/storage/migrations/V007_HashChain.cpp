// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace cnms::storage::migrations {

// The change log becomes a hash chain (docs/trust.md): each entry keeps the rows it wrote with
// their digests (rows, a compact blob), the SHA-256 of that blob, the previous entry's hash and
// its own. The runner then links the entries an older file already has and seals its current
// rows in one entry (applyMigrations calls chain::sealUncovered after every step from this one).
const Migration v007HashChain{7, "hash chain", R"sql(
ALTER TABLE change_log ADD COLUMN rows BLOB;
ALTER TABLE change_log ADD COLUMN rows_sha256 TEXT;
ALTER TABLE change_log ADD COLUMN prev_sha256 TEXT;
ALTER TABLE change_log ADD COLUMN content_sha256 TEXT;
)sql"};

}  // namespace cnms::storage::migrations
