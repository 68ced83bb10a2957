// The page's language: its words come from the desktop app's Qt Linguist catalogue
// (resources/i18n/cnnlab_de.ts, context "page"), which the server answers as /strings.json in the
// language the address asks for (?lang=de) or else the browser's (Accept-Language). Every text the
// page shows is English in the sources and goes through t(text, ...values), the text a literal; the
// static HTML is translated once by translateDocument(). The English strings are listed, each once, in
// ui/classroom/page_strings.cpp; tests/ui/classroom/test_page_strings.cpp fails on a text missing there.
// Formulas, symbols and numbers are never translated (the notes' notation: 1.5, never 1,5).

let strings = {};
let language = "en";

// The ?lang= of the page's own address ("" when it has none).
export const pageLanguage = () => new URLSearchParams(location.search).get("lang") || "";

// Fetches the page's strings once; English (the source text) when the server speaks no other
// language the page asks for, or cannot be reached.
export async function loadStrings() {
  const asked = pageLanguage();
  try {
    const response = await fetch("strings.json" + (asked ? "?lang=" + encodeURIComponent(asked) : ""),
                                 { credentials: "same-origin" });
    if (response.ok) {
      const reply = await response.json();
      strings = reply.strings && typeof reply.strings === "object" ? reply.strings : {};
      language = typeof reply.lang === "string" ? reply.lang : "en";
    }
  } catch (error) { /* the English the sources have */ }
  return language;
}

// The language the page speaks ("en" until loadStrings() found another).
export const currentLanguage = () => language;

// An API address asking for the engine's words (titles, descriptions, hints) in the page's language,
// the one its strings came in: ?lang= when the page had it, else the browser's.
export const withLanguage = (path) => path + (path.includes("?") ? "&" : "?") + "lang=" + encodeURIComponent(language);

// `text` in the page's language, its %1, %2, … replaced by `values` in one pass (a value that
// itself contains "%2" stays as it is).
export function t(text, ...values) {
  const translated = Object.prototype.hasOwnProperty.call(strings, text) && strings[text] ? strings[text] : text;
  return translated.replace(/%(\d+)/g, (whole, n) => (n >= 1 && n <= values.length ? String(values[n - 1]) : whole));
}

const collapse = (text) => text.replace(/\s+/g, " ").trim();
const translated = (key) => (key && Object.prototype.hasOwnProperty.call(strings, key) && strings[key]) || null;
const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt"];

// An element marked data-i18n holds one sentence with elements inside it (a sample code in its own
// type): its key is the sentence with the elements as %1, %2, … in order, and the translation puts
// them back wherever it has their numbers.
function translateSentence(element) {
  const parts = [...element.childNodes];
  const inner = parts.filter((node) => node.nodeType === Node.ELEMENT_NODE);
  const key = collapse(parts.map((node) => (node.nodeType === Node.ELEMENT_NODE ? "%" + (inner.indexOf(node) + 1)
                                            : node.nodeType === Node.TEXT_NODE ? node.textContent : "")).join(""));
  const sentence = translated(key);
  if (!sentence) return;
  const rebuilt = sentence.split(/(%\d+)/).filter(Boolean).map((piece) => {
    const at = /^%(\d+)$/.exec(piece);
    const node = at && inner[Number(at[1]) - 1];
    return node || document.createTextNode(piece);
  });
  element.replaceChildren(...rebuilt);
}

// The static HTML's texts (text nodes, and the attributes a screen reader or a tooltip reads) in
// the page's language, and <html lang>. Texts not in the catalogue (numbers, symbols) stay.
export function translateDocument(root = document) {
  const top = root.documentElement || root;
  if (root.documentElement) root.documentElement.lang = language;
  for (const element of top.querySelectorAll("[data-i18n]")) translateSentence(element);
  const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.parentElement && !node.parentElement.closest("script, style, [data-i18n]")
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = translated(collapse(node.textContent));
    if (!words) continue;
    const [, before, , after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.textContent);
    node.textContent = before + words + after;
  }
  for (const element of [top, ...top.querySelectorAll("*")])
    for (const name of ATTRIBUTES) {
      const words = element.hasAttribute(name) ? translated(collapse(element.getAttribute(name))) : null;
      if (words) element.setAttribute(name, words);
    }
}
