import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { minWindowSize } from './windowOptions';

// The main window's size and place, remembered in kupuHome()/window.json. Saved bounds are only
// trusted when they still fit a connected display (monitors come and go between sessions).

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const defaultWindowSize = { width: 1280, height: 800 };

/** How much of the title bar must be on a display for the window to be grabbable. */
const titleBar = { width: 120, height: 32 };

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Bounds to open the window with, from whatever window.json held (anything: it is a user-editable
 * file) and the work areas of the connected displays. Unusable positions are dropped (the window is
 * then centered); sizes are clamped between the minimum and the largest display.
 */
export function restoreBounds(saved: unknown, workAreas: Rectangle[]): WindowBounds {
  const record = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const maximized = record.maximized === true;
  const largest = workAreas.reduce((max, area) => ({ width: Math.max(max.width, area.width), height: Math.max(max.height, area.height) }), {
    width: 0,
    height: 0,
  });
  const clamp = (value: unknown, fallback: number, min: number, max: number) => {
    const wanted = isFiniteNumber(value) ? Math.round(value) : fallback;
    return Math.max(min, max > 0 ? Math.min(wanted, max) : wanted);
  };
  const width = clamp(record.width, defaultWindowSize.width, minWindowSize.width, largest.width);
  const height = clamp(record.height, defaultWindowSize.height, minWindowSize.height, largest.height);
  if (!isFiniteNumber(record.x) || !isFiniteNumber(record.y)) return { width, height, maximized };

  const x = Math.round(record.x);
  const y = Math.round(record.y);
  const bar = { x, y, width, height: titleBar.height };
  const reachable = workAreas.some((area) => {
    const shared = overlap(bar, area);
    return shared.width >= Math.min(titleBar.width, width) && shared.height >= titleBar.height;
  });
  return reachable ? { x, y, width, height, maximized } : { width, height, maximized };
}

export function readSavedBounds(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Best effort: losing the window's place is not worth an error dialog. */
export function writeSavedBounds(file: string, bounds: Rectangle & { maximized: boolean }): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(bounds));
    renameSync(`${file}.tmp`, file);
  } catch {
    // ignored on purpose
  }
}
