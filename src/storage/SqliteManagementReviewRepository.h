// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeLogWriter.h"
#include "cnms/review/ManagementReview.h"

namespace cnms::storage {

/**
 * Management reviews on the `management_review` table: the review as a JSON document plus the
 * columns the list sorts on. The schema's triggers refuse any change to a held review.
 */
class SqliteManagementReviewRepository : public review::ManagementReviewRepository {
public:
    SqliteManagementReviewRepository(sqlite::Database& db, ChangeLogWriter& log) : m_db(db), m_log(log) {}
    std::vector<review::ManagementReview> list() const override;
    std::optional<review::ManagementReview> find(review::ReviewId id) const override;
    review::ReviewId insert(const review::ManagementReview& review) override;
    void update(const review::ManagementReview& review) override;
    void remove(review::ReviewId id) override;

private:
    sqlite::Database& m_db;
    ChangeLogWriter& m_log;
};

}  // namespace cnms::storage
