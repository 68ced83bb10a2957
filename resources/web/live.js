// "Live": the teacher's run, pushed by the server over the /live WebSocket (a full message on
// joining, then only what changed, at most ten a second). Reconnects by itself.
import { lineChart, heatmap, sequential, css, paintScaleKeys, inkOn, scrollableByKeyboard, spoken } from "./chart.js";
import { Message } from "./protocol.js";
import { train, test } from "./palette.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const state = { status: {}, loss: [], epochs: [], kernels: null, confusion: null, image: null };
let drawPending = false;
let liveSocket = null;
let announcedState = null;  // the run's state when last announced: a reconnect does not repeat it

// A sentence for screen readers, whichever tab is shown (#announcer, a polite live region): a new
// quiz, its answer, the end of the run. The same sentence twice is said twice.
export function announce(text) {
  const region = $("announcer");
  if (!region) return;
  if (region.textContent !== text) { region.textContent = text; return; }
  region.textContent = "";
  setTimeout(() => { region.textContent = text; }, 100);
}

// The one thing a page may send: a quiz answer (quiz.js). Dropped when not connected.
export function sendLive(message) {
  if (liveSocket && liveSocket.readyState === WebSocket.OPEN) liveSocket.send(JSON.stringify(message));
}

function apply(message) {
  if (message.type === Message.quiz || message.type === Message.quizReply) {
    window.dispatchEvent(new CustomEvent("cnnlab-quiz", { detail: message }));
    return;
  }
  if (message.type === Message.full) Object.assign(state, { status: {}, loss: [], epochs: [], kernels: null, confusion: null, image: null });
  if (message.status) state.status = message.status;
  // Curves come as "from index i, these points": splicing makes a repeated message harmless.
  if (message.loss) state.loss = state.loss.slice(0, message.lossFrom).concat(message.loss);
  if (message.epochs) state.epochs = state.epochs.slice(0, message.epochsFrom).concat(message.epochs);
  for (const part of ["kernels", "confusion", "image"]) if (message[part]) state[part] = message[part];
  announceRun();
  if (!drawPending) { drawPending = true; requestAnimationFrame(draw); }
}

const percent = (v) => (100 * v).toFixed(1) + " %";

// A run that stopped after its epochs is finished, not "idle".
const runState = () => state.status.state === "idle" && state.epochs.length ? "finished" : state.status.state || "waiting";
// The state in words (the protocol's name stays the badge's class).
const stateWords = (name) => ({ waiting: t("waiting"), idle: t("idle"), running: t("running"), paused: t("paused"),
                                diverged: t("diverged"), finished: t("finished") })[name] ?? name;

// The end of the run, said once (also on joining a finished run), whichever tab the student is on.
function announceRun() {
  const shown = runState();
  if (shown === announcedState) return;
  announcedState = shown;
  const last = state.epochs.at(-1);
  if (shown === "finished")
    announce(last ? t("The run finished after %1 epochs: test accuracy %2.", state.epochs.length, percent(last.testAccuracy))
                  : t("The run finished after %1 epochs.", state.epochs.length));
  if (shown === "diverged")
    announce(state.status.epoch !== undefined ? t("The run diverged in epoch %1.", state.status.epoch) : t("The run diverged."));
}

// What the two charts show, in words, for a screen reader (each canvas is role="img").
function describeCharts() {
  const loss = state.loss;
  let words = t("Loss chart: waiting for data");
  if (loss.length) {
    const lowest = loss.reduce((a, b) => (b[1] < a[1] ? b : a));
    words = t("Loss per step: from %1 at step %2 to %3 at step %4, lowest %5 at step %6", spoken(loss[0][1], 4), loss[0][0],
              spoken(loss.at(-1)[1], 4), loss.at(-1)[0], spoken(lowest[1], 4), lowest[0]);
  }
  label($("loss-chart"), words);
  const shown = state.epochs.slice(-30);
  const epochs = shown.map((e) => t("epoch %1: %2 and %3", e.epoch, percent(e.trainAccuracy), percent(e.testAccuracy))).join("; ");
  label($("accuracy-chart"), !shown.length ? t("Accuracy chart: waiting for the first epoch")
    : shown.length < state.epochs.length ? t("Accuracy per epoch, training and test (the last %1 of %2 epochs): %3", shown.length, state.epochs.length, epochs)
    : t("Accuracy per epoch, training and test: %1", epochs));
}

