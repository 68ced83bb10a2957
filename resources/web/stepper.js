// "Step through": the notes' worked examples, cell by cell. The server (the engine) computes every
// grid, product and formula; this file only lays them out and moves a step counter.
import { css, diverging, inkOn, scrollableByKeyboard } from "./chart.js";
import { t, withLanguage } from "./i18n.js";

const $ = (id) => document.getElementById(id);
let withCode, example = null, step = 0, timer = null;

async function getJson(path) {
  const response = await fetch(withCode(withLanguage(path)), { credentials: "same-origin" });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// Global step s (1-based) → [stage, cell]; step 0 is "nothing computed yet".
function locate(s) {
  let left = s;
  for (let i = 0; i < example.stages.length; ++i) {
    const n = example.stages[i].cells.length;
    if (left <= n) return [i, left - 1];
    left -= n;
  }
  return [example.stages.length - 1, example.stages.at(-1).cells.length - 1];
}

// Each computed cell is coloured by its value on the signed scale, ± the grid's largest |value|, with
// the value written on it in the ink that reads best (as on the desktop's board); the window, the
// terms and the current cell are frames, so a colour always means a value.
function matrixTable(grid, { padRows = 0, padCols = 0, classify = () => [], content = null } = {}) {
  const table = document.createElement("table");
  table.className = "matrix";
  const limit = Math.max(0, ...grid.values.flat().map(Math.abs));
  for (let r = -padRows; r < grid.rows + padRows; ++r) {
    const tr = table.insertRow();
    for (let c = -padCols; c < grid.cols + padCols; ++c) {
      const td = tr.insertCell();
      const inside = r >= 0 && c >= 0 && r < grid.rows && c < grid.cols;
      const text = inside ? grid.text[r][c] : "0";
      const classes = classify(r, c);
      if (classes.includes("empty")) {  // not computed yet: the value keeps the column's width, unseen and unread
        const hidden = document.createElement("span");
        hidden.className = "placeholder";
        hidden.textContent = text;
        td.append(hidden);
      } else {
        td.textContent = text;
        if (inside) {
          const fill = diverging(grid.values[r][c], limit);
          td.style.background = css(fill);
          td.style.color = inkOn(fill);
        }
      }
      if (!inside) td.classList.add("pad");
      td.classList.add(...classes);
      if (content) content(td, r, c);
    }
  }
  return table;
}

function box(title, table) {
  const div = document.createElement("div");
  div.className = "grid-box";
  const h = document.createElement("h3");
  h.textContent = title;
  div.append(h, table);
  return div;
}

// "★ K" or "= Y" kept together, so a narrow screen wraps before the operator, never after it. The
// symbol's meaning (the desktop board's tooltip, one vocabulary) is its title and its spoken name.
function withOperator(symbol, grid, meaning) {
  const pair = document.createElement("div");
  pair.className = "with-operator";
  const op = document.createElement("span");
  op.className = "operator";
  op.textContent = symbol;
  if (meaning) {
    op.title = meaning;
    op.setAttribute("aria-label", meaning);
    op.setAttribute("role", "img");
  }
  pair.append(op, grid);
  return pair;
}

function draw() {
  const total = example.steps;
  $("step-count").textContent = t("step %1 of %2", step, total);
  // A button that the step disables hands the keyboard's focus to the other one, not to nowhere.
  const focused = document.activeElement;
  $("back").disabled = step === 0;
  $("forward").disabled = step >= total;
  if (focused === $("forward") && $("forward").disabled && !$("back").disabled) $("back").focus();
  if (focused === $("back") && $("back").disabled && !$("forward").disabled) $("forward").focus();
  const [si, ci] = locate(Math.max(step, 1));
  const stage = example.stages[si];
  const cell = step > 0 ? stage.cells[ci] : null;
  $("formula").textContent = cell ? cell.formula : t("Press Step to compute the first cell.");
  $("symbolic").textContent = cell ? cell.symbolic : "";
  $("stage-title").textContent = example.stages.length > 1 ? t("Stage %1 of %2: %3", si + 1, example.stages.length, stage.title) : stage.title;

  const terms = new Map((cell ? cell.terms : []).map((term) => [term.row + "," + term.col, term.text]));
  const [wr, wc, wh, ww] = cell ? cell.window : [0, 0, 0, 0];
  const inWindow = (r, c) => r >= wr && r < wr + wh && c >= wc && c < wc + ww;
  const left = matrixTable(stage.left, {
    padRows: stage.padding[0], padCols: stage.padding[1],
    classify: (r, c) => [inWindow(r, c) ? "window" : "", terms.has(r + "," + c) ? "term" : "",
                         cell && cell.highlight[0] === r && cell.highlight[1] === c ? "current" : ""].filter(Boolean),
    content: (td, r, c) => {
      const text = terms.get(r + "," + c);
      if (text) td.insertAdjacentHTML("beforeend", `<span class="product"></span>`), (td.lastChild.textContent = text);
    },
  });
  const parts = [box(stage.leftName, left)];
  const kernel = stage.appliedKernel || stage.kernel;
  if (kernel) {
    const [kr, kc] = cell ? cell.kernelHighlight : [-1, -1];
    parts.push(withOperator(stage.operatorShown || stage.operator || "★", box(stage.kernelRotated ? t("%1 rotated 180°", stage.kernelName) : stage.kernelName,
                       matrixTable(kernel, { classify: (r, c) => (r === kr && c === kc ? ["current"] : []) })), stage.operatorMeaning));
  }
  const written = new Set(), now = new Set();
  stage.cells.slice(0, step > 0 ? ci + 1 : 0).forEach((k, i) =>
    (k.writes.length ? k.writes : [[k.row, k.col]]).forEach(([r, c]) => { written.add(r + "," + c); if (i === ci) now.add(r + "," + c); }));
  // Two operands end with "="; one operand's function is written before the arrow to its result
  // ("max ⟶ Y"), a copy with its "=", as on the desktop board.
  const ending = kernel && !stage.operatorUnary ? ["=", ""]
    : stage.operatorUnary ? [(stage.operatorShown ? stage.operatorShown + " " : "") + "⟶", stage.operatorMeaning]
    : [stage.operatorShown || "=", stage.operatorMeaning];
  parts.push(withOperator(ending[0], box(stage.resultName, matrixTable(stage.result, {
    classify: (r, c) => written.has(r + "," + c) ? ["written", ...(now.has(r + "," + c) ? ["current"] : [])] : ["empty"],
  })), ending[1]));
  $("grids").replaceChildren(...parts);
  keyboardScrolling();
}

// A grid wider than a phone scrolls sideways, by finger or by keyboard (it then takes the focus).
function keyboardScrolling() {
  for (const grid of $("grids").querySelectorAll(".grid-box")) scrollableByKeyboard(grid, grid.firstChild.textContent);
}

function setStep(s) {
  step = Math.max(0, Math.min(s, example ? example.steps : 0));
  if (example) draw();
}

function stopPlay() {
  clearInterval(timer);
  timer = null;
  $("play").textContent = t("▶ Play");
}

async function open(name, params = "") {
  stopPlay();
  try {
    example = await getJson(`/api/example/${encodeURIComponent(name)}${params}`);
    $("edit-error").textContent = "";
  } catch (error) {
    if (params) { $("edit-error").textContent = error.message; return; }
    $("formula").textContent = error.message;
    return;
  }
  $("example-description").textContent = example.description;
  $("edit").hidden = !example.editable;
  setStep(0);
}

export async function startStepper(codeHelper) {
  withCode = codeHelper;
  $("forward").addEventListener("click", () => setStep(step + 1));
  $("back").addEventListener("click", () => { stopPlay(); setStep(step - 1); });
  $("play").addEventListener("click", () => {
    if (timer) return stopPlay();
    if (example && step >= example.steps) setStep(0);
    $("play").textContent = t("❚❚ Pause");
    timer = setInterval(() => (example && step < example.steps ? setStep(step + 1) : stopPlay()), 1200);
  });
  document.addEventListener("keydown", (e) => {
    // Not while typing, and not a key the tabs took (← → there move between tabs).
    if ($("step").hidden || e.defaultPrevented || e.target.closest("input, select, textarea, [role=tab]")) return;
    if (e.key === "ArrowRight" || e.key === "PageDown") setStep(step + 1);
    if (e.key === "ArrowLeft" || e.key === "PageUp") setStep(step - 1);
  });
  $("example").addEventListener("change", () => open($("example").value));
  window.addEventListener("resize", keyboardScrolling);
  $("edit-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const key of ["input", "kernel", "op", "mode", "padding", "stride"]) {
      const value = $("edit-" + key).value.trim();
      if (value) q.set(key, value);
    }
    open($("example").value, "?" + q.toString());
  });
  try {
    const list = await getJson("/api/examples");
    $("example").replaceChildren(...list.map((e) => new Option(e.title, e.name)));
    if (list.length) open(list[0].name);
  } catch (error) {
    $("formula").textContent = error.message;
  }
}
