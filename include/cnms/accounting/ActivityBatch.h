// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cnms/accounting/ActivityRecord.h"
#include "cnms/accounting/FactorResolver.h"
#include "cnms/accounting/RecordValidator.h"

namespace cnms::accounting {

/**
 * The activity records of one reporting year in compact form, built for a million rows: site
 * codes and activity keys (source type, activity, unit, record parameters) are interned, record
 * ids sit in one character arena, and a row is 32 bytes. A record's own factor parameters are
 * not part of its key: they are kept per row and applied as multipliers, so a file with a
 * supplier factor on every row still has a handful of keys. A batch does not depend on a factor
 * selection, so the same batch can be calculated with different pinned factors.
 */
class ActivityBatch {
public:
    /** One record as the calculator needs it. */
    struct Row {
        std::uint32_t key = 0;   ///< index into keys()
        std::uint32_t site = 0;  ///< index into sites()
        double quantity = 0.0;
        std::uint32_t parameters = kNoParameters;  ///< index into parameters(): the record's own factor values
        float uncertaintyPct = 0.0f;  ///< NaN: the default for the data quality
        std::uint16_t firstDay = 0;   ///< 0-based day of the year the period starts
        std::uint16_t lastDay = 0;    ///< 0-based day of the year the period ends (inclusive)
        std::uint8_t isoCategory = 1;
        DataQuality quality = DataQuality::Measured;
    };

    static constexpr std::uint32_t kNoParameters = 0xFFFFFFFFu;

    explicit ActivityBatch(int year);
    ~ActivityBatch();
    ActivityBatch(ActivityBatch&&) noexcept;
    ActivityBatch& operator=(ActivityBatch&&) noexcept;

    int year() const { return m_year; }
    void reserve(std::size_t records);

    /**
     * Validates `record` with `validator` (which must be for the batch's year) and adds it.
     * Returns false and appends every issue when the record is refused. An activity key checked
     * once is not resolved again, so adding costs two hash lookups and no allocation per row.
     */
    bool add(const ActivityRecord& record, RecordValidator& validator, std::vector<FieldIssue>& issues);

    std::size_t size() const { return m_rows.size(); }
    const std::vector<Row>& rows() const { return m_rows; }
    /** Distinct activity keys; record parameter values in them are placeholders (see record_parameters). */
    const std::vector<ActivityKey>& keys() const { return m_keys; }
    /** The factor parameter values of a row that has any (Row::parameters). */
    const record_parameters::Values& parameters(std::uint32_t index) const { return m_parameters[index]; }
    const std::vector<std::string>& sites() const { return m_sites; }
    /** The record id of row `i` as given on the record (may be empty). */
    std::string_view recordId(std::size_t i) const;

private:
    struct Index;
    int m_year;
    std::vector<Row> m_rows;
    std::vector<ActivityKey> m_keys;
    std::vector<std::string> m_sites;
    std::vector<record_parameters::Values> m_parameters;
    FactorOverrides m_scratch;
    std::string m_idChars;
    std::vector<std::uint32_t> m_idEnds;
    std::unique_ptr<Index> m_index;
};

}  // namespace cnms::accounting
