/**
 * `rules/data/english-words.json`, imported statically for one reason: the TypeScript build copies
 * a JSON file to `dist/` only when code imports it. Nothing imports this module at run time;
 * ./english-words.ts reads the file on first use, so a run that never needs it pays nothing.
 * @packageDocumentation
 */
import englishWords from '../../rules/data/english-words.json' with { type: 'json' };

/** The word list's content (for tests and the build only). */
export const ENGLISH_WORDS_FILE: unknown = englishWords;
