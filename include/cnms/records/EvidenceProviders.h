// SPDX-License-Identifier: MIT
#pragma once

#include "cnms/core/ProjectStore.h"
#include "cnms/records/Readiness.h"
#include "cnms/records/RegisterSchema.h"

namespace cnms::records {

/** Evidence of every schema-driven register: current, approved and overdue records. */
class RegisterEvidenceProvider : public RecordEvidenceProvider {
public:
    explicit RegisterEvidenceProvider(ProjectStore& store, const RegisterSchemas& schemas = RegisterSchemas::shipped())
        : m_store(store), m_schemas(schemas) {}
    std::vector<std::string> recordTypes() const override;
    Evidence evidence(const EvidenceQuery& query) const override;

private:
    ProjectStore& m_store;
    const RegisterSchemas& m_schemas;
};

/**
 * The organization profile counts once it identifies the organization: a name, a valid unified
 * social credit code and an industry code. A project created with a name only has not yet
 * recorded its profile.
 */
class OrganizationEvidenceProvider : public RecordEvidenceProvider {
public:
    explicit OrganizationEvidenceProvider(ProjectStore& store) : m_store(store) {}
    std::vector<std::string> recordTypes() const override { return {"organization"}; }
    Evidence evidence(const EvidenceQuery& query) const override;

private:
    ProjectStore& m_store;
};

/** Each site of the project counts. */
class SiteEvidenceProvider : public RecordEvidenceProvider {
public:
    explicit SiteEvidenceProvider(ProjectStore& store) : m_store(store) {}
    std::vector<std::string> recordTypes() const override { return {"site"}; }
    Evidence evidence(const EvidenceQuery& query) const override;

private:
    ProjectStore& m_store;
};

/**
 * The readiness service of a project with every capability's provider registered and the
 * shipped guidance's record filters set. This is the one registration point: a capability that
 * owns record types adds its provider here.
 */
ReadinessService projectReadiness(ProjectStore& store);

}  // namespace cnms::records
