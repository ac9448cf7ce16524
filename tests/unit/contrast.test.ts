import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG 2.1 contrast of every text colour on the backgrounds it is drawn on, in both themes, read from the
// stylesheet itself (so a colour changed there is checked here). Normal text needs 4.5:1 (AA).

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'renderer', 'src', 'styles.css'), 'utf8');

/** The custom properties (`--name: #hex`) declared in the block that opens with `selector {`. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in styles.css`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1], m[2]]));
}

/** Relative luminance of an sRGB colour (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** [text, background] as the stylesheet pairs them. */
const pairs: Array<[string, string]> = [
  ...['bg', 'surface', 'surface-2', 'column', 'accent-soft', 'chip', 'warn-soft', 'danger-soft', 'ok-soft'].map((bg): [string, string] => ['text', bg]),
  ...['bg', 'surface', 'surface-2', 'column', 'chip'].map((bg): [string, string] => ['muted', bg]),
  ...['bg', 'surface', 'surface-2', 'accent-soft'].map((bg): [string, string] => ['accent', bg]),
  ['accent-text', 'accent'],
  ['ok', 'ok-soft'], ['ok', 'surface'],
  ['warn', 'warn-soft'], ['warn', 'surface'],
  ['danger', 'danger-soft'], ['danger', 'surface'], ['danger-text', 'danger'],
  ['seek-text', 'seek'],
];

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  const light = palette(':root');
  const themes = { light, dark: { ...light, ...palette(":root[data-theme='dark']") } };
  for (const [theme, colours] of Object.entries(themes)) {
    it.each(pairs)(`${theme}: --%s on --%s is at least 4.5:1`, (text, background) => {
      expect(colours[text], `--${text}`).toMatch(/^#/);
      expect(colours[background], `--${background}`).toMatch(/^#/);
      expect(contrast(colours[text], colours[background])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the dark theme sets every colour the light one does', () => {
    expect(Object.keys(palette(":root[data-theme='dark']")).sort()).toEqual(Object.keys(light).sort());
  });
});
