import { BrowserWindow, screen } from 'electron';
import { windowOptions } from './windowOptions';
import { readSavedBounds, restoreBounds, writeSavedBounds } from './windowState';

// The app window: opened where it was last closed (when that is still on a screen), shown once
// painted, its place saved on close.

export interface MainWindowOptions {
  preload: string;
  entryUrl: string;
  /** kupuHome()/window.json */
  stateFile: string;
  devTools: boolean;
}

export function createMainWindow({ preload, entryUrl, stateFile, devTools }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = restoreBounds(readSavedBounds(stateFile), workAreas);
  const window = new BrowserWindow(windowOptions({ preload, bounds, devTools }));
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => writeSavedBounds(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  void window.loadURL(entryUrl);
  return window;
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
