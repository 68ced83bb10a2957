// The classroom page's entry: the page's language, the join code, the tabs, then the live view and the stepper.
import { loadStrings, translateDocument } from "./i18n.js";
import { startLive } from "./live.js";
import { startStepper } from "./stepper.js";
import { startQuiz } from "./quiz.js";
import { startDraw } from "./draw.js";
import { startPractice } from "./practice.js";
import { right, wrong, train, test } from "./palette.js";

// The page's words in its language (?lang=, else the browser's) before anything is drawn.
await loadStrings();
translateDocument(document);

// Right and wrong in the app's colours (ui/palette.hpp, served as palette.js): style.css reads them.
document.documentElement.style.setProperty("--right", right);
document.documentElement.style.setProperty("--wrong", wrong);
document.documentElement.style.setProperty("--train", train);  // the curves' series, as on the desktop
document.documentElement.style.setProperty("--test", test);

// The code came in the address; the server also set a cookie, so a reload without it still works.
const code = new URLSearchParams(location.search).get("code") || "";
export const withCode = (path) => code ? path + (path.includes("?") ? "&" : "?") + "code=" + encodeURIComponent(code) : path;

const tabs = { live: document.getElementById("tab-live"), step: document.getElementById("tab-step"),
               practice: document.getElementById("tab-practice"), draw: document.getElementById("tab-draw") };
// The projector's join view (/#join): the QR code of the join address, large, with the address and the code.
function showJoin() {
  document.getElementById("join-qr").src = withCode("join.svg");
  fetch(withCode("api/join")).then((r) => r.json()).then((join) => {
    const url = new URL(join.url);
    document.getElementById("join-url").textContent = url.origin;
    document.getElementById("join-code").textContent = join.code;
  }).catch(() => {});
}
function show(name) {
  for (const [key, tab] of Object.entries(tabs)) {
    tab.setAttribute("aria-selected", String(key === name));
    // Only the selected tab is in the Tab order (the join view selects none: the first one is).
    tab.tabIndex = key === name || (name === "join" && key === "live") ? 0 : -1;
    document.getElementById(key).hidden = key !== name;
  }
  document.getElementById("join").hidden = name !== "join";
  if (name === "join") showJoin();
  if (location.hash !== "#" + name) history.replaceState(null, "", location.pathname + location.search + "#" + name);
  window.dispatchEvent(new Event("resize"));  // charts measure themselves when shown
}
tabs.live.addEventListener("click", () => show("live"));
tabs.step.addEventListener("click", () => show("step"));
tabs.practice.addEventListener("click", () => show("practice"));
tabs.draw.addEventListener("click", () => show("draw"));
// The keyboard: ←/→ move to the previous/next tab (round), Home/End to the first/last, and open it.
const order = Object.keys(tabs);
document.querySelector("[role=tablist]").addEventListener("keydown", (event) => {
  const at = order.findIndex((key) => tabs[key] === event.target);
  if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: order.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const key = order[(next + order.length) % order.length];
  show(key);
  tabs[key].focus();
});
const fromHash = () => show({ "#step": "step", "#practice": "practice", "#draw": "draw", "#join": "join" }[location.hash] || "live");
window.addEventListener("hashchange", fromHash);
fromHash();

startLive(withCode);
startStepper(withCode);
startQuiz();
startDraw(withCode);
startPractice(withCode);
