// The headless Chromium every end-to-end test drives: Debian's, with the
// flags this offline machine needs (no background requests, no sandbox as
// root), through playwright-core installed in .tools/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

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
