import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { blockWebviews, denyAllPermissions, type PermissionSession } from './permissions';

describe('denyAllPermissions', () => {
  const installed = () => {
    const handlers: Partial<Record<keyof PermissionSession, unknown>> = {};
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => void (handlers.setPermissionRequestHandler = handler),
      setPermissionCheckHandler: (handler) => void (handlers.setPermissionCheckHandler = handler),
      setDevicePermissionHandler: (handler) => void (handlers.setDevicePermissionHandler = handler),
    };
    denyAllPermissions(session);
    return handlers as {
      setPermissionRequestHandler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
      setPermissionCheckHandler: (wc: unknown, permission: string) => boolean;
      setDevicePermissionHandler: (details: unknown) => boolean;
    };
  };

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'unknown'])(
    'refuses a %s request and check',
    (permission) => {
      const handlers = installed();
      const callback = vi.fn();
      handlers.setPermissionRequestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.setPermissionCheckHandler({}, permission)).toBe(false);
    },
  );

  it('refuses device access', () => {
    expect(installed().setDevicePermissionHandler({ deviceType: 'usb' })).toBe(false);
  });
});

describe('blockWebviews', () => {
  it('prevents every <webview> from attaching', () => {
    const contents = new EventEmitter();
    blockWebviews(contents);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
