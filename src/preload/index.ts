import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

// Runs sandboxed, before the page: publishes `window.kupu` through the context bridge.
contextBridge.exposeInMainWorld('kupu', buildBridge(ipcRenderer));
