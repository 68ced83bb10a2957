// The Concepts page listing the lecture notes' slips (engine/teaching/notes_errata.hpp): where, what
// the notes write, what is exact and what cnnlab does, one block per slip, large enough for a projector.
#pragma once

#include <QTextBrowser>

namespace cnnlab {

class NotesErrataPage : public QTextBrowser {
  Q_OBJECT

 public:
  explicit NotesErrataPage(QWidget* parent = nullptr);
  int entryCount() const;  // the blocks shown, one per notesErrata() entry
};

}  // namespace cnnlab
