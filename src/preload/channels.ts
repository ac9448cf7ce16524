// IPC channel names shared by the preload bridge and the desktop shell (plain constants, no imports,
// so the sandboxed preload bundle stays tiny).

export const methodChannelPrefix = 'kupu:';
export const menuChannel = 'kupu:menu';

/** Commands the shell's menu sends to the page; the page decides what each one does. */
export const menuCommands = ['import', 'print', 'undo', 'redo', 'cohortNew', 'cohortOpen', 'cohortChanged'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

export function methodChannel(method: string): string {
  return methodChannelPrefix + method;
}
