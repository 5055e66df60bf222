// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/FileFingerprint.h"

#include <string>
#include <string_view>
#include <vector>

#include "cnms/core/ProjectStore.h"
#include "cnms/records/RegisterRecord.h"
#include "cnms/records/RegisterSchema.h"
#include "cnms/records/Today.h"

namespace cnms::records {

/** What a register list shows. */
struct ListQuery {
    std::string search;              ///< case-insensitive text in any field (values and zh/en labels)
    bool includeSuperseded = false;  ///< also list the versions that a later one replaced
};

/** One record whose due date has passed (overdue calibration, review, evaluation, action ...). */
struct OverdueItem {
    std::string type;
    RecordId id = 0;
    std::string title;
    std::string field;  ///< the schema's due field, e.g. "next_calibration_due"
    std::string due;
    int daysOverdue = 0;
};

/** Whether a referenced file still has the content it had when it was referenced. */
using FileState = cnms::FileState;  // one notion of a referenced file's state (cnms/core/FileFingerprint.h)

/** A CSV/xlsx row read into a record, with the line it came from (for messages). */
struct ImportRow {
    std::size_t line = 0;
    RegisterRecord record;
};

/**
 * The rules of every register: validation against the schema and against other records (site
 * codes, references, unique fields), versions that supersede and keep the old one, approved
 * versions that freeze, removal that keeps history and references intact, search, overdue items
 * and file references. Every write is one unit of work with change-log entries.
 */
class RegisterService {
public:
    explicit RegisterService(ProjectStore& store, const RegisterSchemas& schemas = RegisterSchemas::shipped())
        : m_store(store), m_schemas(schemas) {}

    const RegisterSchemas& schemas() const { return m_schemas; }

    /** Current records of one type (ordered by id), filtered by the query. */
    std::vector<RegisterRecord> list(std::string_view type, const ListQuery& query = {}) const;
    /** The record with this id; throws NotFoundError. */
    RegisterRecord get(RecordId id) const;
    /** Every version of the record's series, oldest first. */
    std::vector<RegisterRecord> versions(RecordId id) const;
    /** Change-log entries of every version of the record, newest first. */
    std::vector<ChangeLogEntry> changes(RecordId id, std::size_t limit = 200) const;

    /** Every problem with a record: its own fields and its links to other records. */
    std::vector<FieldIssue> check(const RegisterRecord& record) const;

    /** Validates and stores a new record (version 1 of a new series). Throws ValidationError. */
    RegisterRecord add(RegisterRecord record);
    /**
     * Stores changed fields of a current record. Refused for superseded versions and, in
     * registers that freeze on approval, for approved ones (they need newVersion).
     */
    RegisterRecord update(RegisterRecord record);
    /** Stores `fields` as the next version of a versioned record; the old one is kept, superseded. */
    RegisterRecord newVersion(RecordId currentId, nlohmann::json fields);
    /** Removes a record; refused when other records refer to it or it has version history. */
    RegisterRecord remove(RecordId id);
    /**
     * Stores a removed record again under its own id, as version 1 of its own series (what remove
     * allows to be removed), validated like add; the undo of a removal and the redo of an add, so
     * that references made meanwhile stay valid. Refused (`id_taken`) when the id is in use.
     */
    RegisterRecord restore(RegisterRecord record);
    /**
     * Adds every row or none: all rows are checked first and every problem is reported with its
     * line ("line 3: likelihood"). One "import" change-log entry names `source`.
     */
    std::vector<RecordId> import(std::string_view type, const std::vector<ImportRow>& rows, std::string_view source);

    /** Hashes a file, records it in the project's file references and returns the reference. */
    FileRef referenceFile(const std::string& path);
    /** Compares a referenced file's current content with its recorded digest. */
    static FileState checkFile(const FileRef& ref);

    /** Current records whose due date is before today and whose status is not done, most overdue first. */
    std::vector<OverdueItem> overdue(const Today& today) const;
    /** The overdue rule for one record (see docs/registers.md). */
    static bool isOverdue(const RegisterSchema& schema, const RegisterRecord& record, std::string_view today);
    /** True when the record counts as in place: not superseded and its status not inactive. */
    static bool isCurrent(const RegisterSchema& schema, const RegisterRecord& record);
    /** True when the schema has no approval field or the record's approval date is filled in. */
    static bool isApproved(const RegisterSchema& schema, const RegisterRecord& record);
    /** True when any field's value or label contains `needle` (case-insensitive for Latin letters). */
    static bool matches(const RegisterSchema& schema, const RegisterRecord& record, std::string_view needle);

private:
    RegisterRecord prepared(RegisterRecord record) const;
    std::vector<FieldIssue> checkLinks(const RegisterSchema& schema, const RegisterRecord& record) const;
    std::vector<std::string> referencesTo(const RegisterRecord& target) const;
    ProjectStore& m_store;
    const RegisterSchemas& m_schemas;
};

}  // namespace cnms::records
