// The landing page (a student without the join code) in the page's language. The form works without
// this script; with it, the words are translated and the page's ?lang= is sent on with the code.
import { loadStrings, pageLanguage, translateDocument } from "./i18n.js";

await loadStrings();
translateDocument(document);
const asked = pageLanguage();
if (asked) {
  const keep = document.createElement("input");
  keep.type = "hidden";
  keep.name = "lang";
  keep.value = asked;
  document.querySelector(".join-form").append(keep);
}
