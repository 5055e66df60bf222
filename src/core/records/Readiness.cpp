// SPDX-License-Identifier: MIT
#include "cnms/records/Readiness.h"

#include <algorithm>

namespace cnms::records {
namespace {

Gap gapOf(const Evidence& e) {
    if (e.present <= 0) return Gap::Missing;
    if (e.overdue > 0) return Gap::Overdue;
    if (e.approved <= 0) return Gap::Unapproved;
    return Gap::None;
}

double percentOf(int met, int partly, int total) { return total == 0 ? 0.0 : (met + 0.5 * partly) * 100.0 / total; }

ReadinessStatus statusOf(int met, int partly, int total) {
    if (total > 0 && met == total) return ReadinessStatus::Met;
    if (met == 0 && partly == 0) return ReadinessStatus::Missing;
    return ReadinessStatus::PartlyMet;
}

}  // namespace

std::string_view toString(ReadinessStatus s) {
    switch (s) {
    case ReadinessStatus::Met:
        return "met";
    case ReadinessStatus::PartlyMet:
        return "partly_met";
    case ReadinessStatus::Missing:
        return "missing";
    }
    return "missing";
}

std::string_view toString(Gap g) {
    switch (g) {
    case Gap::None:
        return "none";
    case Gap::Missing:
        return "missing";
    case Gap::Unapproved:
        return "unapproved";
    case Gap::Overdue:
        return "overdue";
    case Gap::NotTracked:
        return "not_tracked";
    }
    return "missing";
}

ReadinessService::ReadinessService(const ClauseCatalogue& catalogue) : m_catalogue(catalogue) {}

void ReadinessService::addProvider(std::shared_ptr<const RecordEvidenceProvider> provider) {
    m_providers.push_back(std::move(provider));
}

void ReadinessService::setFilter(std::string recordId, RecordFilter filter) {
    m_filters.emplace_back(std::move(recordId), std::move(filter));
}

const RecordEvidenceProvider* ReadinessService::providerFor(std::string_view type) const {
    // The newest registration wins, so a capability can take over a type from a generic provider.
    for (auto it = m_providers.rbegin(); it != m_providers.rend(); ++it)
        for (const auto& t : (*it)->recordTypes())
            if (t == type) return it->get();
    return nullptr;
}

std::vector<std::string> ReadinessService::trackedRecordTypes() const {
    std::vector<std::string> out;
    for (const auto& p : m_providers)
        for (const auto& t : p->recordTypes())
            if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    return out;
}

ReadinessReport ReadinessService::evaluate(std::string_view today) const {
    ReadinessReport report;
    report.today = std::string(today);
    for (const auto& clause : m_catalogue.clauses()) {
        // Grouping entries carry no records; their readiness is aggregated from their leaves below.
        if (clause.records.empty()) continue;
        ClauseReadiness cr;
        cr.clauseId = clause.id;
        cr.parent = clause.parent;
        cr.titleZh = clause.titleZh;
        cr.titleEn = clause.titleEn;
        cr.pdca = clause.pdca;
        int ok = 0, some = 0;
        for (const auto& record : clause.records) {
            RequirementReadiness rr;
            rr.record = record;
            for (const auto& [id, filter] : m_filters)
                if (id == record.id) rr.filter = filter;
            if (const auto* provider = providerFor(record.recordType)) {
                rr.evidence = provider->evidence({record.recordType, std::string(today), rr.filter});
                rr.gap = gapOf(rr.evidence);
            } else {
                rr.gap = Gap::NotTracked;
            }
            if (rr.gap == Gap::None) ++ok;
            if (rr.evidence.present > 0) ++some;
            if (rr.gap != Gap::None && cr.fixRecordType.empty()) cr.fixRecordType = record.recordType;
            cr.requirements.push_back(std::move(rr));
        }
        auto n = static_cast<int>(cr.requirements.size());
        cr.status = ok == n ? ReadinessStatus::Met : some > 0 ? ReadinessStatus::PartlyMet : ReadinessStatus::Missing;
        if (cr.status == ReadinessStatus::Met) ++report.met;
        else if (cr.status == ReadinessStatus::PartlyMet) ++report.partlyMet;
        else ++report.missing;
        report.clauses.push_back(std::move(cr));
    }
    report.percent = percentOf(report.met, report.partlyMet, static_cast<int>(report.clauses.size()));

    for (const auto& clause : m_catalogue.clauses()) {
        if (!clause.records.empty()) continue;
        GroupReadiness g;
        g.clauseId = clause.id;
        g.titleZh = clause.titleZh;
        g.titleEn = clause.titleEn;
        g.pdca = clause.pdca;
        for (const auto& leaf : report.clauses) {
            // A leaf belongs to the group when the group is among its ancestors.
            std::string ancestor = leaf.parent;
            bool inside = false;
            while (!ancestor.empty() && !inside) {
                if (ancestor == clause.id) inside = true;
                auto parent = m_catalogue.find(ancestor);
                ancestor = parent ? parent->parent : "";
            }
            if (!inside) continue;
            if (leaf.status == ReadinessStatus::Met) ++g.met;
            else if (leaf.status == ReadinessStatus::PartlyMet) ++g.partlyMet;
            else ++g.missing;
        }
        int total = g.met + g.partlyMet + g.missing;
        g.percent = percentOf(g.met, g.partlyMet, total);
        g.status = statusOf(g.met, g.partlyMet, total);
        report.groups.push_back(std::move(g));
    }
    return report;
}

const ClauseReadiness* ReadinessReport::clause(std::string_view id) const {
    for (const auto& c : clauses)
        if (c.clauseId == id) return &c;
    return nullptr;
}

const GroupReadiness* ReadinessReport::group(std::string_view id) const {
    for (const auto& g : groups)
        if (g.clauseId == id) return &g;
    return nullptr;
}

double ReadinessReport::phasePercent(Pdca phase) const {
    int met = 0, partly = 0, total = 0;
    for (const auto& c : clauses) {
        if (c.pdca != phase) continue;
        ++total;
        if (c.status == ReadinessStatus::Met) ++met;
        else if (c.status == ReadinessStatus::PartlyMet) ++partly;
    }
    return percentOf(met, partly, total);
}

}  // namespace cnms::records
