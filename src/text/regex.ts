/**
 * Building regexes from data.
 * @packageDocumentation
 */

/** `text` with the characters that are special in a regex escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

