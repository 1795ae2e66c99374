// "Download for an LMS (SCORM 1.2)": makes, in the browser, a single-SCO
// SCORM 1.2 package of the lesson being edited. Loaded by editor.js the
// first time a teacher asks for one, never with the editor itself.
//
// The zip holds:
// - the playground's files, as the build lists them (files-HASH.json, named
//   by the page's <meta name=files>: what the release and the service worker
//   serve), but for the editor's own, this maker, and the service worker
//   (an LMS serves many courses from one site: nothing is kept for offline,
//   and a stand-in worker that keeps nothing takes its place);
// - lesson.scn, the lesson;
// - scorm.html, the launch page: it opens the playground on the lesson in
//   an iframe, and loads the adapter (static/scorm-adapter.js), which
//   reports to the LMS what the playground tells it;
// - imsmanifest.xml: one organization, one item, one SCO resource listing
//   every file.
//
// The zip is written here (about a hundred lines: no library pays for
// itself): each file deflated with the browser's own CompressionStream
// ('deflate-raw'), or stored where that does not make it smaller or the
// browser lacks it, with its CRC-32.

// Renamed with its hash by scripts/hash-names.mjs: the zip keeps that name.
const ADAPTER = './scorm-adapter.js';
// Not the playground's: the editor's files, this maker and its adapter, the worker.
const NOT_PLAYGROUND = /^(?:tcp-editor|editor|scorm)[-_.]|^sw\.js$/;
// The pages the build's list leaves out (each names its files).
const PAGES = ['index.html', 'real-stacks.html'];
const LAUNCH = 'scorm.html';
const LESSON = 'lesson.scn';
// The playground registers sw.js wherever it runs; in a package it keeps
// nothing (an LMS serves many courses from one site), but is there, so
// that asking for it is no error. It handles no fetch: the LMS answers all.
const STAND_IN_WORKER = `// TCP Playground in a SCORM package: nothing is kept for offline.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
`;

/**
 * The package, as bytes. `options`: { lesson, title, threshold (0–100 or
 * null), lang (the editor's language, which the package speaks), words:
 * { noLms, refused, frame, untitled } (the launch page's, in that language) }.
 */
export async function build(options) {
  const meta = document.querySelector('meta[name=files]');
  if (!meta) throw new Error('this copy of the playground has no list of its files (files-….json): build it with trunk');
  const listed = await get(meta.content).then((r) => r.json());
  const names = [...PAGES, meta.content, ...listed.hashed, ...Object.keys(listed.kept)]
    .filter((name) => !NOT_PLAYGROUND.test(name));
  const adapter = ADAPTER.slice(2);
  const files = [];
  // A few at a time: dozens of requests at once stall a slow link.
  const queue = [...new Set(names)];
  await Promise.all(Array.from({ length: 6 }, async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      files.push({ name, data: new Uint8Array(await (await get(name)).arrayBuffer()) });
    }
  }));
  files.push({ name: adapter, data: new Uint8Array(await (await get(ADAPTER)).arrayBuffer()) });
  const text = new TextEncoder();
  const title = options.title || options.words.untitled;
  files.push({ name: 'sw.js', data: text.encode(STAND_IN_WORKER) });
  files.push({ name: LESSON, data: text.encode(options.lesson) });
  files.push({ name: LAUNCH, data: text.encode(launchPage(options, title, adapter)) });
  files.sort((a, b) => a.name.localeCompare(b.name));
  const manifest = imsManifest(options, title, files.map((f) => f.name));
  return zip([{ name: 'imsmanifest.xml', data: text.encode(manifest) }, ...files]);
}

async function get(name) {
  const answer = await fetch(new URL(name, location.href));
  if (!answer.ok) throw new Error(`${name}: the server answered ${answer.status}`);
  return answer;
}

const xml = (s) => String(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The launch page: the playground in a frame, the adapter, one status line. */
function launchPage({ lang, threshold, words }, title, adapter) {
  return `<!doctype html>
<html lang="${xml(lang)}" data-threshold="${threshold ?? ''}" data-no-lms="${xml(words.noLms)}" data-refused="${xml(words.refused)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xml(title)}</title>
<style>
html, body, main { height: 100%; margin: 0; }
main { display: flex; flex-direction: column; font: 16px system-ui, sans-serif; }
h1 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
#lms-status { margin: 0; padding: .5rem 1rem; background: #fff3cd; color: #332600; }
#lms-status:empty { display: none; }
iframe { flex: 1; width: 100%; border: 0; }
</style>
<script src="${adapter}" defer></script>
</head>
<body>
<main>
<h1>${xml(title)}</h1>
<p id="lms-status" role="status"></p>
<iframe id="playground" title="${xml(`${words.frame}: ${title}`)}" data-src="index.html?embed=1&amp;lesson=${LESSON}&amp;id=scorm&amp;lang=${encodeURIComponent(lang)}"></iframe>
</main>
</body>
</html>
`;
}

/** imsmanifest.xml: one organization with one item, one SCO with every file. */
function imsManifest({ lesson, threshold }, title, names) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'lesson';
  const identifier = `tcp-playground-${slug}-${crc32(new TextEncoder().encode(lesson)).toString(16).padStart(8, '0')}`;
  const mastery = threshold == null ? '' : `\n        <adlcp:masteryscore>${threshold}</adlcp:masteryscore>`;
  const files = names.map((n) => `      <file href="${xml(n)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC, as zip uses it). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function deflate(data) {
  if (typeof CompressionStream !== 'function') return null;
  try {
    const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** A zip of `files` ({ name, data }), each deflated where that is smaller. */
export async function zip(files) {
  const now = new Date();
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of files) {
    const path = new TextEncoder().encode(name);
    const packed = await deflate(data);
    const deflated = packed !== null && packed.length < data.length;
    const body = deflated ? packed : data;
    // The fields a local header and a central directory entry share.
    const common = (view, at) => {
      view.setUint16(at, 20, true); // version needed: 2.0
      view.setUint16(at + 2, 0x0800, true); // names in UTF-8
      view.setUint16(at + 4, deflated ? 8 : 0, true);
      view.setUint16(at + 6, time, true);
      view.setUint16(at + 8, date, true);
      view.setUint32(at + 10, crc32(data), true);
      view.setUint32(at + 14, body.length, true);
      view.setUint32(at + 18, data.length, true);
      view.setUint16(at + 22, path.length, true);
    };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    common(local, 4);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true); // made by: 2.0
    common(entry, 6);
    entry.setUint32(42, offset, true);
    parts.push(local, path, body);
    central.push(entry, path);
    offset += 30 + path.length + body.length;
  }
  const size = central.reduce((n, p) => n + p.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Uint8Array(await new Blob([...parts, ...central, end]).arrayBuffer());
}
