import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

// The main window: every Electron security switch in its safe position, the preload as the page's
// only door to the main process.

export const minWindowSize = { width: 800, height: 560 };

export interface WindowOptionsInput {
  preload: string;
  bounds: WindowBounds;
  /** Developer tools only when not packaged. */
  devTools: boolean;
}

export function windowOptions({ preload, bounds, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    width: bounds.width,
    height: bounds.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Kupu',
    show: false, // shown on 'ready-to-show', without a white flash
    webPreferences: {
      preload,
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
      navigateOnDragDrop: false, // a dropped file is the page's to read, never a navigation
      safeDialogs: true,
      devTools,
    },
  };
}
