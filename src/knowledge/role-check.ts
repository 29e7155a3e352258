/**
 * Checking "<qualifier> <title> <Name>" against who held the role: a near miss of a holder's name
 * is a misspelling (with the canonical form), a different known person is a role claim to check,
 * and a name the pack does not know is left alone.
 * @packageDocumentation
 */
import type { Knowledge, Person, RoleHolder } from './index.js';
import type { NameSpan, RoleMention } from './mentions.js';
import { editDistance, fold, fullNameNearMiss, nameKey, nameTokens, surnameKey, translitKey } from './names.js';

/** The outcome of checking one role mention. */
export type RoleVerdict =
  | { kind: 'ok' }
  | { kind: 'unknown' }
  | { kind: 'misspelling'; person: Person; canonical: string; range: [number, number]; fix: string }
  | { kind: 'claim'; person: Person; holders: RoleHolder[] };

const sameTokens = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => translitKey(t) === translitKey(b[i]!));

/** Whether `written` names `person` (exact name/alias, transliteration variant, surname alone, or initials). */
export function namesPerson(written: string, person: Person): boolean {
  const w = nameTokens(written);
  return [person.name, ...person.aliases].some((n) => {
    const k = nameTokens(n);
    if (sameTokens(w, k)) return true;
    const ws = surnameKey(written);
    const ks = surnameKey(n);
    if (!ws || !ks || translitKey(ws) !== translitKey(ks)) return false;
    if (w.length === 1) return true;
    // same surname; first given names agree (or one is an initial)
    const wf = w[0]!;
    const kf = k[0]!;
    return translitKey(wf) === translitKey(kf) || (wf.length === 1 && kf.startsWith(wf)) || (kf.length === 1 && wf.startsWith(kf));
  });
}

/**
 * Names of 3+ tokens that agree on all tokens but one ("Pham Minh Trinh" / "Pham Minh Chinh"):
 * family-name-first names, where the last token is a given name.
 */
function oneTokenOff(written: string, known: string): boolean {
  const w = nameTokens(written);
  const k = nameTokens(known);
  if (w.length < 3 || w.length !== k.length) return false;
  return w.filter((t, i) => translitKey(t) !== translitKey(k[i]!)).length === 1;
}

/**
 * The smallest token span of `name` that differs from `canonical`, and its replacement. Tokens
 * that are transliteration variants of the canonical ones stay as written; an ASCII-only name
 * gets the canonical tokens without diacritics.
 */
function minimalFix(name: NameSpan, canonical: string): { range: [number, number]; fix: string } {
  const written = name.tokens.map((t) => t.text);
  const ascii = written.every((t) => fold(t) === t);
  const target = canonical.split(/\s+/).map((t) => (ascii ? fold(t) : t));
  if (written.length === 1) return { range: [name.start, name.end], fix: target[target.length - 1]! };
  if (written.length !== target.length) return { range: [name.start, name.end], fix: target.join(' ') };
  const want = written.map((w, i) => (translitKey(w) === translitKey(target[i]!) ? w : target[i]!));
  let i = 0;
  while (i < written.length && written[i] === want[i]) i++;
  let j = written.length - 1;
  while (j > i && written[j] === want[j]) j--;
  return { range: [name.tokens[i]!.start, name.tokens[j]!.end], fix: want.slice(i, j + 1).join(' ') };
}

/** Check one role mention against the holders of the role. */
export function checkRoleMention(kb: Knowledge, mention: RoleMention): RoleVerdict {
  const holders = kb.holders(mention.title.role, mention.where);
  if (!holders.length) return { kind: 'unknown' };
  const written = mention.name.text;
  if (holders.some((h) => namesPerson(written, h.person))) return { kind: 'ok' };
  const known = kb.peopleByName(written);
  if (known.length === 0) {
    // near misses of a holder's name (surname required to be close; given names must agree or sound alike)
    let best: { person: Person; name: string; d: number } | undefined;
    let tie = false;
    for (const h of holders) {
      for (const n of [h.person.name, ...h.person.aliases]) {
        if (nameTokens(written).length === 1 ? false : !fullNameNearMiss(written, n) && !oneTokenOff(written, n)) continue;
        const d = editDistance(nameKey(written), nameKey(n));
        if (!best || d < best.d) (best = { person: h.person, name: n, d }), (tie = false);
        else if (d === best.d && best.person !== h.person) tie = true;
      }
      if (nameTokens(written).length === 1) {
        const s = surnameKey(h.person.name);
        if (s && fullNameNearMiss(written, s)) {
          const d = editDistance(nameKey(written), s);
          if (!best || d < best.d) (best = { person: h.person, name: h.person.name, d }), (tie = false);
          else if (d === best.d && best.person !== h.person) tie = true;
        }
      }
    }
    // A surname alone that another known person bears is not a misspelling of the holder.
    if (best && !tie && !(nameTokens(written).length === 1 && kb.peopleBySurname(written).length)) {
      const { range, fix } = minimalFix(mention.name, best.person.name);
      return { kind: 'misspelling', person: best.person, canonical: best.person.name, range, fix };
    }
    return { kind: 'unknown' };
  }
  if (mention.former) return { kind: 'unknown' };
  return { kind: 'claim', person: known[0]!, holders };
}

/** "Dmytro Kuleba (2020–2024)" lines for messages: the most recent holders first, at most `max`. */
export function describeHolders(holders: RoleHolder[], max = 4): string {
  const seen = new Set<string>();
  const sorted = [...holders].sort((a, b) => b.role.startYear - a.role.startYear);
  const parts: string[] = [];
  for (const h of sorted) {
    if (seen.has(h.person.id)) continue;
    seen.add(h.person.id);
    const from = Number.isFinite(h.role.startYear) ? String(h.role.startYear) : '?';
    const to = Number.isFinite(h.role.endYear) ? String(h.role.endYear) : '';
    parts.push(`${h.person.name} (${from}–${to})`);
    if (parts.length === max) break;
  }
  return parts.join(', ');
}
