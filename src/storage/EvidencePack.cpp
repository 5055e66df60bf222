// SPDX-License-Identifier: MIT
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <unzip.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "ChangeLogWriter.h"
#include "HashChain.h"
#include "cnms/core/Version.h"
#include "cnms/storage/ProjectFile.h"
#include "cnms/storage/Trust.h"

namespace cnms::storage {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSnapshot = "project.cnms";
constexpr const char* kChangeLog = "change-log.jsonl";
constexpr const char* kManifest = "manifest.json";

/** Incremental SHA-256 for members too large to hold in memory. */
class Hasher {
public:
    Hasher() : m_ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free) { EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr); }
    void add(const char* data, std::size_t n) { EVP_DigestUpdate(m_ctx.get(), data, n); }
    std::string hex() {
        unsigned char d[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx.get(), d, &n);
        static const char* digits = "0123456789abcdef";
        std::string out;
        for (unsigned int i = 0; i < n; ++i) {
            out += digits[d[i] >> 4];
            out += digits[d[i] & 15];
        }
        return out;
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
};

/** A temporary directory removed with everything in it. */
class TempDir {
public:
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "cnms-evidence-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary directory in " + tmpl);
        m_path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

/** Writes the zip member by member, each member's SHA-256 computed as it is written. */
class PackWriter {
public:
    explicit PackWriter(const std::string& path) : m_path(path), m_zip(zipOpen64(path.c_str(), APPEND_STATUS_CREATE)) {
        if (!m_zip) throw std::runtime_error("cannot create " + path);
    }
    ~PackWriter() {
        if (m_zip) zipClose(m_zip, nullptr);
    }
    /** Adds the bytes of `file` as `name`; returns the SHA-256 of the bytes. */
    std::string addFile(const std::string& name, const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + file.string());
        open(name);
        Hasher h;
        std::vector<char> buf(1 << 16);
        while (in) {
            in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
            auto n = static_cast<std::size_t>(in.gcount());
            if (n == 0) break;
            h.add(buf.data(), n);
            write(buf.data(), n);
        }
        close();
        return h.hex();
    }
    std::string addBytes(const std::string& name, const std::string& bytes) {
        open(name);
        write(bytes.data(), bytes.size());
        close();
        Hasher h;
        h.add(bytes.data(), bytes.size());
        return h.hex();
    }
    void finish() {
        if (zipClose(m_zip, nullptr) != ZIP_OK) {
            m_zip = nullptr;
            throw std::runtime_error("cannot finish " + m_path);
        }
        m_zip = nullptr;
    }

private:
    void open(const std::string& name) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(m_zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_DEFAULT_COMPRESSION, 1) != ZIP_OK)
            throw std::runtime_error("cannot add " + name + " to " + m_path);
    }
    void write(const char* data, std::size_t n) {
        while (n > 0) {
            unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
            if (zipWriteInFileInZip(m_zip, data, chunk) != ZIP_OK) throw std::runtime_error("cannot write " + m_path);
            data += chunk;
            n -= chunk;
        }
    }
    void close() {
        if (zipCloseFileInZip(m_zip) != ZIP_OK) throw std::runtime_error("cannot write " + m_path);
    }
    std::string m_path;
    zipFile m_zip;
};

/** Member name for a referenced file: its id keeps names unique, the base name keeps them readable. */
std::string memberName(std::int64_t id, const std::string& path) {
    std::string base = fs::path(path).filename().string();
    for (char& c : base)
        if (c == '/' || c == '\\' || c == ':') c = '_';
    return "files/" + std::to_string(id) + "-" + base;
}

std::string fileSha256(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    Hasher h;
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        if (auto n = static_cast<std::size_t>(in.gcount())) h.add(buf.data(), n);
    }
    return h.hex();
}

std::string chainHead(const sqlite::Database& db) {
    return db.queryText("SELECT coalesce(content_sha256, '') FROM change_log ORDER BY id DESC LIMIT 1").value_or("");
}

}  // namespace

bool looksLikeZip(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char sig[4] = {};
    in.read(sig, 4);
    return in.gcount() == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 3 && sig[3] == 4;
}

VerificationReport verifyProjectFile(const std::string& path) {
    // The same checks and refusals as opening the project, without changing anything.
    openProject(path, OpenOptions{.readOnly = true, .checkIntegrity = false});
    sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    db.exec("BEGIN");  // one snapshot for the whole check
    auto report = chain::verify(db);
    db.exec("COMMIT");
    return report;
}

