import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { card, removeHome, startKupu, type RunningKupu } from './support';

// Two `kupu serve` on two ports, open side by side in one browser. Cookies are not kept apart by port,
// so each host names its session cookie for its own port, and what the cookie holds is a session token
// the host handed out, never the secret in the printed address.

const fixture = join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv');
const hosts: RunningKupu[] = [];

test.afterAll(async () => {
  for (const host of hosts) {
    await host.stop();
    removeHome(host.home);
  }
});

const apiStatus = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/participantsList', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);

test('two hosts in one browser keep their own sessions', async ({ browser }) => {
  // Two hosts and an import start inside the test, not in a shared beforeAll: give them the time.
  test.setTimeout(180_000);
  hosts.push(await startKupu({ importFile: fixture }), await startKupu());
  const [first, second] = hosts;
  const context = await browser.newContext();
  const firstPage = await context.newPage();
  await firstPage.goto(first.url);
  await firstPage.getByLabel(/Bahasa|Language/).selectOption('en');
  await firstPage.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(firstPage.getByTestId('pool'), 'Siti Rahmawati')).toBeVisible();

  const secondPage = await context.newPage();
  await secondPage.goto(second.url);
  await expect.poll(() => apiStatus(secondPage)).toBe(200);

  // The first page, opened before the second host's session was granted, still reaches its own host.
  expect(await apiStatus(firstPage)).toBe(200);
  await firstPage.reload();
  await firstPage.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(card(firstPage.getByTestId('pool'), 'Siti Rahmawati')).toBeVisible();
  expect(await apiStatus(secondPage)).toBe(200);

  const cookies = await context.cookies();
  const secrets = hosts.map((host) => new URL(host.url).searchParams.get('k'));
  expect(new Set(cookies.map((c) => c.name)).size).toBe(2);
  for (const host of hosts) expect(cookies.map((c) => c.name)).toContain(`kupu_session_${new URL(host.url).port}`);
  for (const cookie of cookies) {
    expect(secrets).not.toContain(cookie.value);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  }
  await context.close();
});
