import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../../preload/channels';
import { catalogs, labelsFor, languageFor } from './labels';
import { menuTemplate, type MenuActions } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(options: { locale?: string; isMac?: boolean; isDev?: boolean } = {}) {
  const actions: MenuActions = { send: vi.fn(), openCohort: vi.fn() };
  const template = menuTemplate({ labels: labelsFor(options.locale ?? 'en-US'), actions, isMac: options.isMac ?? false, isDev: options.isDev ?? false });
  const items = flatten(template);
  const byId = (id: string) => items.find((item) => item.id === id)!;
  return { template, items, byId, actions };
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('menuTemplate', () => {
  it('has File, Edit, View and Help with the agreed accelerators', () => {
    const { template, byId } = build();
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(byId('cohortNew').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('cohortOpen').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('import').accelerator).toBe('CmdOrCtrl+I');
    expect(byId('print').accelerator).toBe('CmdOrCtrl+P');
    expect(byId('undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byId('redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('keeps the text-editing roles and quit', () => {
    const roles = build().items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('sends page commands on click (New cohort is the page’s dialog); Open cohort goes to the shell’s dialog', () => {
    const { byId, actions } = build();
    for (const id of ['import', 'print', 'undo', 'redo', 'cohortNew']) click(byId(id));
    expect(vi.mocked(actions.send).mock.calls).toEqual([['import'], ['print'], ['undo'], ['redo'], ['cohortNew']]);
    click(byId('cohortOpen'));
    expect(actions.openCohort).toHaveBeenCalledOnce();
    for (const [command] of vi.mocked(actions.send).mock.calls) expect(menuCommands).toContain(command);
  });

  it('offers reload and developer tools only in development', () => {
    expect(build({ isDev: false }).items.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(false);
    expect(build({ isDev: true }).items.filter((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toHaveLength(2);
  });

  it('on macOS: an app menu first, Quit there, and a Window menu', () => {
    const { template } = build({ isMac: true });
    expect(template[0].label).toBe('Kupu');
    expect(template.map((menu) => menu.label)).toEqual(['Kupu', 'File', 'Edit', 'View', 'Window', 'Help']);
    const file = template[1].submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(false);
  });

  it('speaks Indonesian on an Indonesian system', () => {
    const { template, byId } = build({ locale: 'id-ID' });
    expect(template.map((menu) => menu.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(byId('cohortNew').label).toBe('Kohort baru…');
    expect(byId('print').label).toBe('Cetak daftar kelompok…');
    expect(byId('undo').label).toBe('Urungkan');
  });
});

describe('labels', () => {
  it('both catalogs have every label, none empty', () => {
    expect(Object.keys(catalogs.id).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const catalog of Object.values(catalogs)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['in_ID', 'id'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['ms-MY', 'en'],
    ['ind', 'en'],
    ['', 'en'],
  ])('locale %j -> %s', (locale, language) => {
    expect(languageFor(locale)).toBe(language);
  });
});
