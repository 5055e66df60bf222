// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "cnms/accounting/InventoryStore.h"

namespace cnms::import {

/**
 * Runs a batch writer's second stage (ActivityWriter::write: bind and insert) on a second thread
 * while the importer reads, parses, validates and prepares (digests) on its own: a machine with
 * two cores imports in about the time of the larger of the two halves. Records are handed over in blocks, at most a few blocks ahead, in file order.
 *
 * The writer and the importer share one SQLite connection, which must never be used by both at
 * once: the importer calls drain() before any query of its own, and finish() before it touches
 * the writer again. An exception of the writer (a full disk, say) is rethrown to the importer by
 * the next push(), drain() or finish(). The destructor stops the thread, discarding what is not
 * yet written (the import's unit of work then rolls back).
 */
class WriterThread {
public:
    explicit WriterThread(accounting::ActivityWriter& writer);
    ~WriterThread();
    WriterThread(const WriterThread&) = delete;
    WriterThread& operator=(const WriterThread&) = delete;

    /** Queues one record for writing; takes its content. */
    void push(accounting::ActivityRecord&& record, std::int64_t siteId);
    /** Returns when every queued record is written; the connection is the caller's until the next push(). */
    void drain();
    /** As drain(), then ends the thread. */
    void finish();

private:
    struct Item {
        accounting::ActivityRecord record;
        std::int64_t siteId = 0;
    };
    static constexpr std::size_t kBlock = 2048;
    static constexpr std::size_t kBlocksAhead = 4;

    void run();
    void handOver();
    void rethrowLocked();
    void stop();

    accounting::ActivityWriter& m_writer;
    std::vector<Item> m_filling;
    std::deque<std::vector<Item>> m_queue;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_busy = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace cnms::import
