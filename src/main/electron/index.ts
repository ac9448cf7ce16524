import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuCommand } from '../../preload/channels';
import { createHandlers } from '../api';
import { defaultCohortPath, ensureParentDir, kupuHome } from '../config';
import { openSession } from '../session';
import { createCohortPlaces } from '../cohortPlaces';
import { appSchemePrivileges, createAppProtocolHandler, createPrintPages } from './appProtocol';
import { createPlaceChooser, openCohortFlow, type CohortFlowContext } from './cohortDialogs';
import { devCsp, withCsp } from './csp';
import { handleDownloads } from './downloads';
import { createSenderCheck, registerHandlers, sendMenuCommand } from './ipc';
import { languageFor, labelsFor } from './labels';
import { createMainWindow, focusWindow } from './mainWindow';
import { menuTemplate } from './menu';
import { missingNativeBindingMessage, nativeBindingPath } from './nativeBinding';
import { appScheme, devServerOrigin, guardWebContents, originRules } from './navigation';
import { blockWebviews, denyAllPermissions } from './permissions';
import { createImagePainter, createRosterPrinter } from './print';

// The desktop shell: wires the pure parts of this folder to Electron. Everything the page can do
// goes through the contract's handler map over IPC (ipc.ts); the rest is window, menu and files.

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigin = devServerOrigin(devUrl);
const rules = originRules(devUrl);
let mainWindow: BrowserWindow | null = null;

// Before `ready`: every renderer sandboxed, and app:// a standard, secure scheme.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  app.quit(); // the first instance gets 'second-instance' and comes to the front
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, rules, (url) => void shell.openExternal(url).catch(() => undefined));
    blockWebviews(contents);
  });
  app.whenReady().then(ready).catch(failed);
}

function ready(): void {
  const labels = labelsFor(app.getLocale());
  const language = languageFor(app.getLocale());
  const printPages = createPrintPages();
  protocol.handle(appScheme, createAppProtocolHandler({ rendererDir: join(import.meta.dirname, '../renderer'), printPages }));
  denyAllPermissions(session.defaultSession);
  handleDownloads(session.defaultSession, rules, labels);
  if (devOrigin) {
    session.defaultSession.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, respond) =>
      respond({ responseHeaders: withCsp(details.responseHeaders, devCsp()) }),
    );
  }

  const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  if (!existsSync(nativeBinding)) throw new Error(missingNativeBindingMessage(nativeBinding));
  const cohortPath = defaultCohortPath();
  ensureParentDir(cohortPath); // the first launch: Kupu's home folder does not exist yet
  const cohort = openSession(cohortPath, { remember: true, nativeBinding });
  app.on('will-quit', () => cohort.close());
  // The page may make cohort files only in Kupu's folder or where the coordinator chose in New cohort's
  // "Choose another place…" (the save dialog).
  const cohortPlaces = createCohortPlaces();
  const chooseCohortPlace = createPlaceChooser({ window: () => mainWindow, labels, places: cohortPlaces, folder: kupuHome() });
  const handlers = createHandlers(cohort, {
    renderPdf: createRosterPrinter(printPages), renderImages: createImagePainter(printPages), cohortPlaces, chooseCohortPlace,
  });
  registerHandlers(ipcMain, handlers, createSenderCheck(rules.isAppUrl, (id) => mainWindow?.webContents.id === id));

  const openWindow = () => {
    mainWindow = createMainWindow({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      entryUrl: rules.entryUrl,
      stateFile: join(kupuHome(), 'window.json'),
      devTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };
  openWindow();

  const cohortFlow = (): CohortFlowContext => ({
    window: mainWindow,
    labels,
    language,
    handlers,
    places: cohortPlaces,
    folder: kupuHome(),
    changed: () => sendMenuCommand(mainWindow?.webContents, 'cohortChanged'),
  });
  const actions = {
    send: (command: MenuCommand) => sendMenuCommand(mainWindow?.webContents, command),
    openCohort: () => void openCohortFlow(cohortFlow()),
  };
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ labels, actions, isMac, isDev: devOrigin !== null })));

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function failed(error: unknown): void {
  dialog.showErrorBox(labelsFor(app.getLocale()).startFailed, error instanceof Error ? error.message : String(error));
  app.exit(1);
}
