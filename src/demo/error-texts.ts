import { CATALOGS } from '../i18n/index.js';

/**
 * Recognises the app's error messages (every `error.*` message of both catalogs, placeholders as wildcards), so the
 * demo fails when the app answers a step with an error instead of doing it.
 */
export function errorTextMatcher(): (text: string) => boolean {
  const patterns = Object.values(CATALOGS).flatMap((catalog) =>
    Object.entries(catalog)
      .filter(([key]) => key.startsWith('error.') && key !== 'error.title')
      .map(([, template]) => new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+(?:\\\|[^{}]*?\\\|[^{}]*?)?\\\}/g, '[\\s\\S]*?')}$`)),
  );
  return (text) => patterns.some((p) => p.test(text.trim()));
}
