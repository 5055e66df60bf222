// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "cnms/import/WriterThread.h"

using namespace cnms;

namespace {

/** Notes what it is given; throws on the record id `failOn`. */
class FakeWriter : public accounting::ActivityWriter {
public:
    void write(const accounting::ActivityRecord& record, std::int64_t siteId) override {
        if (record.recordId == failOn) throw std::runtime_error("disk full at " + record.recordId);
        written.push_back(record.recordId + "@" + std::to_string(siteId));
    }
    void finish() override {}

    std::string failOn;
    std::vector<std::string> written;
};

accounting::ActivityRecord recordWithId(int i) {
    accounting::ActivityRecord r;
    r.recordId = "R" + std::to_string(i);
    r.note = std::string(40, 'x');  // longer than a short string: moved, not copied
    return r;
}

}  // namespace

TEST(WriterThreadTest, WritesEveryRecordInFileOrderAcrossBlocks) {
    FakeWriter writer;
    {
        import::WriterThread thread(writer);
        for (int i = 0; i < 10'000; ++i) {
            auto r = recordWithId(i);
            thread.push(std::move(r), i % 7);
            if (i == 5'000) {
                thread.drain();  // the caller may use the connection now: everything so far is written
                EXPECT_EQ(writer.written.size(), 5'001u);
            }
        }
        thread.finish();
    }
    ASSERT_EQ(writer.written.size(), 10'000u);
    for (int i = 0; i < 10'000; ++i) ASSERT_EQ(writer.written[i], "R" + std::to_string(i) + "@" + std::to_string(i % 7));
}

TEST(WriterThreadTest, AWriterErrorReachesTheImporterAndStopsWriting) {
    FakeWriter writer;
    writer.failOn = "R3000";
    import::WriterThread thread(writer);
    bool thrown = false;
    try {
        for (int i = 0; i < 20'000; ++i) thread.push(recordWithId(i), 1);
        thread.finish();
    } catch (const std::runtime_error& e) {
        thrown = true;
        EXPECT_STREQ(e.what(), "disk full at R3000");
    }
    EXPECT_TRUE(thrown);
    EXPECT_EQ(writer.written.size(), 3'000u);  // nothing after the failed record
    EXPECT_THROW(thread.drain(), std::runtime_error);  // and it stays failed
}

TEST(WriterThreadTest, DestroyedUnfinishedItStopsWithoutWritingTheRest) {
    FakeWriter writer;
    {
        import::WriterThread thread(writer);
        for (int i = 0; i < 100; ++i) thread.push(recordWithId(i), 1);  // less than a block: not handed over
    }
    EXPECT_TRUE(writer.written.empty());
}
