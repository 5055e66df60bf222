// SPDX-License-Identifier: MIT
#include "ChecklistTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <iterator>

#include "AuditText.h"
#include "CatalogueText.h"
#include "ErrorText.h"
#include "ProjectSession.h"
#include "cnms/audit/AuditLookup.h"
#include "cnms/audit/ChecklistService.h"

namespace cnms::gui {
namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

QColor resultColour(FindingResult result) {
    switch (result) {
        case FindingResult::Conforming: return QColor(0xe3, 0xf4, 0xe1);
        case FindingResult::MajorNonconformity: return QColor(0xf8, 0xd0, 0xcc);
        case FindingResult::MinorNonconformity: return QColor(0xfc, 0xe4, 0xc4);
        case FindingResult::Observation: return QColor(0xfd, 0xf5, 0xc9);
        case FindingResult::Improvement: return QColor(0xdc, 0xea, 0xf8);
        case FindingResult::NotApplicable: return QColor(0xec, 0xec, 0xec);
        case FindingResult::Open: break;
    }
    return {};
}
}  // namespace

ChecklistTableModel::ChecklistTableModel(ProjectSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {}

void ChecklistTableModel::setAudit(std::optional<AuditId> audit) {
    if (auditId() != audit) m_drafts.clear();
    beginResetModel();
    m_audit.reset();
    m_items.clear();
    if (audit) {
        m_audit = requireAudit(m_session.store(), *audit);
        m_items = ChecklistService(ServiceContext(m_session.store())).items(*audit);
    }
    refreshFileStates();
    endResetModel();
}

void ChecklistTableModel::reload() { setAudit(auditId()); }

bool ChecklistTableModel::isReadOnly() const {
    return !m_audit || m_audit->isCompleted() || m_session.isReadOnly();
}

void ChecklistTableModel::refreshFileStates() {
    m_fileStates.clear();
    for (const auto& item : m_items)
        for (const auto& file : item.files) m_fileStates[item.ref].push_back(checkFile(file));
}

int ChecklistTableModel::rowOf(const std::string& ref) const {
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].ref == ref) return static_cast<int>(i);
    return -1;
}

bool ChecklistTableModel::hasDraft(int row) const { return m_drafts.count(item(row).ref) > 0; }

FindingResult ChecklistTableModel::shownResult(int row) const {
    auto it = m_drafts.find(item(row).ref);
    if (it != m_drafts.end() && it->second.result) return *it->second.result;
    return item(row).result;
}

QString ChecklistTableModel::shownEvidence(int row) const {
    auto it = m_drafts.find(item(row).ref);
    if (it != m_drafts.end() && it->second.evidence) return *it->second.evidence;
    return qs(item(row).evidence);
}

