// Trunk's post-build hook (Trunk.toml): turns docs/real-stacks.md into
// real-stacks.html beside the app, so the capture panel's link opens a page
// on any static host (raw Markdown shows as text, and MkDocs would take a
// .md file for a page of its own site and break the link). It reads the
// little Markdown that document uses: headings, paragraphs, lists, bold,
// code and links.
import fs from 'node:fs';
import path from 'node:path';

const [source = 'docs/real-stacks.md', target] = process.argv.slice(2);
const out = target ?? path.join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'real-stacks.html');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Inline marks, on escaped text: code first, so nothing inside it is read.
function inline(text) {
  return escape(text)
    .split(/(`[^`]+`)/)
    .map((part) => part.startsWith('`') && part.endsWith('`') && part.length > 1
      ? `<code>${part.slice(1, -1)}</code>`
      : part
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) =>
          /^(https?:|#|[\w./-]+$)/.test(href) ? `<a href="${href}">${label}</a>` : label))
    .join('');
}

const lines = fs.readFileSync(source, 'utf8').split('\n');
const html = [];
let title = 'TCP Playground';
let para = [];
let list = null; // { tag, items: [] }
const flushPara = () => { if (para.length) html.push(`<p>${inline(para.join(' '))}</p>`); para = []; };
const flushList = () => {
  if (list) html.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
  list = null;
};
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line.startsWith('```')) {
    flushPara(); flushList();
    const code = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
    html.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`);
    continue;
  }
  const heading = /^(#{1,4}) (.*)$/.exec(line);
  // A line starting "4096. " inside a paragraph goes on with it.
  const item = para.length ? null : /^(-|\d+\.) (.*)$/.exec(line);
  if (heading) {
    flushPara(); flushList();
    const level = heading[1].length;
    if (level === 1) title = heading[2];
    html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
  } else if (item) {
    flushPara();
    const tag = item[1] === '-' ? 'ul' : 'ol';
    if (list && list.tag !== tag) flushList();
    list ??= { tag, items: [] };
    list.items.push(item[2]);
  } else if (line.trim() === '') {
    flushPara(); flushList();
  } else if (list && /^\s+\S/.test(line)) {
    list.items[list.items.length - 1] += ` ${line.trim()}`;
  } else {
    flushList();
    para.push(line.trim());
  }
}
flushPara(); flushList();

fs.writeFileSync(out, `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${escape(title)} · TCP Playground</title>
<link rel="stylesheet" href="doc.css">
</head>
<body>
<main>
<p><a href="./">← TCP Playground</a></p>
${html.join('\n')}
</main>
</body>
</html>
`);
