import { expect, test } from '@playwright/test';
import { join } from 'node:path';
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
