// SPDX-License-Identifier: MIT
#include "SqliteManagementReviewRepository.h"

#include "cnms/core/Errors.h"
#include "cnms/review/ReviewJson.h"

namespace cnms::storage {
namespace {

constexpr const char* kEntity = "management_review";

review::ManagementReview read(sqlite::Statement& st) {
    auto review = nlohmann::json::parse(st.getTextView(1)).get<review::ManagementReview>();
    review.id = st.getInt(0);
    return review;
}

std::string document(const review::ManagementReview& review) { return nlohmann::json(review).dump(); }

}  // namespace

std::vector<review::ManagementReview> SqliteManagementReviewRepository::list() const {
    auto st = m_db.prepare("SELECT id, data FROM management_review ORDER BY meeting_date, id");
    std::vector<review::ManagementReview> out;
    while (st.step()) out.push_back(read(st));
    return out;
}

std::optional<review::ManagementReview> SqliteManagementReviewRepository::find(review::ReviewId id) const {
    auto st = m_db.prepare("SELECT id, data FROM management_review WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return read(st);
}

review::ReviewId SqliteManagementReviewRepository::insert(const review::ManagementReview& review) {
    m_log.requireTransaction();
    review::ReviewId id = review.id;
    if (id == 0) id = m_db.queryInt("SELECT COALESCE(MAX(id), 0) + 1 FROM management_review").value_or(1);
    review::ManagementReview stored = review;
    stored.id = id;  // the document carries its id and code, so it is written once, complete
    auto json = document(stored);
    m_db.prepare("INSERT INTO management_review (id, title, meeting_date, status, data) VALUES (?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, stored.title)
        .bind(3, stored.meetingDate)
        .bind(4, toString(stored.status))
        .bind(5, json)
        .run();
    m_log.record("insert", kEntity, std::to_string(id), {}, json);
    return id;
}

void SqliteManagementReviewRepository::update(const review::ManagementReview& review) {
    m_log.requireTransaction();
    auto old = find(review.id);
    if (!old) throw NotFoundError("no management review with id " + std::to_string(review.id));
    auto json = document(review);
    m_db.prepare("UPDATE management_review SET title = ?, meeting_date = ?, status = ?, data = ? WHERE id = ?")
        .bind(1, review.title)
        .bind(2, review.meetingDate)
        .bind(3, toString(review.status))
        .bind(4, json)
        .bind(5, review.id)
        .run();
    m_log.record("update", kEntity, std::to_string(review.id), document(*old), json);
}

void SqliteManagementReviewRepository::remove(review::ReviewId id) {
    m_log.requireTransaction();
    auto old = find(id);
    if (!old) throw NotFoundError("no management review with id " + std::to_string(id));
    m_db.prepare("DELETE FROM management_review WHERE id = ?").bind(1, id).run();
    m_log.record("delete", kEntity, std::to_string(id), document(*old), {});
}

}  // namespace cnms::storage
