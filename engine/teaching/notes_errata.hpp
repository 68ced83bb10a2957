// The lecture notes' slips, said plainly: where, what the notes write, what is exact and what cnnlab
// does. One list for the Concepts page and docs/notes-errata.md (which tests keep identical to
// notesErrataMarkdown()); tests/engine/teaching/test_notes_errata.cpp checks each departure.
#pragma once

#include <string>
#include <vector>

namespace cnnlab {

struct NotesErratum {
  std::string id;       // "bce-symbols": the test that checks it is named after it
  std::string notes;    // "CNN notes" (000_…) or "MLP notes" (002_…)
  std::string where;    // "§4 Binary Cross Entropy, the formula for E"
  std::string written;  // what the notes write
  std::string exact;    // what is exact
  std::string cnnlab;   // what cnnlab does
};

const std::vector<NotesErratum>& notesErrata();

// docs/notes-errata.md: a heading, a sentence, then one section per erratum.
std::string notesErrataMarkdown();

}  // namespace cnnlab
