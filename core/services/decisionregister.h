#pragma once

#include "domain/decisionentry.h"
#include "domain/result.h"
#include "storage/registerrepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cercles {

class Document;

/// Takes an open document, the day the register is looked at (local calendar date, for reviewDue) and a
/// filter; returns the register's entries the filter lets through (one per consent process of every
/// circle), ordered by date then by the order the processes were started. Read from the stored register
/// (kept by the services in the transaction of each event), never replayed; the search matches each word
/// as a prefix, ignoring case, accents and ligatures. Errors: storage errors; the file is never changed.
Result<QList<DecisionEntry>> loadRegister(Document& document, QDate today, const RegisterFilter& filter = {});

/// Takes an open document, a filter, the day, where to start (after an entry; default: the first) and a
/// page size, and how many entries the filter lets through if counted (-1: unknown; a hint for the
/// search, see RegisterRepository::read); returns that page of the register, as loadRegister orders it.
/// Views fetch page by page.
Result<QList<DecisionEntry>> loadRegisterPage(Document& document, const RegisterFilter& filter, QDate today,
                                              const RegisterRepository::Cursor& after, int limit,
                                              int matching = -1);
/// Takes an open document, a filter and the day; returns how many entries the filter lets through.
Result<int> countRegister(Document& document, const RegisterFilter& filter, QDate today);
/// Takes an open document, a process, the day and a filter; returns the process's register entry when the
/// filter lets it through (std::nullopt otherwise, or when the process no longer exists).
Result<std::optional<DecisionEntry>> registerEntry(Document& document, ConsentProcessId process, QDate today,
                                                   const RegisterFilter& filter = {});

/// Takes register entries and a filter; returns the entries the filter lets through, in their order.
/// Pure: no storage.
QList<DecisionEntry> filterRegister(const QList<DecisionEntry>& entries, const RegisterFilter& filter);

/// Takes an entry and search words; returns whether every word (ignoring case, accents and ligatures, see
/// foldForComparison) occurs in the entry's title, first proposal text or final text. Blank: true.
bool matchesSearch(const DecisionEntry& entry, const QString& search);

} // namespace cercles
