// "Live": the teacher's run, pushed by the server over the /live WebSocket (a full message on
// joining, then only what changed, at most ten a second). Reconnects by itself.
import { lineChart, heatmap, sequential, css, paintScaleKeys } from "./chart.js";
import { Message } from "./protocol.js";

const $ = (id) => document.getElementById(id);
const state = { status: {}, loss: [], epochs: [], kernels: null, confusion: null, image: null };
let drawPending = false;
let liveSocket = null;

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
  if (!drawPending) { drawPending = true; requestAnimationFrame(draw); }
}

const percent = (v) => (100 * v).toFixed(1) + " %";

function drawStatus() {
  const s = state.status;
  const badge = $("status-state");
  // A run that stopped after its epochs is finished, not "idle".
  const shown = s.state === "idle" && state.epochs.length ? "finished" : s.state || "waiting";
  badge.textContent = shown;
  badge.className = "badge state " + shown;
  $("status-network").textContent = s.network || "";
  $("status-epoch").textContent = s.epoch !== undefined ? `epoch ${s.epoch} · step ${s.step}` : "";
  // Mid-epoch: this epoch's running figures; between epochs: the last finished epoch's.
  const last = state.epochs.at(-1);
  if (s.position > 0 || !last) {
    $("status-loss").textContent = s.loss !== undefined && s.step ? `loss ${s.loss.toFixed(4)}` : "";
    $("status-accuracy").textContent = s.accuracy !== undefined && s.step ? `accuracy ${percent(s.accuracy)}` : "";
  } else {
    $("status-loss").textContent = `loss ${last.trainLoss.toFixed(4)}`;
    $("status-accuracy").textContent = `test accuracy ${percent(last.testAccuracy)}`;
  }
  $("status-speed").textContent = s.state === "running" && s.samplesPerSecond ? `${Math.round(s.samplesPerSecond)} samples/s` : "";
  $("status-data").textContent = s.data || "";
  $("live").dataset.epochs = String(state.epochs.length);
}

function drawKernels() {
  const k = state.kernels;
  if (!k) return;
  $("kernels-description").textContent = k.description + (k.values.length < k.count ? ` (first ${k.values.length})` : "");
  const box = $("kernels");
  const shown = k.values.map((kernel) => kernel[0]);  // channel 0 of each kernel: rows × cols
  const scale = Math.max(1e-12, ...shown.flat(2).map(Math.abs));
  if (box.children.length !== shown.length || !box.querySelector("canvas")) {
    box.replaceChildren(...shown.map((_, i) => {
      const cell = document.createElement("div");
      cell.innerHTML = `<canvas></canvas><div class="name">${k.denseUnits ? "unit" : "K"} ${i + 1}</div>`;
      return cell;
    }));
  }
  shown.forEach((rows, i) => heatmap(box.children[i].querySelector("canvas"), rows, scale));
}

function drawConfusion() {
  const c = state.confusion;
  if (!c) return;
  const table = document.createElement("table");
  table.className = "confusion";
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement("th")).textContent = "true \\ pred";
  for (const name of c.classes) head.appendChild(document.createElement("th")).textContent = name;
  c.matrix.forEach((row, r) => {
    const tr = table.insertRow();
    tr.appendChild(document.createElement("th")).textContent = c.classes[r] ?? r;
    const total = row.reduce((a, b) => a + b, 0) || 1;
    row.forEach((n, col) => {
      // The row's share, as a percentage and on the sequential scale (a count is never negative);
      // the diagonal, the right answers, is marked in bold as well.
      const td = tr.insertCell();
      const share = n / total;
      td.textContent = `${Math.round(100 * share)} %`;
      td.title = `${n} of ${total}`;
      td.style.background = css(sequential(share, 1));
      if (share > 0.55) td.style.color = "#fff";
      if (r === col) td.style.fontWeight = "bold";
    });
  });
  $("confusion").replaceChildren(table);
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
  const verdict = im.predicted === undefined ? "" : im.predicted === im.label ? " ✓" : " ✗";
  $("test-caption").textContent = `#${im.index}: a ${im.label}` + (im.predicted !== undefined ? `, predicted ${im.predicted}${verdict}` : "");
}

function draw() {
  drawPending = false;
  if ($("live").hidden) return;
  drawStatus();
  lineChart($("loss-chart"), [{ points: state.loss, colour: "#1d4ed8" }], { xLabel: "step", yFormat: (v) => v.toFixed(2), integerX: true });
  lineChart($("accuracy-chart"), [
    { points: state.epochs.map((e) => [e.epoch, 100 * e.trainAccuracy]), colour: "#1d4ed8", dots: true },
    { points: state.epochs.map((e) => [e.epoch, 100 * e.testAccuracy]), colour: "#c2410c", dots: true },
  ], { yRange: [0, 100], xLabel: "epoch", yFormat: (v) => v + "%", integerX: true });
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
    socket.onopen = () => { delay = 1000; connection.textContent = "live"; connection.className = "badge ok"; };
    socket.onmessage = (event) => apply(JSON.parse(typeof event.data === "string" ? event.data : decoder.decode(event.data)));
    socket.onclose = (event) => {
      connection.textContent = event.code === 1001 ? "the teacher stopped sharing" : "reconnecting…";
      connection.className = "badge bad";
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }
  connect();
  window.addEventListener("resize", () => { if (!drawPending) { drawPending = true; requestAnimationFrame(draw); } });
}
