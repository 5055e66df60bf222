// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

/** Thin RAII wrappers over the sqlite3 C API: the only code of the project that calls it. */
namespace cnms::sqlite {

/** An SQLite call failed; `code()` is the extended result code. */
class Error : public std::runtime_error {
public:
    Error(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    int code() const noexcept { return m_code; }
    int primaryCode() const noexcept { return m_code & 0xff; }
    /** The file is damaged or not a database at all. */
    bool isCorruption() const noexcept;
    bool isBusy() const noexcept;
    bool isFull() const noexcept;
    bool isReadOnly() const noexcept;

private:
    int m_code;
};

class Statement;

class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** Runs one or more statements without results. */
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const;
    /** First column of the first row of a query, as integer / text (nullopt when no row). */
    std::optional<std::int64_t> queryInt(std::string_view sql) const;
    std::optional<std::string> queryText(std::string_view sql) const;

    /** How long a statement waits for another connection's lock before it fails busy (2 s unless set). */
    void setBusyTimeout(int milliseconds);
    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /** Copies the whole database into `targetPath` with the online backup API. */
    void backupTo(const std::string& targetPath);

    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

class Statement {
public:
    Statement(const Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    /** Advances to the next row; false when done. */
    bool step();
    /** Runs a statement that returns no rows. */
    void run();
    void reset();

    bool isNull(int col) const;
    std::int64_t getInt(int col) const;
    double getDouble(int col) const;
    std::string getText(int col) const;
    std::string_view getTextView(int col) const;  ///< valid until the next step

private:
    const Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/**
 * A transaction that rolls back on destruction unless committed; BEGIN IMMEDIATE so that a
 * second writer is told at once rather than at commit.
 */
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    bool committed() const { return m_done; }

private:
    Database& m_db;
    bool m_done = false;
};

}  // namespace cnms::sqlite
