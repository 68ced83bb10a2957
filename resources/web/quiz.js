// The class quiz: the teacher's question, one number (and an optional nickname) sent back over the
// live WebSocket, the server's one-line reply, and the answer once the teacher reveals it. Every
// text from the server is set with textContent, never as markup.
import { sendLive, announce } from "./live.js";
import { Message } from "./protocol.js";
import { t } from "./i18n.js";
import { css, diverging, inkOn } from "./chart.js";

// This browser's student: a random token kept in local storage, so a reload, a reconnect or a second
// tab is the same student and a quiz answer counts once. It identifies nobody outside this class.
export function studentToken() {
  if (studentToken.cached) return studentToken.cached;
  let token = "";
  try { token = localStorage.getItem("cnnlab-student") || ""; } catch (e) { /* storage off: this page keeps one */ }
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_");
    try { localStorage.setItem("cnnlab-student", token); } catch (e) { /* as above */ }
  }
  return (studentToken.cached = token);
}

const $ = (id) => document.getElementById(id);
let question = null;
let sent = false;  // this page's answer to the current question was accepted

// A given matrix, each number on its value's colour (the signed scale, ± the largest |value|), as the
// board and Step through draw matrices.
export function grid(rows, name) {
  const limit = Math.max(0, ...rows.flat().map((v) => Math.abs(Number(v)) || 0));
  const table = document.createElement("table");
  table.className = "quiz-grid";
  const caption = document.createElement("caption");
  caption.textContent = name;
  table.append(caption);
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const v of row) {
      const td = document.createElement("td");
      td.textContent = String(v).replace("-", "−");
      if (Number.isFinite(Number(v))) {
        const fill = diverging(Number(v), limit);
        td.style.background = css(fill);
        td.style.color = inkOn(fill);
      }
      tr.append(td);
    }
    table.append(tr);
  }
  return table;
}

function show(q) {
  const card = $("quiz");
  if (!q || q.id === undefined) { card.hidden = true; return; }
  const fresh = !question || question.id !== q.id;
  const revealed = q.answer !== undefined && (fresh || question.answer === undefined);
  question = q;
  card.hidden = false;
  $("quiz-title").textContent = q.title;
  $("quiz-statement").textContent = t("%1: what is %2[%3][%4]?", q.statement, q.resultName, q.row, q.col);
  // Every given the exercise has (level 7: α¹, δ² and the learning rate), as exercise new lists them.
  const grids = $("quiz-grids");
  grids.replaceChildren(...(q.givens || []).map((g) => grid(g.matrix, g.name)));
  if (fresh) { sent = false; $("quiz-submit").textContent = t("Send"); }
  $("quiz-submit").disabled = !q.open || sent;
  $("quiz-state").textContent = q.answer !== undefined ? t("revealed") : q.open ? t("open") : t("closed");
  if (fresh) { $("quiz-answer").value = ""; $("quiz-reply").textContent = ""; }
  const reveal = $("quiz-reveal");
  reveal.hidden = q.answer === undefined;
  reveal.textContent = q.answer !== undefined ? (q.formula || `${q.resultName}[${q.row}][${q.col}] = ${q.answer}`) : "";
  reveal.classList.toggle("revealed", q.answer !== undefined);
  // Said by screen readers on every tab (#announcer): a new question, then its answer.
  if (fresh && q.answer === undefined) announce(t("New quiz: %1", $("quiz-statement").textContent));
  if (revealed) announce(t("The quiz's answer: %1", reveal.textContent));
}

export function startQuiz() {
  window.addEventListener("cnnlab-quiz", (event) => {
    const m = event.detail;
    if (m.type === Message.quiz) show(m.question);
    if (m.type === Message.quizReply) {
      $("quiz-reply").textContent = m.message;
      $("quiz-reply").className = m.ok ? "ok" : "error";
      if (m.ok) {  // the Send button says so too, and is done for this question
        sent = true;
        if (document.activeElement === $("quiz-submit")) $("quiz-answer").focus();  // not lost with the button
        $("quiz-submit").textContent = t("Sent ✓");
        $("quiz-submit").disabled = true;
      }
    }
  });
  $("quiz-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (!question) return;
    sendLive({ type: Message.answer, question: question.id, answer: $("quiz-answer").value.slice(0, 32),
               nickname: $("quiz-nickname").value.slice(0, 32), student: studentToken() });
  });
}
