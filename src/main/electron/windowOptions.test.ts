import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minWindowSize, windowOptions } from './windowOptions';
import { defaultWindowSize, readSavedBounds, restoreBounds, writeSavedBounds } from './windowState';

describe('windowOptions', () => {
  const options = windowOptions({ preload: '/app/out/preload/index.cjs', bounds: { width: 1000, height: 700, maximized: false }, devTools: false });

  it('turns every security switch to its safe position', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('opens hidden (shown when painted), centered when there is no saved place', () => {
    expect(options).toMatchObject({ show: false, center: true, width: 1000, height: 700, minWidth: minWindowSize.width });
    expect(options.x).toBeUndefined();
    const placed = windowOptions({ preload: 'p', bounds: { x: 10, y: 20, width: 900, height: 600, maximized: false }, devTools: true });
    expect(placed).toMatchObject({ x: 10, y: 20, width: 900, height: 600 });
    expect(placed.center).toBeUndefined();
    expect(placed.webPreferences?.devTools).toBe(true);
  });
});

describe('restoreBounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 };
  const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1415 };

  it('keeps a saved place that is on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1200, height: 800, maximized: true }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: true,
    });
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop, rightMonitor])).toMatchObject({ x: 2000, width: 1600 });
  });

  it('drops the place when its monitor is gone (window centered), and shrinks it to fit', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop])).toEqual({
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('needs the title bar on screen, not just a corner', () => {
    expect(restoreBounds({ x: 1400, y: 100, width: 900, height: 600 }, [laptop])).not.toHaveProperty('x'); // 40 px visible
    expect(restoreBounds({ x: 100, y: -500, width: 900, height: 600 }, [laptop])).not.toHaveProperty('x'); // title bar above
    expect(restoreBounds({ x: -700, y: 100, width: 900, height: 600 }, [laptop])).toHaveProperty('x', -700); // 200 px visible
  });

  it.each([null, undefined, 'junk', 42, [], { width: 'wide' }, { x: Number.NaN, y: 0, width: Infinity, height: -5 }])(
    'falls back to a sane default for %j',
    (saved) => {
      const bounds = restoreBounds(saved, [laptop]);
      expect(bounds.width).toBeGreaterThanOrEqual(minWindowSize.width);
      expect(bounds.height).toBeGreaterThanOrEqual(minWindowSize.height);
      expect(bounds.width).toBeLessThanOrEqual(Math.max(defaultWindowSize.width, laptop.width));
      expect(bounds).not.toHaveProperty('x');
    },
  );

  it('never goes below the minimum size', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 10, height: 10 }, [laptop])).toMatchObject(minWindowSize);
  });
});

describe('window.json', () => {
  it('round-trips, and unreadable files read as null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kupu-window-'));
    const file = join(dir, 'nested', 'window.json');
    expect(readSavedBounds(file)).toBeNull();
    writeSavedBounds(file, { x: 1, y: 2, width: 900, height: 600, maximized: false });
    expect(readSavedBounds(file)).toEqual({ x: 1, y: 2, width: 900, height: 600, maximized: false });
    writeFileSync(file, '{broken');
    expect(readSavedBounds(file)).toBeNull();
    expect(() => writeSavedBounds(join(file, 'not-a-dir', 'w.json'), { x: 0, y: 0, width: 1, height: 1, maximized: false })).not.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('{broken');
  });
});
