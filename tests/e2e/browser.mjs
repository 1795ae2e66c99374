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

/**
 * A fresh headless Chromium. With E2E_CPU_THROTTLE=N every page it opens
 * runs on a CPU slowed N times (a school Chromebook): ./scripts/test.sh
 * runs the tests that act while work runs that way too.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const rate = Number(process.env.E2E_CPU_THROTTLE ?? 1);
  if (rate > 1) {
    const slow = async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      return page;
    };
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      const newPage = context.newPage.bind(context);
      context.newPage = async () => slow(await newPage());
      return context;
    };
    browser.newPage = async (options) => (await browser.newContext(options)).newPage();
  }
  return browser;
}

/**
 * The built app served from dist/ and a Chromium, for one test file: after
 * its `before` hook, `app.base` is the app's address and `app.browser` the
 * browser; both are closed after the file's tests.
 */
export function useApp() {
  const app = {};
  before(async () => {
    app.server = await serve(path.resolve(root, process.env.DIST ?? 'dist'));
    app.base = `http://127.0.0.1:${app.server.address().port}/`;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}
