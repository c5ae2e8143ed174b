#pragma once
// A ledger read from text held in memory: the reader's entry point for the
// fuzzers and for tests that need no directory (ninja's ParseTest idea).
#include <map>
#include <string>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "read/ledger_reader.hpp"

namespace coop {

using FileTexts = std::map<std::string, std::string, std::less<>>;

// The files of `texts` by ledger path ('/'-separated, relative); any other
// path does not exist (ENOENT).
class MemorySource : public FileSource {
  public:
    explicit MemorySource(FileTexts texts) : texts_(std::move(texts)) {}
    int load(const std::string& rel, std::string& text) const override;

  private:
    FileTexts texts_;
};

// read_ledger_files over `texts`, on one thread.
Ledger read_ledger_texts(FileTexts texts, Diagnostics& diags);

} // namespace coop
