// Draws an exported ladder (src/export.rs) as a PNG, off the page's
// thread. The page sends the SVG it wrote (src/components/ladder.rs: one
// element per line, attributes as written there) and the scale; this
// worker draws its lines, labels and dots on a canvas with the file's own
// styles and encodes it. A browser draws an SVG image only on the page's
// thread, and there it held the page for seconds (issue 26, item 13).
const ink = '#1d232b';
const grey = '#5b6470';
const red = '#a3232b';
// SVG_STYLE, class by class, in its order (later rules win).
const lineStyles = [
  ['axis', { stroke: '#9aa2ab', width: 2, dash: [] }],
  ['seg', { width: 1.6 }],
  ['client', { stroke: '#1f5fa8' }],
  ['server', { stroke: '#b35900', dash: [7, 2] }],
  ['in-flight', { dash: [3, 3] }],
  ['lost', { stroke: red, dash: [2, 3] }],
];
const textStyles = [
  ['time', { fill: grey }], ['gap', { fill: grey, style: 'italic' }], ['outcome', { fill: grey }],
  ['call-label', { fill: grey, style: 'italic' }], ['timer-label', { fill: grey, style: 'italic' }],
  ['notable', { fill: red, weight: 'bold' }], ['cross', { fill: red, size: 14, weight: 'bold' }],
  ['state-label', { weight: 'bold' }], ['head', { weight: 'bold', family: 'sans-serif' }],
  ['caption', { family: 'sans-serif' }],
];
const align = { start: 'left', middle: 'center', end: 'right' };
const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function styled(table, classes, base) {
  const out = { ...base };
  for (const [name, style] of table) if (classes.includes(name)) Object.assign(out, style);
  // `.outcome.notable` only: a notable that is not an outcome keeps its ink.
  if (table === textStyles && classes.includes('notable') && !classes.includes('outcome')) out.fill = base.fill;
  return out;
}

/** The arrowhead: the marker's triangle, 7 units of the stroke's width, its tip at the end. */
function arrow(context, x1, y1, x2, y2, width) {
  const size = 0.7 * width;
  context.save();
  context.translate(x2, y2);
  context.rotate(Math.atan2(y2 - y1, x2 - x1));
  context.scale(size, size);
  context.beginPath();
  context.moveTo(-9, -5);
  context.lineTo(1, 0);
  context.lineTo(-9, 5);
  context.closePath();
  context.fillStyle = '#444';
  context.fill();
  context.restore();
}

/** An element's own `style` (the graphs write their looks there). */
function own(a) {
  const s = Object.fromEntries([...(a.style ?? '').matchAll(/([\w-]+):([^;]+)/g)].map(([, k, v]) => [k, v.trim()]));
  return {
    stroke: s.stroke, fill: s.fill, width: s['stroke-width'] && Number(s['stroke-width']),
    dash: s['stroke-dasharray'] && s['stroke-dasharray'].split(' ').map(Number),
    alpha: Number(s['fill-opacity'] ?? s['stroke-opacity'] ?? 1), bold: s['font-weight'] === 'bold',
  };
}

function draw(svg, scale) {
  const [, top, width, height] = svg.match(/viewBox="0 (-?\d+) (\d+) (\d+)"/).map(Number);
  const canvas = new OffscreenCanvas(width * scale, height * scale);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.translate(0, -top);
  const element = /<(line|text|circle|rect) ([^>]*?)(?:\/>|>([^<]*)<\/text>)/g;
  for (const [, kind, attrs, body] of svg.matchAll(element)) {
    const a = Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const classes = (a.class ?? '').split(' ');
    const mine = own(a);
    context.globalAlpha = mine.alpha;
    if (kind === 'rect') {
      context.beginPath();
      context.rect(Number(a.x), Number(a.y), Number(a.width), Number(a.height));
      if (mine.fill && mine.fill !== 'none') { context.fillStyle = mine.fill; context.fill(); }
      if (mine.stroke) { context.strokeStyle = mine.stroke; context.lineWidth = mine.width ?? 1; context.setLineDash([]); context.stroke(); }
    } else if (kind === 'line') {
      const s = { ...styled(lineStyles, classes, { stroke: 'none', width: 1, dash: [] }) };
      if (mine.stroke) Object.assign(s, { stroke: mine.stroke, width: mine.width ?? 1, dash: mine.dash ?? [] });
      if (s.stroke === 'none') continue;
      const [x1, y1, x2, y2] = [a.x1, a.y1, a.x2, a.y2].map(Number);
      context.strokeStyle = s.stroke;
      context.lineWidth = s.width;
      context.setLineDash(s.dash);
      context.beginPath();
      context.moveTo(x1, y1);
      context.lineTo(x2, y2);
      context.stroke();
      if (a['marker-end']) arrow(context, x1, y1, x2, y2, s.width);
    } else if (kind === 'text') {
      const s = { ...styled(textStyles, classes, { fill: ink, size: 12, weight: 'normal', style: 'normal', family: 'monospace' }) };
      if (a.style) Object.assign(s, { family: 'sans-serif', fill: mine.fill ?? ink, weight: mine.bold ? 'bold' : 'normal' });
      context.font = `${s.style} ${s.weight} ${s.size}px ${s.family}`;
      context.fillStyle = s.fill;
      context.textAlign = align[a['text-anchor'] ?? 'start'] ?? 'left';
      context.fillText(unescape(body ?? ''), Number(a.x), Number(a.y));
    } else {
      context.beginPath();
      context.arc(Number(a.cx), Number(a.cy), Number(a.r ?? 3), 0, 2 * Math.PI);
      if (mine.stroke) {
        context.strokeStyle = mine.stroke;
        context.lineWidth = mine.width ?? 1;
        context.setLineDash([]);
        context.stroke();
      }
      if (mine.fill !== 'none' && (mine.fill || !mine.stroke)) { context.fillStyle = mine.fill ?? '#444'; context.fill(); }
    }
    context.globalAlpha = 1;
  }
  return canvas.convertToBlob({ type: 'image/png' });
}

self.onmessage = async ({ data }) => {
  // The PNG, or null if it could not be made; then the worker ends itself
  // (ended by the page, it held the page while its canvas was freed).
  self.postMessage(await Promise.resolve().then(() => draw(data.svg, data.scale)).catch(() => null));
  self.close();
};