function label(element, words) {
  if (element.getAttribute("aria-label") !== words) element.setAttribute("aria-label", words);
}

function drawStatus() {
  const s = state.status;
  const badge = $("status-state");
  const shown = runState();
  badge.textContent = stateWords(shown);
  badge.className = "badge state " + shown;
  $("status-network").textContent = s.network || "";
  $("status-epoch").textContent = s.epoch !== undefined ? t("epoch %1 · step %2", s.epoch, s.step) : "";
  // Mid-epoch: this epoch's running figures; between epochs: the last finished epoch's.
  const last = state.epochs.at(-1);
  if (s.position > 0 || !last) {
    $("status-loss").textContent = s.loss !== undefined && s.step ? t("loss %1", s.loss.toFixed(4)) : "";
    $("status-accuracy").textContent = s.accuracy !== undefined && s.step ? t("accuracy %1", percent(s.accuracy)) : "";
  } else {
    $("status-loss").textContent = t("loss %1", last.trainLoss.toFixed(4));
    $("status-accuracy").textContent = t("test accuracy %1", percent(last.testAccuracy));
  }
  $("status-speed").textContent = s.state === "running" && s.samplesPerSecond ? t("%1 samples/s", Math.round(s.samplesPerSecond)) : "";
  $("status-data").textContent = s.data || "";
  $("live").dataset.epochs = String(state.epochs.length);
}

function drawKernels() {
  const k = state.kernels;
  if (!k) return;
  $("kernels-description").textContent = k.values.length < k.count ? t("%1 (first %2)", k.description, k.values.length) : k.description;
  const box = $("kernels");
  const shown = k.values.map((kernel) => kernel[0]);  // channel 0 of each kernel: rows × cols
  const scale = Math.max(1e-12, ...shown.flat(2).map(Math.abs));
  if (box.children.length !== shown.length || !box.querySelector("canvas")) {
    box.replaceChildren(...shown.map((_, i) => {
      const cell = document.createElement("div");
      const canvas = document.createElement("canvas");
      canvas.setAttribute("role", "img");
      const name = document.createElement("div");
      name.className = "name";
      name.textContent = k.denseUnits ? t("unit %1", i + 1) : `K ${i + 1}`;  // K: the notes' symbol
      cell.append(canvas, name);
      return cell;
    }));
  }
  shown.forEach((rows, i) => {
    const canvas = box.children[i].querySelector("canvas");
    heatmap(canvas, rows, scale);
    // Its values in words: all of them for a small kernel, their range for a large one.
    const values = rows.flat();
    const at = [i + 1, rows.length, rows[0].length];
    if (values.length <= 25) {
      const all = rows.map((row, r) => t("row %1: %2", r + 1, row.map((v) => spoken(v, 2)).join(", "))).join("; ");
      label(canvas, k.denseUnits ? t("Unit %1, %2 × %3: %4", ...at, all) : t("Kernel %1, %2 × %3: %4", ...at, all));
    } else {
      const range = [spoken(Math.min(...values), 2), spoken(Math.max(...values), 2)];
      label(canvas, k.denseUnits ? t("Unit %1, %2 × %3: values from %4 to %5", ...at, ...range)
                                 : t("Kernel %1, %2 × %3: values from %4 to %5", ...at, ...range));
    }
  });
}

