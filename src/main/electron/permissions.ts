// Kupu needs no browser permission (camera, notifications, geolocation, clipboard reads, HID...):
// every request and every check is answered "no", and <webview> can never be attached.

export interface PermissionSession {
  setPermissionRequestHandler(handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void;
}

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export interface WebviewEvents {
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

export function blockWebviews(contents: WebviewEvents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