void releaseThreadCryptoState() {
    OPENSSL_thread_stop();
}

EvidencePackResult exportEvidence(const std::string& projectPath, int year, const std::string& outZip) {
    if (year < 2000 || year > 2100) throw std::invalid_argument("year " + std::to_string(year) + " is out of range");
    std::error_code ec;
    if (fs::exists(outZip, ec)) throw std::runtime_error(outZip + " already exists; choose another file name");
    auto store = openProject(projectPath, OpenOptions{.readOnly = true, .checkIntegrity = false});
    auto orgName = store->organization().get().name;
    store.reset();

    TempDir tmp;
    const fs::path snapshot = tmp / kSnapshot;
    {
        sqlite::Database source(projectPath, sqlite::Database::Mode::ReadOnly);
        source.backupTo(snapshot.string());
    }
    // One self-contained file in the pack: no write-ahead log beside it.
    sqlite::Database snap(snapshot.string(), sqlite::Database::Mode::ReadWrite);
    snap.exec("PRAGMA journal_mode = DELETE");

    EvidencePackResult result;
    result.path = outZip;
    const std::string partial = outZip + ".partial";
    fs::remove(partial, ec);
    nlohmann::json members = nlohmann::json::array();
    try {
        PackWriter zip(partial);
        auto add = [&](const std::string& name, const std::string& sha, std::int64_t size, nlohmann::json extra) {
            nlohmann::json m = {{"name", name}, {"sha256", sha}, {"size", size}};
            if (extra.is_object()) m.update(extra);
            members.push_back(m);
        };
        add(kSnapshot, zip.addFile(kSnapshot, snapshot), static_cast<std::int64_t>(fs::file_size(snapshot)), {});

        // The year's change log, one entry a line with exactly the fields its hash covers.
        std::string lines;
        {
            auto st = snap.prepare(
                "SELECT id, at, actor, action, entity, entity_id, old_value, new_value, rows_sha256, prev_sha256, "
                "content_sha256 FROM change_log WHERE substr(at, 1, 4) = ? ORDER BY id");
            st.bind(1, std::to_string(year));
            while (st.step()) {
                auto opt = [&](int c) { return st.isNull(c) ? nlohmann::json(nullptr) : nlohmann::json(st.getText(c)); };
                nlohmann::json j = {{"id", st.getInt(0)},          {"at", st.getText(1)},
                                    {"actor", st.getText(2)},       {"action", st.getText(3)},
                                    {"entity", st.getText(4)},      {"entity_id", st.getText(5)},
                                    {"old_value", opt(6)},          {"new_value", opt(7)},
                                    {"rows_sha256", st.getText(8)}, {"prev_sha256", st.getText(9)},
                                    {"content_sha256", st.getText(10)}};
                lines += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
                ++result.entries;
            }
        }
        add(kChangeLog, zip.addBytes(kChangeLog, lines), static_cast<std::int64_t>(lines.size()), {});

        // Referenced files recorded up to the end of the year, as they were when referenced.
        auto refs = snap.prepare("SELECT id, path, sha256 FROM file_ref WHERE recorded_at < ? ORDER BY id");
        refs.bind(1, std::to_string(year + 1));
        while (refs.step()) {
            const std::int64_t id = refs.getInt(0);
            const std::string path = refs.getText(1), recorded = refs.getText(2);
            if (!fs::is_regular_file(path, ec)) {
                result.skipped.push_back(path + ": not found");
                continue;
            }
            if (fileSha256(path) != recorded) {
                result.skipped.push_back(path + ": changed since it was referenced (SHA-256 differs)");
                continue;
            }
            const std::string name = memberName(id, path);
            add(name, zip.addFile(name, path), static_cast<std::int64_t>(fs::file_size(path)),
                {{"source_path", path}, {"file_ref", id}});
        }

        nlohmann::json manifest = {
            {"format", "cnms-evidence-pack"},
            {"format_version", 1},
            {"organization", orgName},
            {"year", year},
            {"created_at", utcNow()},
            {"generator", std::string("cnms ") + kVersion},
            {"schema_version", snap.queryInt("PRAGMA user_version").value_or(0)},
            {"change_log", {{"entries", snap.queryInt("SELECT count(*) FROM change_log").value_or(0)},
                            {"head_sha256", chainHead(snap)}}},
            {"members", members},
            {"not_included", result.skipped},
        };
        const std::string manifestText = manifest.dump(2) + "\n";
        result.manifestSha256 = zip.addBytes(kManifest, manifestText);
        result.members = static_cast<std::int64_t>(members.size()) + 1;
        zip.finish();
    } catch (...) {
        fs::remove(partial, ec);
        throw;
    }
    fs::rename(partial, outZip, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw std::runtime_error("cannot write " + outZip + ": " + ec.message());
    }
    return result;
}

