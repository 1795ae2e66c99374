// The release archive a school hosts: ./scripts/release.sh packs the last
// build; the test unpacks it into a temporary folder, serves it at a
// sub-path as a course site would, and uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

const version = /^version = "(.*)"$/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
let server, browser, base, folder;

before(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tcp-release-'));
  execFileSync(path.join(root, 'scripts/release.sh'), ['--from-dist'], { env: { ...process.env, OUT: out } });
  const zip = path.join(out, `tcp-playground-${version}.zip`);
  // The checksum file names the zip and matches it.
  execFileSync('sha256sum', ['--check', `tcp-playground-${version}.zip.sha256`], { cwd: out });
  execFileSync('unzip', ['-q', zip, '-d', out]);
  folder = path.join(out, `tcp-playground-${version}`);
  server = await serve(folder, { prefix: '/courses/networks/tcp/' });
  base = `http://127.0.0.1:${server.address().port}/courses/networks/tcp/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(url) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  return page;
}

test('the release zip holds the licence, the changelog and the hosting note', () => {
  for (const file of ['index.html', 'LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'HOSTING.txt']) {
    assert.ok(fs.existsSync(path.join(folder, file)), file);
  }
});

test('unzipped at a sub-path, the playground does a handshake', async () => {
  const page = await open(base);
  const side = (name) => page.locator(`section.endpoint.${name}`);
  const state = (name) => page.getByTestId(`${name}-state`);
  await side('server').getByRole('button', { name: 'Listen', exact: true }).click();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  for (let i = 0; i < 3; i++) {
    await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Deliver now' }).click();
  }
  await state('client').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  await state('server').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  // The version a teacher reports a problem with, from Cargo.toml.
  await page.getByRole('contentinfo').getByText(`TCP Playground ${version} ·`).waitFor();
  assert.deepEqual(page.errors, []);
});

test('unzipped at a sub-path, a bundled lesson opens and plays', async () => {
  const page = await open(`${base}?lesson=handshake`);
  await page.locator('section.lesson').getByText('The three-way handshake').waitFor();
  await page.getByText('Step 0 of 5').waitFor();
  await page.getByRole('button', { name: 'Next step ▸' }).click();
  await page.getByText('Step 1 of 5').waitFor();
  await page.getByTestId('server-state').filter({ hasText: /^LISTEN$/ }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the notes on real stacks are a page on any host, and no Markdown file is shipped for MkDocs to take', async () => {
  const mds = fs.readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith('.md') && f !== 'CHANGELOG.md');
  assert.deepEqual(mds, []);
  const page = await browser.newPage();
  await page.goto(`${base}real-stacks.html`);
  await page.getByRole('heading', { level: 1, name: 'What real stacks do differently' }).waitFor();
  await page.getByRole('link', { name: '← TCP Playground' }).click();
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
});
