// The headless Chromium every end-to-end test drives: Debian's, with the
// flags this offline machine needs (no background requests, no sandbox as
// root), through playwright-core installed in .tools/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { serve } from './serve.mjs';

/** The project's folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');

/** A fresh headless Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The built app served from dist/ and a Chromium, for one test file: after
 * its `before` hook, `app.base` is the app's address and `app.browser` the
 * browser; both are closed after the file's tests.
 */
export function useApp() {
  const app = {};
  before(async () => {
    app.server = await serve(path.join(root, 'dist'));
    app.base = `http://127.0.0.1:${app.server.address().port}/`;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}