bool ChecklistTableModel::store(int row, FindingResult result, const QString& evidence, std::vector<RecordRef> records,
                                std::vector<std::string> files) {
    const ChecklistItem& current = item(row);
    ChecklistAnswer answer{result, evidence.toStdString(), std::move(records), std::move(files)};
    try {
        ChecklistItem stored = ChecklistService(ServiceContext(m_session.store())).answer(m_audit->id, current.ref, answer);
        const bool wasPlanned = m_audit->status == AuditStatus::Planned;
        m_items[static_cast<std::size_t>(row)] = stored;
        m_drafts.erase(stored.ref);
        m_fileStates[stored.ref].clear();
        for (const auto& file : stored.files) m_fileStates[stored.ref].push_back(checkFile(file));
        if (wasPlanned) m_audit->status = AuditStatus::InProgress;
    } catch (const RefusedError& e) {
        emit writeFailed(AuditText::refused(e));
        return false;
    } catch (...) {
        emit writeFailed(ErrorText::exception(std::current_exception()));
        return false;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit itemStored(row);
    return true;
}

namespace {
std::vector<std::string> paths(const ChecklistItem& item) {
    std::vector<std::string> out;
    for (const auto& f : item.files) out.push_back(f.path);
    return out;
}
}  // namespace

bool ChecklistTableModel::setResult(int row, FindingResult result) {
    if (isReadOnly() || row < 0 || row >= rowCount() || result == FindingResult::Open) return false;
    const QString evidence = shownEvidence(row).trimmed();
    if (evidence.isEmpty()) {
        m_drafts[item(row).ref].result = result;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return false;
    }
    return store(row, result, evidence, item(row).records, paths(item(row)));
}

bool ChecklistTableModel::setEvidence(int row, const QString& evidence) {
    if (isReadOnly() || row < 0 || row >= rowCount()) return false;
    const FindingResult result = shownResult(row);
    if (result == FindingResult::Open || evidence.trimmed().isEmpty()) {
        if (evidence.trimmed().isEmpty() && item(row).result != FindingResult::Open) {
            emit writeFailed(tr("The evidence of an answered item cannot be emptied."));
            return false;
        }
        m_drafts[item(row).ref].evidence = evidence;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return false;
    }
    return store(row, result, evidence.trimmed(), item(row).records, paths(item(row)));
}

bool ChecklistTableModel::addFile(int row, const QString& path) {
    if (isReadOnly() || item(row).result == FindingResult::Open) {
        emit writeFailed(tr("Answer the item before adding evidence files."));
        return false;
    }
    auto files = paths(item(row));
    files.push_back(path.toStdString());
    return store(row, item(row).result, qs(item(row).evidence), item(row).records, std::move(files));
}

bool ChecklistTableModel::addRecord(int row, const RecordRef& ref) {
    if (isReadOnly() || item(row).result == FindingResult::Open) {
        emit writeFailed(tr("Answer the item before linking records."));
        return false;
    }
    auto records = item(row).records;
    records.push_back(ref);
    return store(row, item(row).result, qs(item(row).evidence), std::move(records), paths(item(row)));
}

std::vector<FileState> ChecklistTableModel::fileStates(int row) const {
    auto it = m_fileStates.find(item(row).ref);
    return it == m_fileStates.end() ? std::vector<FileState>{} : it->second;
}

std::vector<ClauseProgress> ChecklistTableModel::progress() const {
    std::vector<ClauseProgress> out;
    for (const auto& i : m_items) {
        auto found = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.clauseId == i.clauseId; });
        if (found == out.end()) {
            out.push_back({i.clauseId, 0, 0});
            found = std::prev(out.end());
        }
        ++found->total;
        if (i.result != FindingResult::Open) ++found->answered;
    }
    return out;
}

int ChecklistTableModel::answeredCount() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [](const auto& i) { return i.result != FindingResult::Open; }));
}

int ChecklistTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChecklistTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChecklistTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int row = index.row();
    const ChecklistItem& i = item(row);
    const FindingResult result = shownResult(row);
    const bool draft = hasDraft(row);
    if (role == DraftRole) return draft;
    if (role == ResultRole) return static_cast<int>(result);
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case RefColumn: return qs(i.ref);
            case ClauseColumn: return qs(i.clauseId);
            case QuestionColumn: return qs(i.question(catalogue_text::chinese() ? "zh" : "en"));
            case ResultColumn:
                if (result == FindingResult::Open) return role == Qt::ToolTipRole ? tr("Press 1–6 to answer") : QVariant();
                if (role == Qt::ToolTipRole && draft) return tr("Not stored yet: write the evidence to store the answer");
                return QStringLiteral("%1 %2").arg(AuditText::resultKey(result)).arg(AuditText::result(result));
            case EvidenceColumn: return shownEvidence(row);
            case FilesColumn: {
                const auto states = fileStates(row);
                if (i.files.empty() && i.records.empty()) return {};
                int changed = 0;
                for (auto s : states) changed += s != FileState::Unchanged;
                QString text = tr("%n file(s)", nullptr, static_cast<int>(i.files.size()));
                if (!i.records.empty()) text += QStringLiteral(", ") + tr("%n record(s)", nullptr, static_cast<int>(i.records.size()));
                if (changed > 0) text += QStringLiteral(" — ") + tr("%n changed or missing", nullptr, changed);
                return text;
            }
            default: return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        if (index.column() == FilesColumn) {
            for (auto s : fileStates(row))
                if (s != FileState::Unchanged) return QBrush(QColor(0xf8, 0xd0, 0xcc));
            return {};
        }
        if (index.column() == ResultColumn && result != FindingResult::Open) return QBrush(resultColour(result));
    }
    if (role == Qt::FontRole && draft && (index.column() == ResultColumn || index.column() == EvidenceColumn)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant ChecklistTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case RefColumn: return tr("Item");
        case ClauseColumn: return tr("Clause");
        case QuestionColumn: return tr("Question");
        case ResultColumn: return tr("Result");
        case EvidenceColumn: return tr("Evidence");
        case FilesColumn: return tr("Files and records");
        default: return {};
    }
}

Qt::ItemFlags ChecklistTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EvidenceColumn && !isReadOnly()) f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.column() != EvidenceColumn) return false;
    if (value.toString() == shownEvidence(index.row())) return false;
    setEvidence(index.row(), value.toString());
    return true;
}

}  // namespace cnms::gui
