// NotesErrataPage: notesErrata() as HTML, the same list as docs/notes-errata.md.
#include "ui/concepts/notes_errata_page.hpp"
#include "ui/type_scale.hpp"

#include "engine/teaching/notes_errata.hpp"
#include "ui/i18n/engine_text.hpp"

#include <string>

namespace cnnlab {

namespace {

// An erratum's text in the application's language (its formulas as the notes write them), for HTML.
QString html(const std::string& text) { return engineText(text).toHtmlEscaped(); }

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
                    "<table cellspacing='4'><tr><td><b>%3</b></td><td>%4</td></tr>"
                    "<tr><td><b>%5</b></td><td>%6</td></tr>"
                    "<tr><td><b>cnnlab</b></td><td>%7</td></tr></table>")
                .arg(html(e.notes), html(e.where), tr("The notes write"), html(e.written), tr("Exact"), html(e.exact),
                     html(e.cnnlab));
  setHtml(text);
}

int NotesErrataPage::entryCount() const { return int(notesErrata().size()); }

}  // namespace cnnlab
