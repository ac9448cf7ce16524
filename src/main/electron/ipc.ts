import { methodNames, type ApiErrorShape, type Handlers } from '../../shared/contract';
import { menuChannel, methodChannel, type MenuCommand } from '../../preload/channels';
import { dispatch, saidError, toApiError } from '../dispatch';

// The handler map over IPC: one `kupu:<method>` channel per contract method, nothing else. Every call
// first proves it comes from the app's own page, then goes through `dispatch` (contract validation),
// and answers with the same envelope as the browser host.

export type Envelope = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope>): void;
}

export type SenderCheck = (event: InvokeEvent) => boolean;

/**
 * Trusted: a frame that still exists, is its window's main frame (no iframe, even same-origin), shows
 * an app page, and belongs to a window the shell made for the app (not the print window).
 */
export function createSenderCheck(isAppUrl: (url: string) => boolean, isAppWindow: (webContentsId: number) => boolean): SenderCheck {
  return ({ senderFrame, sender }) =>
    senderFrame !== null && senderFrame.parent === null && isAppUrl(senderFrame.url) && isAppWindow(sender.id);
}

export const refusedSender: Envelope = {
  ok: false,
  error: saidError('refused', 'api.notThisPage'),
};

export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, isTrustedSender: SenderCheck): string[] {
  const channels = methodNames.map((method) => {
    const channel = methodChannel(method);
    ipcMain.handle(channel, async (event, params) => {
      if (!isTrustedSender(event)) return refusedSender;
      try {
        return { ok: true, result: await dispatch(handlers, method, params) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    });
    return channel;
  });
  return channels;
}

export interface MenuTarget {
  send(channel: string, command: MenuCommand): void;
}

export function sendMenuCommand(target: MenuTarget | null | undefined, command: MenuCommand): void {
  target?.send(menuChannel, command);
}
