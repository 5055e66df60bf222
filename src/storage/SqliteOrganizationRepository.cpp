// SPDX-License-Identifier: MIT
#include "SqliteOrganizationRepository.h"

#include "cnms/core/JsonCodec.h"

namespace cnms::storage {

Organization SqliteOrganizationRepository::get() const {
    auto st = m_db.prepare(
        "SELECT name, credit_code, industry_code, address, consolidation, standard_number FROM organization WHERE id = 1");
    Organization org;
    if (!st.step()) return org;
    org.name = st.getText(0);
    org.creditCode = st.getText(1);
    org.industryCode = st.getText(2);
    org.address = st.getText(3);
    org.consolidation = consolidationFromString(st.getTextView(4)).value_or(Consolidation::OperationalControl);
    org.standardNumber = st.getText(5);
    return org;
}

void SqliteOrganizationRepository::save(const Organization& org) {
    m_log.requireTransaction();
    bool existed = m_db.queryInt("SELECT count(*) FROM organization").value_or(0) > 0;
    std::string oldJson = existed ? nlohmann::json(get()).dump() : std::string();
    auto st = m_db.prepare(
        "INSERT INTO organization (id, name, credit_code, industry_code, address, consolidation, standard_number) "
        "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "credit_code = excluded.credit_code, industry_code = excluded.industry_code, address = excluded.address, "
        "consolidation = excluded.consolidation, standard_number = excluded.standard_number");
    st.bind(1, org.name).bind(2, org.creditCode).bind(3, org.industryCode).bind(4, org.address);
    st.bind(5, toString(org.consolidation)).bind(6, org.standardNumber).run();
    m_log.record(existed ? "update" : "insert", "organization", "1", oldJson, nlohmann::json(org).dump());
}

}  // namespace cnms::storage
