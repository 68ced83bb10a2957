// NotesErrataPage: notesErrata() as HTML, the same list as docs/notes-errata.md.
#include "ui/concepts/notes_errata_page.hpp"
#include "ui/type_scale.hpp"

#include "engine/teaching/notes_errata.hpp"

namespace cnnlab {

namespace {

QString html(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

}  // namespace

NotesErrataPage::NotesErrataPage(QWidget* parent) : QTextBrowser(parent) {
  setObjectName("notesErrata");
  setAccessibleName(tr("Errata in the notes"));
  type_scale::setTextPixels(this, 19);
  QString text = tr("<h2 style='color:#0d47a1'>Where the notes slip, and what cnnlab does instead</h2>"
                    "<p>Handwritten notes slip. Each entry: the place, what the notes write, what is exact, and what "
                    "cnnlab does. The same list is docs/notes-errata.md; a test checks every place cnnlab departs.</p>");
  for (const NotesErratum& e : notesErrata())
    text += QString("<h3 style='color:#e65100'>%1: %2</h3>"
                    "<table cellspacing='4'><tr><td><b>The notes write</b></td><td>%3</td></tr>"
                    "<tr><td><b>Exact</b></td><td>%4</td></tr>"
                    "<tr><td><b>cnnlab</b></td><td>%5</td></tr></table>")
                .arg(html(e.notes), html(e.where), html(e.written), html(e.exact), html(e.cnnlab));
  setHtml(text);
}

int NotesErrataPage::entryCount() const { return int(notesErrata().size()); }

}  // namespace cnnlab
