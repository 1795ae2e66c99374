import path from 'node:path';
import fs from 'node:fs';
import { launch, root } from './browser.mjs';
import { serve } from './serve.mjs';
const server = await serve(path.join(root, 'dist'));
const browser = await launch();
const base = `http://127.0.0.1:${server.address().port}/`;
for (const width of [375, 768, 1366, 1920]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base);
  await page.getByTestId('client-state').waitFor();
  await page.getByRole('button', { name: 'Got it' }).click().catch(() => {});
  await page.locator('input[type=file]').setInputFiles(path.join(root, 'engine/tests/captures/lossy.pcap'));
  await page.getByTestId('capture').getByRole('heading').waitFor();
  await page.locator('[data-testid=replay]').waitFor({ state: 'detached' });
  await page.getByTestId('capture').getByText(/did something else/).click();
  await page.screenshot({ path: `/tmp/cap-${width}.png`, fullPage: false });
  await page.close();
}
// The picker: two connections.
const a = fs.readFileSync(path.join(root, 'engine/tests/captures/abort.pcap'));
const b = fs.readFileSync(path.join(root, 'engine/tests/captures/closed-port.pcap'));
const two = Buffer.concat([a, b.subarray(24)]);
fs.writeFileSync('/tmp/two.pcap', two);
const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
await page.goto(base);
await page.getByTestId('client-state').waitFor();
await page.locator('input[type=file]').setInputFiles('/tmp/two.pcap');
await page.getByText(/several TCP connections/).waitFor();
await page.screenshot({ path: '/tmp/pick-375.png' });
// Keyboard: tab to the first connection and press Enter.
await page.keyboard.press('Tab');
const focused = await page.evaluate(() => document.activeElement?.textContent);
console.log('focus after Tab:', focused);
await browser.close(); server.close();
