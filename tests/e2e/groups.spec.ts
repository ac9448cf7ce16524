import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arrowRightUntil, card, column, dndAnnouncer, dragWithMouse, kupuForFile, removeHome, screensDir, startKupu } from './support';

// Finding people on the board (search by phone, level, region, the three toggles) and the group board in
// both languages: one column per group mentor whatever skill each mentee came for, her seats counted
// once; the keyboard, "Assign to…" and mouse paths, undo and the announcements; and the same number of
// groups on the board, the Rosters screen and the roster PDF; the board mode remembered on reload.

const fixture = join(import.meta.dirname, '..', 'fixtures', 'cohort-small.csv');
const kupu = kupuForFile({ importFile: fixture });

const headings = (page: Page) => page.getByTestId('column').getByRole('heading');

test('find and filter: phone, level, region, toggles, clear', async ({ page }) => {
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  await expect(page.getByTestId('column')).toHaveCount(6);

  await page.getByRole('searchbox', { name: 'Search name or phone' }).fill('0812-1111-0002');
  await expect(headings(page)).toHaveText(['Dewi Lestari']);
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search name or phone' }).fill('');

  await page.getByRole('combobox', { name: 'Level' }).selectOption('Batch 8');
  await expect(headings(page)).toHaveText(['Ayu Kartika']);
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Level' }).selectOption('');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('Bandung');
  await expect(headings(page)).toHaveText(['Maya Sari', 'Rina Wulandari', 'Siti Rahmawati']);

  // Nobody has a proposal yet, and nobody is over capacity: the board says so instead of going blank.
  await page.getByRole('button', { name: '✉ Pending' }).click();
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await expect(page.getByTestId('pool').getByTestId('card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear 2 filters' }).click();
  await page.getByRole('button', { name: 'Over capacity' }).click();
  await expect(page.getByTestId('column')).toHaveCount(0);
  await page.getByRole('button', { name: 'Over capacity' }).click();
  await page.getByRole('button', { name: 'No mentee yet' }).click();
  await expect(page.getByTestId('column')).toHaveCount(6);
  await page.getByRole('button', { name: 'Clear 1 filter' }).click();
  await expect(page.getByRole('button', { name: 'No mentee yet' })).toHaveAttribute('aria-pressed', 'false');
});

const words = {
  en: {
    board: 'Board', rosters: 'Rosters', actions: /Actions for/, assignTo: 'Assign to…', unassigned: 'Unassigned',
    none: '0 groups · 4 group mentors without mentees yet', one: '1 group · 3 group mentors without mentees yet',
    two: '2 groups · 2 group mentors without mentees yet', rosterCount: '2 groups · 1 peer pair',
    picked: /Picked up Nur Aisyah|Nur Aisyah is over Unassigned/, over: /is over (Ayu Kartika|Maya Sari|Rina Wulandari|Siti Rahmawati|Unassigned)/,
    assigned: 'Nur Aisyah assigned to Ayu Kartika.', seeks: 'Seeks', pairedFor: 'The skill of this pairing',
  },
  id: {
    board: 'Papan', rosters: 'Daftar Kelompok', actions: /Tindakan untuk/, assignTo: 'Pasangkan ke…', unassigned: 'Belum punya mentor',
    none: '0 kelompok · 4 mentor kelompok belum punya mentee', one: '1 kelompok · 3 mentor kelompok belum punya mentee',
    two: '2 kelompok · 2 mentor kelompok belum punya mentee', rosterCount: '2 kelompok · 1 pasangan',
    picked: /Nur Aisyah diangkat|Nur Aisyah berada di atas Belum punya mentor/,
    over: /berada di atas (Ayu Kartika|Maya Sari|Rina Wulandari|Siti Rahmawati|Belum punya mentor)/,
    assigned: 'Nur Aisyah dipasangkan dengan Ayu Kartika.', seeks: 'Mencari', pairedFor: 'Keahlian pasangan ini',
  },
} as const;

