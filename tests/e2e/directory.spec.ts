import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kupuForFile, screensDir } from './support';

// The mentor directory the participants browse: the coordinator previews it, keeps contacts out (the
// default) or puts them in, and shares it as an HTML file that works offline with its own search, a PDF
// catalogue and a poster per mentor.

const kupu = kupuForFile({ importFile: join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv') });
const out = join('.tmp', 'directory-e2e');
mkdirSync(out, { recursive: true });

async function save(page: Page, testId: string, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = join(out, name);
  await (await download).saveAs(file);
  return file;
}

test('preview, share the HTML offline and search it, contacts only when turned on', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await page.getByRole('button', { name: 'Direktori', exact: true }).click();
  await expect(page.getByTestId('directory-summary')).toContainText('6 mentor di 6 keahlian');
  const preview = page.getByTestId('directory-preview');
  await expect(preview.locator('details').filter({ hasText: 'Canva' })).toContainText('Siti Rahmawati');
  await expect(page.getByTestId('directory-privacy')).toContainText('tidak ikut');
  await page.screenshot({ path: join(screensDir(), 'directory-id.png') });

  // The shared file, opened the way a participant opens it from her phone's downloads: no network.
  const htmlFile = await save(page, 'directory-html', 'directory.html');
  const html = readFileSync(htmlFile, 'utf8');
  expect(html).not.toMatch(/0812|6281211110001|siti\.rahma@example\.com|wa\.me/);
  const offline = await browser.newContext({ offline: true, viewport: { width: 390, height: 844 } });
  const phone = await offline.newPage();
  await phone.goto(`file://${join(process.cwd(), htmlFile)}`);
  await expect(phone.getByRole('heading', { name: 'Direktori Mentor' })).toBeVisible();
  await phone.getByRole('searchbox').fill('canva');
  await expect(phone.locator('section.skill:visible')).toHaveCount(1);
  await expect(phone.locator('section.skill:visible h2')).toContainText('Canva');
  await phone.screenshot({ path: join(screensDir(), 'directory-file-phone-id.png') });
  await phone.getByRole('searchbox').fill('siti');
  await expect(phone.locator('.mentor:visible')).toHaveCount(2); // Siti teaches Canva and Public Speaking
  await phone.getByRole('searchbox').fill('tidak ada orang ini');
  await expect(phone.getByText('Tidak ada mentor yang cocok')).toBeVisible();
  await offline.close();

  // Contacts on: remembered, said beside the export buttons, and in the files.
  await page.getByTestId('directory-contacts').check();
  await expect(page.getByTestId('directory-privacy')).toContainText('ikut dalam berkas');
  await page.reload();
  await expect(page.getByTestId('directory-contacts')).toBeChecked();
  expect(readFileSync(await save(page, 'directory-html', 'directory-contacts.html'), 'utf8')).toContain('https://wa.me/6281211110001');
});

test('the PDF catalogue and a mentor\'s poster, and words that follow a language switch', async ({ page }) => {
  // Each makes a file with Chromium: slow on a loaded machine, so this test has more time.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('id');
  await page.getByRole('button', { name: 'Direktori', exact: true }).click();
  const preview = page.getByTestId('directory-preview');
  await expect(page.getByTestId('directory-contacts')).toBeChecked(); // turned on by the test before, remembered

  const pdf = await save(page, 'directory-pdf', 'directory.pdf');
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Direktori Mentor');
  expect(pdfText).toContain('Siti Rahmawati');
  expect(pdfText).toContain('+62 812-1111-0001');

  // A mentor's poster from her card: a 1080×1350 PNG.
  const download = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Poster: Siti Rahmawati' }).first().click();
  const poster = join(out, 'poster.png');
  await (await download).saveAs(poster);
  const png = readFileSync(poster);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1350]);

  await expect(page.locator('.status-line')).toContainText('Siti-Rahmawati.png tersimpan.');
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(page.getByTestId('directory-privacy')).toContainText('are included');
  // No message stays in the old language after switching.
  await expect(page.locator('.status-line')).toContainText('Saved Siti-Rahmawati.png.');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(screensDir(), 'directory-en-dark.png') });
});
