// A teacher's own translation, in a language the playground's words are
// not translated into: a French browser reads the lesson's `say fr`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

const lesson = `title "Poignée de main"
say "The server listens."
say fr "Le serveur écoute."
server listen
say "The client connects."
say pt-BR "O cliente conecta."
client connect
`;
let server, browser, base;

before(async () => {
  server = await serve(path.join(root, 'dist'), {
    pages: { '/lessons/fr.scn': { type: 'text/plain; charset=utf-8', body: lesson } },
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(query, locale) {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${base}${query}`);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  return page;
}

test('a French browser reads a lesson narrated in French beside English buttons', async () => {
  const page = await open('?lesson=lessons/fr.scn', 'fr-FR');
  await page.getByRole('button', { name: 'Next step ▸' }).click();
  const narration = page.locator('section.lesson .narration');
  await narration.getByText('Le serveur écoute.').waitFor();
  // Marked as French for screen readers; the page itself stays English.
  assert.equal(await narration.locator('span[lang=fr]').count(), 1);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});

test('?lang=pt-BR is taken, says what is in that language, and shows pt-BR narration', async () => {
  const page = await open('?lesson=lessons/fr.scn&lang=pt-BR', 'en-US');
  await page.getByText('lang=“pt-BR”: a lesson\'s narration is shown in this language').waitFor();
  const next = page.getByRole('button', { name: 'Next step ▸' });
  await next.click();
  // No pt narration for this step: as written.
  await page.locator('section.lesson .narration').getByText('The server listens.').waitFor();
  await next.click();
  await page.locator('section.lesson .narration').getByText('O cliente conecta.').waitFor();
});