function drawConfusion() {
  const c = state.confusion;
  if (!c) return;
  const table = document.createElement("table");
  table.className = "confusion";
  const header = (text, scope) => {
    const th = document.createElement("th");
    th.scope = scope;
    th.textContent = text;
    return th;
  };
  const head = table.createTHead().insertRow();
  head.appendChild(header(t("true \\ pred"), "col"));
  for (const name of c.classes) head.appendChild(header(name, "col"));
  const body = table.createTBody();
  c.matrix.forEach((row, r) => {
    const tr = body.insertRow();
    tr.appendChild(header(c.classes[r] ?? r, "row"));
    const total = row.reduce((a, b) => a + b, 0) || 1;
    row.forEach((n, col) => {
      // The row's share, as a percentage and on the sequential scale (a count is never negative);
      // the diagonal, the right answers, is marked in bold as well.
      const td = tr.insertCell();
      const share = n / total;
      td.textContent = `${Math.round(100 * share)} %`;
      td.title = t("%1 of %2", n, total);
      const background = sequential(share, 1);
      td.style.background = css(background);
      td.style.color = inkOn(background);  // black or white, whichever reads (4.5:1 or more)
      if (r === col) td.style.fontWeight = "bold";
    });
  });
  $("confusion").replaceChildren(table);
  scrollableByKeyboard($("confusion"), t("Confusion matrix"));
}

function drawImage() {
  const im = state.image;
  if (!im) return;
  const canvas = $("test-image");
  canvas.width = im.cols; canvas.height = im.rows;
  const g = canvas.getContext("2d");
  const data = g.createImageData(im.cols, im.rows);
  im.pixels.forEach((v, i) => data.data.set([v, v, v, 255], i * 4));
  g.putImageData(data, 0, 0);
  const verdict = im.predicted === im.label ? " ✓" : " ✗";
  $("test-caption").textContent = im.predicted === undefined ? t("#%1: a %2", im.index, im.label)
    : t("#%1: a %2, predicted %3", im.index, im.label, im.predicted + verdict);
  label(canvas, im.predicted === undefined ? t("A test image, #%1: a %2", im.index, im.label)
    : im.predicted === im.label ? t("A test image, #%1: a %2, predicted %3 (right)", im.index, im.label, im.predicted)
    : t("A test image, #%1: a %2, predicted %3 (wrong)", im.index, im.label, im.predicted));
}

function draw() {
  drawPending = false;
  if ($("live").hidden) return;
  drawStatus();
  describeCharts();
  lineChart($("loss-chart"), [{ points: state.loss, colour: train }], { xLabel: t("step"), yFormat: (v) => v.toFixed(2), integerX: true });
  lineChart($("accuracy-chart"), [
    { points: state.epochs.map((e) => [e.epoch, 100 * e.trainAccuracy]), colour: train, dots: true },
    { points: state.epochs.map((e) => [e.epoch, 100 * e.testAccuracy]), colour: test, dots: true },
  ], { yRange: [0, 100], xLabel: t("epoch"), yFormat: (v) => v + "%", integerX: true });
  drawKernels();
  drawConfusion();
  drawImage();
}

export function startLive(withCode) {
  paintScaleKeys();
  let delay = 1000;
  const connection = $("connection");
  const decoder = new TextDecoder();
  function connect() {
    const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + withCode("/live"));
    socket.binaryType = "arraybuffer";
    liveSocket = socket;
    socket.onopen = () => { delay = 1000; connection.textContent = t("live"); connection.className = "badge ok"; };
    socket.onmessage = (event) => apply(JSON.parse(typeof event.data === "string" ? event.data : decoder.decode(event.data)));
    socket.onclose = (event) => {
      connection.textContent = event.code === 1001 ? t("the teacher stopped sharing") : t("reconnecting…");
      connection.className = "badge bad";
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }
  connect();
  window.addEventListener("resize", () => { if (!drawPending) { drawPending = true; requestAnimationFrame(draw); } });
}