async function assignByMenu(page: Page, w: (typeof words)['en' | 'id'], mentee: string, mentor: string) {
  await card(page.getByTestId('pool'), mentee).getByRole('button', { name: w.actions }).click();
  await page.getByRole('menuitem', { name: w.assignTo }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill(mentor.split(' ')[0]);
  await page.getByRole('dialog').getByRole('option').filter({ hasText: mentor }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

for (const language of ['en', 'id'] as const) {
  const w = words[language];
  test(`group board: one column per group mentor, keyboard, Assign to…, mouse, undo; the roster PDF counts the same groups (${language})`, async ({ page }) => {
    test.setTimeout(150_000);
    const own = await startKupu({ importFile: fixture });
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(own.url);
      await page.getByLabel(/Bahasa|Language/).selectOption(language);
      await page.getByTestId('mode-groups').click();
      // Group mentors (Group or Both) only, one column each, whatever they offer; Dewi and Fitri mentor peers.
      await expect(headings(page)).toHaveText(['Ayu Kartika', 'Maya Sari', 'Rina Wulandari', 'Siti Rahmawati']);
      await expect(page.getByTestId('board-count')).toHaveText(w.none);
      await expect(column(page, 'Ayu Kartika').getByRole('list', { name: /Offers|Menawarkan/ })).toContainText('Cooking');
      await expect(column(page, 'Ayu Kartika').getByRole('list', { name: /Offers|Menawarkan/ })).toContainText('Canva');

      // Keyboard: Nur Aisyah seeks Canva and Cooking; into Ayu Kartika's group.
      const announcer = dndAnnouncer(page);
      await card(page.getByTestId('pool'), 'Nur Aisyah').focus();
      await page.keyboard.press('Space');
      await expect(announcer).toContainText(w.picked);
      await arrowRightUntil(page, 'Ayu Kartika', w.over);
      await page.keyboard.press('Space');
      const ayu = column(page, 'Ayu Kartika');
      await expect(card(ayu, 'Nur Aisyah')).toBeVisible();
      await expect(page.getByTestId('announcer')).toContainText(w.assigned);
      // Every skill she seeks, the one she is paired for first and marked.
      await expect(card(ayu, 'Nur Aisyah').getByRole('list', { name: w.seeks }).getByRole('listitem')).toHaveText(['Canva', 'Cooking']);
      await expect(card(ayu, 'Nur Aisyah').getByTitle(w.pairedFor)).toHaveText('Canva');
      await expect(page.getByTestId('board-count')).toHaveText(w.one);

      // The menu path: Maya Sari (who came for Cooking) joins the same group: one column, two skills, one count of seats.
      await assignByMenu(page, w, 'Maya Sari', 'Ayu Kartika');
      await expect(card(ayu, 'Maya Sari').getByTitle(w.pairedFor)).toHaveText('Cooking');
      await expect(ayu.locator('.capacity')).toHaveText('2/2');
      await expect(page.getByTestId('board-count')).toHaveText(w.one);

      // Mouse: Indah Permata (Parenting, Canva) into Siti Rahmawati's group; undo takes her back.
      const siti = column(page, 'Siti Rahmawati');
      await dragWithMouse(page, card(page.getByTestId('pool'), 'Indah Permata'), siti);
      await expect(card(siti, 'Indah Permata')).toBeVisible();
      await expect(page.getByTestId('board-count')).toHaveText(w.two);
      await expect(page.getByTestId('save-state')).toHaveText(/✓/);
      await page.keyboard.press('Control+z');
      await expect(card(page.getByTestId('pool'), 'Indah Permata')).toBeVisible();
      await expect(siti.getByTestId('card')).toHaveCount(0);
      await expect(page.getByTestId('board-count')).toHaveText(w.one);
      await assignByMenu(page, w, 'Indah Permata', 'Siti Rahmawati');
      await expect(page.getByTestId('board-count')).toHaveText(w.two);

      // A peer pair (mentor board) is no group: the group board's count stays.
      await page.getByTestId('mode-mentors').click();
      await assignByMenu(page, w, 'Lina Marlina', 'Dewi Lestari');
      await expect(card(column(page, 'Dewi Lestari'), 'Lina Marlina')).toBeVisible();
      await page.getByTestId('mode-groups').click();
      await expect(page.getByTestId('board-count')).toHaveText(w.two);
      // The board mode is remembered across a reload.
      await page.reload();
      await expect(page.getByTestId('mode-groups')).toHaveAttribute('aria-pressed', 'true');
      await expect(card(column(page, 'Siti Rahmawati'), 'Indah Permata')).toBeVisible();
      await page.screenshot({ path: join(screensDir(), `groups-board-1366-${language}.png`) });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(screensDir(), `groups-board-1920-${language}.png`) });
      const boardGroups = Number(/^\d+/.exec((await page.getByTestId('board-count').textContent()) ?? '')?.[0]);

      // The Rosters screen and the PDF count the same groups, peer pairs apart, and the same seats.
      await page.getByRole('navigation').getByRole('button', { name: w.rosters, exact: true }).click();
      await expect(page.getByTestId('roster-count')).toHaveText(w.rosterCount);
      const download = page.waitForEvent('download');
      await page.getByTestId('roster-pdf').click();
      const file = join(own.home, 'rosters.pdf');
      await (await download).saveAs(file);
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
      const titles = pages.map((p) => /(Kelompok|Group|Pasangan|Peer pair) (\d+) (dari|of) (\d+)/.exec(p)?.slice(1));
      const groupTitles = titles.filter((m) => m?.[0] === 'Kelompok' || m?.[0] === 'Group');
      expect(groupTitles).toHaveLength(boardGroups);
      expect(groupTitles.map((m) => Number(m?.[3]))).toEqual([boardGroups, boardGroups]);
      expect(titles.filter((m) => m?.[0] === 'Pasangan' || m?.[0] === 'Peer pair').map((m) => `${m?.[1]}/${m?.[3]}`)).toEqual(['1/1']);
      const ayuPage = pages.find((p) => /Mentor\s+Ayu Kartika/i.test(p)) ?? '';
      expect(ayuPage).toMatch(/(Slot terisi|Seats taken):\s*2\/2/i);
      for (const name of ['Nur Aisyah', 'Maya Sari']) expect(ayuPage).toContain(name);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: join(screensDir(), `groups-rosters-1366-${language}.png`) });
    } finally {
      await own.stop();
      removeHome(own.home);
    }
  });
}

test('a mentor\'s column saves her directory poster (PNG)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(kupu.current.url);
  await page.getByLabel(/Bahasa|Language/).selectOption('en');
  const download = page.waitForEvent('download');
  await column(page, 'Siti Rahmawati').getByRole('button', { name: 'Poster: Siti Rahmawati' }).click();
  const file = join(kupu.current.home, 'board-poster.png');
  await (await download).saveAs(file);
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1350]);
  await expect(page.getByTestId('poster-outcome')).toHaveText(/Saved Siti-Rahmawati\.png\./);
});
