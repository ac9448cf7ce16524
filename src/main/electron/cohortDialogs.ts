import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/contract';
import { dispatch, toApiError } from '../dispatch';
import { cohortExtension, withCohortExtension, type CohortPlaces } from '../cohortPlaces';
import { translate } from '../../shared/i18n';
import type { Labels, Language } from './labels';

// New/Open cohort from the menu: native file dialogs, then the same handler-map methods the page
// would call (`cohortCreate`, `cohortOpen`), so validation and "remember as recent" stay in one place.

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
  /** Where the page may make cohort files: a file chosen in New cohort… is added to it. */
  places: CohortPlaces;
  /** The folder the dialogs start in. */
  folder: string;
  /** Called once a cohort is open (the shell sends `cohortChanged` to the page). */
  changed(): void;
}

async function openThroughHandlers(context: CohortFlowContext, method: 'cohortCreate' | 'cohortOpen', path: string): Promise<boolean> {
  try {
    await dispatch(context.handlers, method, { path });
    context.changed();
    return true;
  } catch (error) {
    const refusal = toApiError(error);
    const said = refusal.key ? translate(context.language, `messages.${refusal.key}`, refusal.params) : refusal.message;
    dialog.showErrorBox(context.labels.cohortFailed, said);
    return false;
  }
}

/** File > New cohort…: a save dialog, then `cohortCreate`. An existing file is not reused silently. */
export async function newCohortFlow(context: CohortFlowContext): Promise<boolean> {
  const options = newCohortDialog(context.labels, join(context.folder, `cohort${cohortExtension}`));
  const choice = context.window ? await dialog.showSaveDialog(context.window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return false;
  const path = withCohortExtension(choice.filePath);
  if (existsSync(path)) {
    dialog.showErrorBox(context.labels.cohortFailed, context.labels.cohortExists);
    return false;
  }
  context.places.choose(path);
  return openThroughHandlers(context, 'cohortCreate', path);
}

/** File > Open cohort…: an open dialog, then `cohortOpen`. */
export async function openCohortFlow(context: CohortFlowContext): Promise<boolean> {
  const options = openCohortDialog(context.labels, context.folder);
  const choice = context.window ? await dialog.showOpenDialog(context.window, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return false;
  context.places.choose(path); // an empty file chosen here may become a cohort
  return openThroughHandlers(context, 'cohortOpen', path);
}
