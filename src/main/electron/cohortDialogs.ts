import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/contract';
import { dispatch, toApiError } from '../dispatch';
import { cohortExtension, withCohortExtension, type CohortPlaces } from '../cohortPlaces';
import { translate } from '../../shared/i18n';
import { cohortFileStem } from '../core/cohortFileName';
import { StoreError } from '../store/errors';
import type { Labels, Language } from './labels';

// Open cohort from the menu: a native file dialog, then the handler-map method the page would call
// (`cohortOpen`), so validation and "remember as recent" stay in one place. New cohort is the page's own
// dialog (it asks for the name); its "Choose another place…" is the save dialog here.

export function cohortFilters(l: Labels) {
  return [
    { name: l.cohortFiles, extensions: ['kupu.sqlite'] },
    { name: l.sqliteFiles, extensions: ['sqlite'] },
  ];
}

export function newCohortDialog(l: Labels, defaultPath: string) {
  return {
    title: l.newCohortTitle,
    defaultPath,
    filters: cohortFilters(l),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  } satisfies SaveDialogOptions;
}

export function openCohortDialog(l: Labels, defaultPath: string) {
  return {
    title: l.openCohortTitle,
    defaultPath,
    filters: cohortFilters(l),
    properties: ['openFile'],
  } satisfies OpenDialogOptions;
}

/** What the New/Open cohort flows need from the shell. */
export interface CohortFlowContext {
  window: BrowserWindow | null;
  labels: Labels;
  /** The language of `labels`, for the backend's refusals. */
  language: Language;
  handlers: Handlers;
  /** Where the page may make cohort files: an empty file chosen here is added to it. */
  places: CohortPlaces;
  /** The folder the dialogs start in. */
  folder: string;
  /** Called once a cohort is open (the shell sends `cohortChanged` to the page). */
  changed(): void;
}

async function openThroughHandlers(context: CohortFlowContext, path: string): Promise<boolean> {
  try {
    await dispatch(context.handlers, 'cohortOpen', { path });
    context.changed();
    return true;
  } catch (error) {
    const refusal = toApiError(error);
    const said = refusal.key ? translate(context.language, `messages.${refusal.key}`, refusal.params) : refusal.message;
    dialog.showErrorBox(context.labels.cohortFailed, said);
    return false;
  }
}

/** What "Choose another place…" needs from the shell. */
export interface PlaceChooserContext {
  window(): BrowserWindow | null;
  labels: Labels;
  places: CohortPlaces;
  /** The folder the dialog starts in. */
  folder: string;
}

/**
 * New cohort's "Choose another place…": a save dialog offering the file name made from the cohort's name.
 * The chosen file becomes a place the page may create in; an existing file is not reused silently.
 */
export function createPlaceChooser(context: PlaceChooserContext) {
  return async (name: string): Promise<string | null> => {
    const options = newCohortDialog(context.labels, join(context.folder, `${cohortFileStem(name)}${cohortExtension}`));
    const window = context.window();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    const path = withCohortExtension(choice.filePath);
    if (existsSync(path)) throw new StoreError('conflict', 'store.cohortExists', { file: path });
    context.places.choose(path);
    return path;
  };
}

/** File > Open cohort…: an open dialog, then `cohortOpen`. */
export async function openCohortFlow(context: CohortFlowContext): Promise<boolean> {
  const options = openCohortDialog(context.labels, context.folder);
  const choice = context.window ? await dialog.showOpenDialog(context.window, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return false;
  context.places.choose(path); // an empty file chosen here may become a cohort
  return openThroughHandlers(context, path);
}
