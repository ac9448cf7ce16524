import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { kupuForFile } from './support';

// The app's one styled question dialog: labelled, focus kept inside, Escape cancels, focus goes back; a
// one-click close of a mentor in the participants table asks first, and History names whom it closed.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv') });

for (const language of ['en', 'id'] as const) {
  const words = language === 'en'
    ? { tab: 'Participants', closed: 'Closed', title: 'Close Ayu Kartika to new mentees?', yes: 'Close Ayu Kartika', no: 'Cancel', history: 'History', logged: 'Closed Ayu Kartika to new mentees' }
    : { tab: 'Peserta', closed: 'Tutup', title: 'Tutup Ayu Kartika untuk mentee baru?', yes: 'Tutup Ayu Kartika', no: 'Batal', history: 'Riwayat', logged: 'Menutup Ayu Kartika untuk mentee baru' };

  test(`closing a mentor asks first in the app's own dialog (${language})`, async ({ page }) => {
    await page.goto(kupu.current.url);
    await page.getByLabel(/Bahasa|Language/).selectOption(language);
    await page.getByRole('button', { name: words.tab, exact: true }).click();
    const closed = page.getByTestId('participants-table').getByRole('checkbox', { name: `${words.closed}: Ayu Kartika` });
    await expect(closed).not.toBeChecked();

    // No native dialog may appear: Playwright would report it here.
    page.on('dialog', (native) => { throw new Error(`native ${native.type()} dialog: ${native.message()}`); });
    await closed.click();
    const dialog = page.getByRole('alertdialog', { name: words.title });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-describedby', /.+/);
    const yes = dialog.getByRole('button', { name: words.yes });
    const no = dialog.getByRole('button', { name: words.no });
    await expect(yes).toBeFocused();
    // Tab and Shift+Tab wrap inside the dialog.
    await page.keyboard.press('Tab');
    await expect(no).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(no).toBeFocused();
    await page.screenshot({ path: `.tmp/screens/confirm-${language}.png` });

    // Escape cancels: nothing changed, and focus is back on the checkbox.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(closed).not.toBeChecked();
    await expect(closed).toBeFocused();

    await closed.click();
    await page.getByRole('alertdialog', { name: words.title }).getByRole('button', { name: words.yes }).click();
    await expect(closed).toBeChecked();
    await page.getByRole('button', { name: words.history, exact: true }).click();
    await expect(page.getByTestId('history').locator('li').first()).toContainText(words.logged);

    // Undo reopens her; reopening by hand asks nothing.
    await page.keyboard.press('Control+z');
    await expect(closed).not.toBeChecked();
    await closed.click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.yes }).click();
    await expect(closed).toBeChecked();
    await closed.click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(closed).not.toBeChecked();
  });
}

test('restoring a backup asks over the Backups dialog, and Cancel leaves the dialog usable', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await page.getByText('Cohort', { exact: true }).click();
  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await backups.getByTestId('backups').getByRole('button', { name: 'Restore' }).first().click();
  const question = page.getByRole('alertdialog', { name: 'Restore' });
  await expect(question).toContainText('Replace the whole cohort');
  // A destructive question starts on the safe answer.
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(backups).toBeVisible();
  await backups.getByRole('button', { name: 'Close' }).click();
  await expect(backups).toHaveCount(0);
});
