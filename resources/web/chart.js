import { diverging as divergingStops, sequential as sequentialStops } from "./palette.js";
import { t } from "./i18n.js";
// Small canvas helpers: a line chart with labelled axes, and a diverging heatmap. Sizes follow the
// CSS box and the screen's pixel ratio, so lines and labels stay sharp on a projector.
export function fitCanvas(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  if (width === 0 || height === 0) return null;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext("2d");
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { g, width, height };
}

// Round ticks between lo and hi, about `count` of them, at least `smallest` apart (1 for epochs: no 1.5).
function niceTicks(lo, hi, count, smallest = 0) {
  const span = hi - lo || 1;
  const step = Math.pow(10, Math.floor(Math.log10(span / count)));
  const unit = Math.max(smallest, [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= count) || step * 10);
  const ticks = [];
  for (let tick = Math.ceil(lo / unit) * unit; tick <= hi + unit * 1e-9; tick += unit) ticks.push(+tick.toPrecision(10));
  return ticks;
}

// series: [{points: [[x, y]…], colour, dots}]; yRange: [lo, hi] or null (from the data).
export function lineChart(canvas, series, { yRange = null, xLabel = "", yFormat = (v) => String(v), integerX = false } = {}) {
  const fit = fitCanvas(canvas);
  if (!fit) return;
  const { g, width, height } = fit;
  const font = parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.9;  // readable from the back
  g.font = `${font}px "DejaVu Sans", sans-serif`;
  const all = series.flatMap((s) => s.points);
  g.clearRect(0, 0, width, height);
  if (all.length === 0) {
    g.fillStyle = "#555";
    g.fillText(t("waiting for data…"), 12, height / 2);
    return;
  }
  let [ylo, yhi] = yRange || [Math.min(0, ...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  if (yhi <= ylo) yhi = ylo + 1;
  const xlo = Math.min(...all.map((p) => p[0])), xhi = Math.max(xlo + 1, ...all.map((p) => p[0]));
  const yTicks = niceTicks(ylo, yhi, 4);
  if (!yRange && yTicks.length > 1 && yTicks.at(-1) < yhi) {  // the top of the curve gets a labelled line too
    yhi = +(yTicks.at(-1) + yTicks[1] - yTicks[0]).toPrecision(10);
    yTicks.push(yhi);
  }
  const xTicks = niceTicks(xlo, xhi, Math.max(2, Math.floor(width / (font * 6))), integerX ? 1 : 0);
  const left = Math.max(...yTicks.map((tick) => g.measureText(yFormat(tick)).width)) + 12, top = font / 2 + 4,
        right = g.measureText(String(xTicks.at(-1) ?? "")).width / 2 + 6,
        bottom = font * 2 + 8;
  const X = (x) => left + ((x - xlo) / (xhi - xlo)) * (width - left - right);
  const Y = (y) => top + (1 - (y - ylo) / (yhi - ylo)) * (height - top - bottom);
  g.strokeStyle = "#d1d5db"; g.fillStyle = "#333"; g.lineWidth = 1;
  g.textAlign = "right"; g.textBaseline = "middle";
  for (const tick of yTicks) {
    g.beginPath(); g.moveTo(left, Y(tick)); g.lineTo(width - right, Y(tick)); g.stroke();
    g.fillText(yFormat(tick), left - 6, Y(tick));
  }
  g.textAlign = "center"; g.textBaseline = "top";
  for (const tick of xTicks) g.fillText(String(tick), X(tick), height - bottom + 4);
  if (xLabel) g.fillText(xLabel, left + (width - left - right) / 2, height - font - 2);
  for (const s of series) {
    g.strokeStyle = g.fillStyle = s.colour; g.lineWidth = 3;
    g.beginPath();
    s.points.forEach(([x, y], i) => (i ? g.lineTo(X(x), Y(y)) : g.moveTo(X(x), Y(y))));
    g.stroke();
    if (s.dots) for (const [x, y] of s.points) { g.beginPath(); g.arc(X(x), Y(y), 5, 0, 2 * Math.PI); g.fill(); }
  }
}

// The app's two colour scales, from its one definition (ui/palette.hpp, served as palette.js).
function interpolate(stops, at) {
  at = Math.max(0, Math.min(1, at));
  let i = 1;
  while (i < stops.length - 1 && stops[i][0] < at) i++;
  const [a, ca] = stops[i - 1], [b, cb] = stops[i];
  const f = b > a ? (at - a) / (b - a) : 0;
  const rgb = (hex, k) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
  return [0, 1, 2].map((k) => Math.round(rgb(ca, k) + (rgb(cb, k) - rgb(ca, k)) * f));
}

// Signed values on a scale symmetric about 0: blue (negative), white (0), red (positive).
export function diverging(v, scale) {
  return interpolate(divergingStops, scale > 0 ? (v / scale + 1) / 2 : 0.5);
}

// Values that cannot be negative, 0 … top: light yellow to dark brown.
export function sequential(v, top) {
  return interpolate(sequentialStops, top > 0 ? v / top : 0);
}

export const css = ([r, g, b]) => `rgb(${r}, ${g}, ${b})`;

// Every drawn scale key (class "gradient diverging") shows the same stops as the heat maps.
export function paintScaleKeys() {
  const background = `linear-gradient(90deg, ${divergingStops.map(([at, colour]) => `${colour} ${100 * at}%`).join(", ")})`;
  for (const key of document.querySelectorAll(".gradient.diverging")) key.style.background = background;
}

// rows: [[v…]…], row 0 at the top; one canvas pixel per value (CSS scales it up, pixelated).
export function heatmap(canvas, rows, scale) {
  const h = rows.length, w = rows[0].length;
  canvas.width = w; canvas.height = h;
  const g = canvas.getContext("2d");
  const image = g.createImageData(w, h);
  rows.forEach((row, r) => row.forEach((v, c) => {
    const [R, G, B] = diverging(v, scale);
    image.data.set([R, G, B, 255], (r * w + c) * 4);
  }));
  g.putImageData(image, 0, 0);
}

// The text colour for a cell drawn on a scale's colour [r, g, b]: black or white, whichever contrasts
// more (WCAG 2.1's relative luminance), so a label never falls under 4.5:1 (the worst case is 4.58:1).
export function inkOn([r, g, b]) {
  const linear = (v) => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000" : "#fff";
}

// A box that scrolls sideways (a wide table on a phone) can be scrolled with the keyboard: it takes the
// focus, as a named region, only while it is wider than the screen.
export function scrollableByKeyboard(box, name) {
  if (box.scrollWidth > box.clientWidth + 1) {
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", name);
  } else if (box.hasAttribute("tabindex")) {
    box.removeAttribute("tabindex");
    box.removeAttribute("role");
    box.removeAttribute("aria-label");
  }
}

// A number as a sentence says it: "−0.25", not "-0.25".
export const spoken = (v, digits) => v.toFixed(digits).replace("-", "−");