VerificationReport verifyEvidencePack(const std::string& zipPath, const std::string& expectedManifestSha256) {
    using K = VerificationFinding::Kind;
    unzFile zip = unzOpen64(zipPath.c_str());
    if (!zip) throw std::runtime_error(zipPath + " is not a zip archive");
    std::unique_ptr<void, int (*)(unzFile)> guard(zip, &unzClose);

    TempDir tmp;
    std::map<std::string, std::string> actual;  // member name -> SHA-256
    std::string manifestText;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        char nameBuf[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, nameBuf, sizeof nameBuf, nullptr, 0, nullptr, 0) != UNZ_OK)
            throw std::runtime_error(zipPath + ": damaged zip directory");
        const std::string name = nameBuf;
        if (!name.empty() && name.back() == '/') continue;
        if (unzOpenCurrentFile(zip) != UNZ_OK) throw std::runtime_error(zipPath + ": cannot read member " + name);
        Hasher h;
        std::ofstream out;
        const bool keep = name == kSnapshot;
        if (keep) out.open(tmp / kSnapshot, std::ios::binary);
        std::vector<char> buf(1 << 16);
        int n;
        while ((n = unzReadCurrentFile(zip, buf.data(), static_cast<unsigned>(buf.size()))) > 0) {
            h.add(buf.data(), static_cast<std::size_t>(n));
            if (keep) out.write(buf.data(), n);
            if (name == kManifest) manifestText.append(buf.data(), static_cast<std::size_t>(n));
        }
        if (n < 0 || unzCloseCurrentFile(zip) != UNZ_OK)
            throw std::runtime_error(zipPath + ": member " + name + " is damaged (CRC or compression error)");
        actual[name] = h.hex();
    }
    if (!actual.count(kManifest)) throw std::runtime_error(zipPath + " has no manifest.json: not an evidence pack");
    nlohmann::json manifest;
    try {
        manifest = nlohmann::json::parse(manifestText);
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(zipPath + ": manifest.json is not valid JSON: " + e.what());
    }
    if (manifest.value("format", "") != "cnms-evidence-pack")
        throw std::runtime_error(zipPath + ": manifest.json is not a CNMS evidence pack manifest");

    VerificationReport report;
    if (!expectedManifestSha256.empty() && actual[kManifest] != expectedManifestSha256)
        report.findings.push_back({K::FileChanged, kManifest, "",
                                   "SHA-256 " + actual[kManifest] + ", the verifier was given " +
                                       expectedManifestSha256});
    std::set<std::string> listed = {kManifest};
    for (const auto& m : manifest.value("members", nlohmann::json::array())) {
        const std::string name = m.value("name", "");
        listed.insert(name);
        ++report.files;
        auto it = actual.find(name);
        if (it == actual.end())
            report.findings.push_back({K::FileMissing, name, "", "listed in the manifest, absent from the pack"});
        else if (it->second != m.value("sha256", ""))
            report.findings.push_back({K::FileChanged, name, "", "SHA-256 differs from the manifest"});
    }
    for (const auto& [name, sha] : actual)
        if (!listed.count(name)) report.findings.push_back({K::FileUnlisted, name, "", "not listed in the manifest"});

    if (actual.count(kSnapshot)) {
        sqlite::Database db((tmp / kSnapshot).string(), sqlite::Database::Mode::ReadOnly);
        auto chainReport = chain::verify(db);
        report.entries = chainReport.entries;
        report.rows = chainReport.rows;
        for (auto& f : chainReport.findings) report.findings.push_back(std::move(f));
        const std::string head =
            manifest.value("change_log", nlohmann::json::object()).value("head_sha256", std::string());
        if (chainHead(db) != head)
            report.findings.push_back({K::EntryChanged, "change_log", "",
                                       "the snapshot's last entry is not the chain head the manifest names"});
    }
    return report;
}

}  // namespace cnms::storage
