// Draw a digit (the second notes' last section: the network used in a web application). The
// student draws with a finger, a pen or a mouse (pointer events) or uploads a photo; the page sends
// the picture as a PNG to POST /api/predict, and draws what the server's network answers: the class
// by name, every class's probability, what the network saw (its input after preprocessing) and
// where it looked (the saliency map). Nothing is computed here; texts are set with textContent.
import { studentToken } from "./quiz.js";
import { sequential } from "./chart.js";
import { announce } from "./live.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const SIDE = 280;  // the drawing's pixels; the server scales it as cnnlab-cli predict scales a file

export function startDraw(withCode) {
  const pad = $("draw-pad");
  const ink = pad.getContext("2d");
  let drawing = false, last = null, busy = false, again = false;

  const clear = () => {
    ink.fillStyle = "#000";
    ink.fillRect(0, 0, SIDE, SIDE);
  };
  const at = (event) => {
    const box = pad.getBoundingClientRect();
    return { x: (event.clientX - box.left) * SIDE / box.width, y: (event.clientY - box.top) * SIDE / box.height };
  };
  const stroke = (from, to) => {
    ink.strokeStyle = "#fff";
    ink.lineWidth = 22;
    ink.lineCap = ink.lineJoin = "round";
    ink.beginPath();
    ink.moveTo(from.x, from.y);
    ink.lineTo(to.x, to.y);
    ink.stroke();
  };
  clear();

  pad.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    drawing = true;
    pad.setPointerCapture(event.pointerId);
    last = at(event);
    stroke(last, last);
  });
  pad.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    const point = at(event);
    stroke(last, point);
    last = point;
  });
  const finish = () => {
    if (!drawing) return;
    drawing = false;
    pad.toBlob((png) => send(png, "image/png"), "image/png");
  };
  pad.addEventListener("pointerup", finish);
  pad.addEventListener("pointercancel", finish);
  $("draw-clear").addEventListener("click", () => {
    clear();
    $("draw-result").hidden = true;
    $("draw-reply").textContent = "";
  });
  $("draw-upload").addEventListener("change", (event) => {
    const file = event.target.files[0];
    if (file) send(file, file.type || "application/octet-stream");
  });

  // One request at a time; a stroke finished meanwhile is sent when the answer is in.
  let pending = null;
  async function send(body, type) {
    if (busy) { pending = [body, type]; again = true; return; }
    busy = true;
    $("draw-reply").textContent = t("Asking the network…");
    try {
      // Which class the student meant, when they say: the teacher's gallery and the class's data set.
      const meant = $("draw-meant").value;
      const response = await fetch(withCode("api/predict" + (meant === "" ? "" : `?meant=${meant}`)), {
        method: "POST", body, headers: { "Content-Type": type, "X-Student": studentToken() } });
      const reply = await response.json();
      if (!response.ok) throw new Error(reply.error || response.statusText);
      show(reply);
      $("draw-reply").textContent = "";
    } catch (error) {
      $("draw-reply").textContent = String(error.message || error);
    } finally {
      busy = false;
      if (again) { again = false; send(...pending); }
    }
  }

  fetch(withCode("api/model")).then((r) => r.json()).then((model) => {
    const meant = $("draw-meant");
    (model.labels || []).forEach((label, i) => {
      const option = document.createElement("option");
      option.value = String(i);
      option.textContent = label;
      meant.append(option);
    });
    $("draw-model").textContent = !model.available ? t("There is no network yet: the teacher has not built or loaded one.")
      : model.source === "file" ? t("The network is the model %1.", model.name) : t("The network is the teacher's, as it trains now.");
  }).catch(() => {});
}

// The answer: the class in large type, one bar per class (the predicted one marked), and the two
// small images, drawn cell by cell from the numbers the server sent.
function show(reply) {
  $("draw-result").hidden = false;
  $("draw-label").textContent = reply.label;
  const values = reply.probabilities || reply.outputs || [];
  $("draw-values-title").textContent = reply.probabilities ? t("Probabilities") : t("Outputs (each a sigmoid: its own probability)");
  const bars = $("draw-bars");
  bars.replaceChildren();
  const labels = reply.labels || values.map((_, i) => String(i));
  values.forEach((value, i) => {
    const row = document.createElement("div");
    row.className = "bar-row" + (labels[i] === reply.label ? " best" : "");
    const name = document.createElement("span");
    name.className = "bar-name";
    name.textContent = (labels[i] === reply.label ? "✓ " : "") + labels[i];
    const track = document.createElement("span");
    track.className = "bar-track";
    const fill = document.createElement("span");
    fill.className = "bar-fill";
    fill.style.width = `${Math.max(0, Math.min(1, value)) * 100}%`;
    track.append(fill);
    const text = document.createElement("span");
    text.className = "bar-value";
    text.textContent = `${(value * 100).toFixed(1)} %`;
    row.append(name, track, text);
    bars.append(row);
  });
  paint($("draw-input"), reply.input, null);
  paint($("draw-saliency"), reply.input, reply.saliency);
  // The same in words for a screen reader: the answer, and where the network looked.
  const { height, width } = reply.input;
  $("draw-input").setAttribute("aria-label", t("What the network saw: your image as its %1 × %2 input", height, width));
  $("draw-saliency").setAttribute("aria-label", t("What it looked at: %1", whereLooked(reply.saliency || [], height, width)));
  const best = values[labels.indexOf(reply.label)];
  announce(best !== undefined ? t("The network says %1 (%2 %)", reply.label, (best * 100).toFixed(1)) : t("The network says %1", reply.label));
}

// "rows 4 to 20, columns 12 to 15 of 28 × 28": where the saliency is at least half its highest.
function whereLooked(saliency, height, width) {
  const top = Math.max(0, ...saliency);
  if (!(top > 0)) return t("nowhere in particular");
  let r0 = height, r1 = -1, c0 = width, c1 = -1;
  saliency.forEach((s, i) => {
    if (s < top / 2) return;
    const r = Math.floor(i / width), c = i % width;
    r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
  });
  return t("most at rows %1 to %2, columns %3 to %4 of the %5 × %6 input", r0 + 1, r1 + 1, c0 + 1, c1 + 1, height, width);
}

// A grey image (0 black … 1 white), with the saliency over it in one hue when given.
function paint(canvas, input, saliency) {
  const { height, width, pixels } = input;
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  const image = ctx.createImageData(width, height);
  for (let i = 0; i < width * height; i++) {
    // The digit in grey; the saliency (never negative) over it on the sequential scale, stronger
    // where the network looked harder.
    const grey = Math.round(255 * pixels[i] * (saliency ? 0.45 : 1));
    const s = saliency ? saliency[i] : 0;
    const [R, G, B] = sequential(s, 1);
    image.data[4 * i] = Math.round(grey + (R - grey) * s);
    image.data[4 * i + 1] = Math.round(grey + (G - grey) * s);
    image.data[4 * i + 2] = Math.round(grey + (B - grey) * s);
    image.data[4 * i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
