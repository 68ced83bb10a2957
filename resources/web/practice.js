// Your turn on phones: a generated exercise at the student's own pace, an answer box, and the
// engine's diagnosis and stepped hints, as the desktop's Your turn gives them. The server rebuilds
// the exercise from its level and seed and keeps the answer until it is given right; the page only
// draws what it is sent (with textContent, never as markup).
import { grid, studentToken } from "./quiz.js";
import { t, withLanguage } from "./i18n.js";

const $ = (id) => document.getElementById(id);
let exercise = null, hints = [], shown = 0;

export function startPractice(withCode) {
  const fresh = async () => {
    const seed = crypto.getRandomValues(new Uint32Array(1))[0];
    const level = $("practice-level").value;
    try {
      const response = await fetch(withCode(withLanguage(`api/practice?level=${level}&seed=${seed}`)));
      const reply = await response.json();
      if (!response.ok) throw new Error(reply.error || response.statusText);
      show(reply);
    } catch (error) {
      $("practice-reply").textContent = String(error.message || error);
    }
  };
  $("practice-new").addEventListener("click", fresh);
  $("practice-level").addEventListener("change", fresh);
  $("practice-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!exercise) return;
    const { part, row, col } = exercise.ask;
    const answer = encodeURIComponent($("practice-answer").value.slice(0, 32));
    const query = `api/practice/check?level=${exercise.level}&seed=${exercise.seed}&part=${part}&row=${row}&col=${col}&answer=${answer}`;
    try {
      const response = await fetch(withCode(withLanguage(query)), { headers: { "X-Student": studentToken() } });
      const reply = await response.json();
      if (!response.ok) throw new Error(reply.error || response.statusText);
      $("practice-reply").className = reply.correct ? "ok" : "error";
      $("practice-reply").textContent = reply.correct ? t("✓ Right: %1", String(reply.expected).replace("-", "−")) : `✗ ${reply.sentence}`;
      hints = reply.hints || [];
      $("practice-hint").hidden = reply.correct || shown >= hints.length;
    } catch (error) {
      $("practice-reply").className = "error";
      $("practice-reply").textContent = String(error.message || error);
    }
  });
  $("practice-hint").addEventListener("click", () => {
    if (shown >= hints.length) return;
    const item = document.createElement("li");
    item.textContent = hints[shown++];
    $("practice-hints").append(item);
    $("practice-hint").textContent = t("Hint %1 of %2", Math.min(shown + 1, hints.length), hints.length);
    const last = shown >= hints.length;
    // The last hint hides the button: the keyboard's focus goes to the hints rather than nowhere.
    if (last && document.activeElement === $("practice-hint")) $("practice-hints").focus();
    $("practice-hint").hidden = last;
  });
  fresh();
}

function show(ex) {
  exercise = ex;
  hints = [];
  shown = 0;
  const part = ex.parts[ex.ask.part];
  $("practice-title").textContent = ex.title;
  $("practice-question").textContent = t("%1: what is %2[%3][%4]?", part.title, part.resultName, ex.ask.row, ex.ask.col);
  $("practice-grids").replaceChildren(...ex.givens.map((g) => grid(g.matrix, g.name)));
  $("practice-answer").value = "";
  $("practice-reply").textContent = "";
  $("practice-hints").replaceChildren();
  $("practice-hint").hidden = true;
  $("practice-hint").textContent = t("Hint");
}
