// SPDX-License-Identifier: MIT
#include "cnms/import/WriterThread.h"

namespace cnms::import {

WriterThread::WriterThread(accounting::ActivityWriter& writer) : m_writer(writer) {
    m_filling.reserve(kBlock);
    m_thread = std::thread([this] { run(); });
}

WriterThread::~WriterThread() { stop(); }

void WriterThread::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void WriterThread::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        std::vector<Item> block = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_changed.notify_all();  // room for the importer's next block
        std::exception_ptr error;
        try {
            for (const auto& item : block) m_writer.write(item.record, item.siteId);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        m_busy = false;
        if (error) {
            m_error = error;
            m_queue.clear();  // nothing more is written: the import fails
        }
        m_changed.notify_all();
    }
}

void WriterThread::rethrowLocked() {
    if (m_error) std::rethrow_exception(m_error);
}

void WriterThread::handOver() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_queue.size() < kBlocksAhead; });
    rethrowLocked();
    if (!m_filling.empty()) m_queue.push_back(std::move(m_filling));
    lock.unlock();
    m_changed.notify_all();
    m_filling = {};
    m_filling.reserve(kBlock);
}

void WriterThread::push(accounting::ActivityRecord&& record, std::int64_t siteId) {
    m_filling.push_back({std::move(record), siteId});
    if (m_filling.size() >= kBlock) handOver();
}

void WriterThread::drain() {
    if (!m_filling.empty()) handOver();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || (m_queue.empty() && !m_busy); });
    rethrowLocked();
}

void WriterThread::finish() {
    drain();
    stop();
}

}  // namespace cnms::import
