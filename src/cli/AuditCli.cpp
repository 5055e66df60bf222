// SPDX-License-Identifier: MIT
#include "AuditCli.h"

#include <cctype>

#include "cnms/core/Errors.h"
#include "cnms/core/TextUtil.h"
#include "cnms/security/Session.h"

namespace cnms::cli {
namespace {

/** Splits at ASCII ':' or the full-width '：' that Chinese input methods type. */
std::vector<std::string> splitColons(const std::string& text) {
    std::string s = text;
    const std::string wide = "：";
    for (auto pos = s.find(wide); pos != std::string::npos; pos = s.find(wide)) s.replace(pos, wide.size(), ":");
    std::vector<std::string> parts;
    for (auto part : text::split(s, ':')) parts.emplace_back(text::trim(part));
    return parts;
}

}  // namespace

void addActorOption(CLI::App* cmd, std::string& actor) {
    cmd->add_option("--as", actor, "Act on behalf of NAME (default: the project's user)");
}

ServiceContext contextFor(ProjectStore& store, const std::string& actor) {
    // Signed in, the acting person is the user, whatever --as says: nobody records in someone else's name.
    if (auto session = security::sessionOf(store); session.isSignedIn())
        return ServiceContext(store, Clock::system(), session.displayName());
    return ServiceContext(store, Clock::system(), std::string(text::trim(actor)));
}

std::vector<RecordRef> parseRecordRefs(const std::vector<std::string>& texts, const std::string& field) {
    std::vector<RecordRef> refs;
    std::vector<FieldIssue> issues;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto ref = RecordRef::parse(texts[i]);
        if (ref)
            refs.push_back(*ref);
        else
            issues.push_back({field + "[" + std::to_string(i) + "]", "format",
                              "'" + texts[i] + "' is not TYPE:ID (e.g. activity_data:17, document:QP-07)"});
    }
    if (!issues.empty()) throw ValidationError(std::move(issues));
    return refs;
}

Auditor parseAuditor(const std::string& text) {
    auto parts = splitColons(text);
    Auditor a;
    if (!parts.empty()) a.name = parts[0];
    if (parts.size() > 1) a.department = parts[1];
    return a;
}

AuditedProcess parseProcess(const std::string& text) {
    auto parts = splitColons(text);
    AuditedProcess p;
    if (!parts.empty()) p.name = parts[0];
    if (parts.size() > 1) p.department = parts[1];
    if (parts.size() > 2) p.owner = parts[2];
    return p;
}

IndependenceAcknowledgement parseAcknowledgement(const std::string& text, std::size_t index) {
    auto eq = text.find('=');
    if (eq == std::string::npos)
        throw ValidationError(
            {{"acknowledge[" + std::to_string(index) + "]", "format", "'" + text + "' is not NAME=REASON"}});
    return {std::string(text::trim(std::string_view(text).substr(0, eq))),
            std::string(text::trim(std::string_view(text).substr(eq + 1)))};
}

std::int64_t parseActionId(const std::string& text) {
    std::string_view s = text::trim(text);
    if (s.size() > 2 && (s[0] == 'A' || s[0] == 'a') && s[1] == '-') s.remove_prefix(2);
    std::int64_t id = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || id > 100000000000LL)
            throw NotFoundError("no action '" + text + "' (give its id, e.g. 4 or A-0004)");
        id = id * 10 + (c - '0');
    }
    if (id <= 0) throw NotFoundError("no action '" + text + "' (give its id, e.g. 4 or A-0004)");
    return id;
}

const std::vector<std::string>& resultNames() {
    static const std::vector<std::string> names = {"conforming", "major", "minor", "observation", "ofi", "na"};
    return names;
}

}  // namespace cnms::cli
