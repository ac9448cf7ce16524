import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formCohort } from '../support/matching/formCohort';
import { writeRegistrationCsv } from '../support/matching/registrationCsv';
import { card, kupuForFile } from './support';

// The matcher on the board: suggestions appear as ghost cards with their score and reasons; the
// coordinator compares, rejects one, accepts one, accepts the rest, and can undo it all.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv') });

test('suggest, compare, reject, accept one, accept all, undo', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(10);

  await page.getByTestId('suggest').click();
  const bar = page.getByTestId('suggestion-bar');
  await expect(bar).toContainText(/\d+ suggestions · total score \d+/);
  const ghosts = page.getByTestId('ghost');
  const suggested = await ghosts.count();
  expect(suggested).toBeGreaterThan(3);
  await expect(ghosts.first()).toContainText(/Skill/);
  await page.screenshot({ path: '.tmp/screens/suggestions.png' });

  await bar.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare').locator('tbody tr')).toHaveCount(suggested);
  await page.screenshot({ path: '.tmp/screens/compare.png' });
  await page.keyboard.press('Escape');

  // Every unmatched mentee is listed with a reason in words.
  await bar.getByText(/without a mentor/).click();
  await expect(page.getByTestId('unmatched').locator('li').first()).toContainText(/offers|full|declined|level|better|Seeks/);
  await bar.getByText(/without a mentor/).click();

  const first = ghosts.first();
  const rejectedName = (await first.locator('.card-name').textContent()) ?? '';
  await first.getByRole('button', { name: /Reject suggestion/ }).click();
  await expect(ghosts).toHaveCount(suggested - 1);

  const second = ghosts.first();
  const acceptedName = (await second.locator('.card-name').textContent()) ?? '';
  await second.getByRole('button', { name: /Accept suggestion/ }).click();
  await expect(ghosts).toHaveCount(suggested - 2);
  await expect(card(page.getByTestId('column'), acceptedName)).toBeVisible();

  await page.getByTestId('accept-all').click();
  await expect(ghosts).toHaveCount(0);
  const paired = await page.getByTestId('column').getByTestId('card').count();
  expect(paired).toBe(suggested - 1);

  // A rejected suggestion is not offered again.
  await page.getByTestId('suggest').click();
  await expect(bar).toBeVisible();
  await expect(page.getByTestId('ghost').filter({ hasText: rejectedName })).toHaveCount(0);
  await bar.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('column').getByTestId('card')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('column').getByTestId('card')).toHaveCount(1);
});

// A registration export shaped like a Google Form's checkbox list: five skills that most people tick,
// a few regions and levels, a third naming mentors they know. Enough people per skill that the
// matcher works on class nodes rather than one arc per pair.
const formFile = join(mkdtempSync(join(tmpdir(), 'kupu-form-')), 'registrations.csv');
writeRegistrationCsv(formCohort(16, { size: 160, skills: 5, regions: 3, levels: 2, tightness: 'balanced' }), formFile);
const formKupu = kupuForFile({ importFile: formFile });

test('suggest on a form-shaped cohort: every suggestion with its reasons, everyone unmatched with a reason, accept all', async ({ page }) => {
  await page.goto(formKupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(page.getByTestId('pool').getByTestId('card').first()).toBeVisible();

  for (const mode of ['Proposals first', 'Best total']) {
    await page.getByLabel('Matching mode').selectOption({ label: mode });
    await page.getByTestId('suggest').click();
    const bar = page.getByTestId('suggestion-bar');
    await expect(bar).toContainText(/\d+ suggestions · total score \d+/);
    const count = Number((await bar.locator('strong').textContent())?.match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThan(50);
    await expect(page.getByTestId('ghost').first()).toContainText(/Skill .* \+\d+/);
    await bar.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('compare').locator('tbody tr')).toHaveCount(count);
    await expect(page.getByTestId('compare').locator('tbody tr').first()).toContainText(/Skill/);
    await page.keyboard.press('Escape');
    await bar.getByText(/without a mentor/).click();
    await expect(page.getByTestId('unmatched').locator('li').first()).toContainText(/offers|full|declined|level|better|Seeks/);
    if (mode === 'Best total') {
      await page.screenshot({ path: '.tmp/screens/suggestions-form.png' });
      await page.getByTestId('accept-all').click();
      await expect(page.getByTestId('ghost')).toHaveCount(0);
    } else await bar.getByRole('button', { name: 'Dismiss' }).click();
  }
  // Everything the matcher could place is placed: a second run finds nothing better to add.
  await page.getByTestId('suggest').click();
  await expect(page.getByTestId('suggestion-bar')).toContainText(/No new pairings possible|0 suggestions/);
});
