/** See sourceBundle.mjs: the file URL of `entry` bundled, or null when no bundle can be made. */
export function sourceBundle(entry: string, cacheDir: string): Promise<string | null>;
