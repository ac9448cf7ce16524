import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../preload/channels';
import type { Labels } from './labels';

// The application menu as plain data (Menu.buildFromTemplate builds it). Commands the page handles
// go out as `kupu:menu` events (New cohort opens the page's dialog, which asks for the name); Open cohort
// needs a native dialog, so the shell handles it.

export interface MenuActions {
  send(command: MenuCommand): void;
  openCohort(): void;
}

export interface MenuOptions {
  labels: Labels;
  actions: MenuActions;
  isMac: boolean;
  isDev: boolean;
}

export function menuTemplate({ labels: l, actions, isMac, isDev }: MenuOptions): MenuItemConstructorOptions[] {
  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Kupu',
    submenu: [
      { role: 'about', label: l.about },
      { type: 'separator' },
      { role: 'services', label: l.services },
      { type: 'separator' },
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.showAll },
      { type: 'separator' },
      { role: 'quit', label: l.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      { id: 'cohortNew', label: l.newCohort, accelerator: 'CmdOrCtrl+N', click: () => actions.send('cohortNew') },
      { id: 'cohortOpen', label: l.openCohort, accelerator: 'CmdOrCtrl+O', click: () => actions.openCohort() },
      { type: 'separator' },
      { id: 'import', label: l.importRegistrations, accelerator: 'CmdOrCtrl+I', click: () => actions.send('import') },
      { id: 'print', label: l.printRosters, accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      // The cohort's history (pairings, edits), not a text field's: the page decides.
      { id: 'undo', label: l.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
      { id: 'redo', label: l.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.send('redo') },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...(isDev ? [{ role: 'reload', label: l.reload } as const, { role: 'toggleDevTools', label: l.devTools } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom', label: l.actualSize },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    submenu: [{ role: 'minimize', label: l.minimize }, ...(isMac ? [{ role: 'front' } as const] : [])],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: l.help, submenu: [{ role: 'about', label: l.about }] };
  return [...(isMac ? [macAppMenu] : []), file, edit, view, ...(isMac ? [windowMenu] : []), help];
}
