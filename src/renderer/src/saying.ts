import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

// A message kept on screen (a status line, an error) is kept as how to say it, not as words said once:
// it is said again at each render, so after a language switch it speaks the new language too.

/** Says the message with the `t` of the render that shows it (a `t` kept from an earlier render keeps its language). */
export type Saying = (t: TFunction) => string;

/** [the message in the interface's language now (or null), set it (null clears)]. */
export function useSaying(): [string | null, (say: Saying | null) => void] {
  const { t } = useTranslation(); // and renders again when the language changes
  const [saying, setSaying] = useState<{ say: Saying } | null>(null);
  const set = useCallback((say: Saying | null) => setSaying(say && { say }), []);
  return [saying ? saying.say(t) : null, set];
}
