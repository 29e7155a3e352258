/**
 * Checking "<qualifier> <title> <Name>" against who held the role: a near miss of a holder's name
 * is a misspelling (with the canonical form), a different known person is a role claim to check,
 * and a name the pack does not know is left alone.
 * @packageDocumentation
 */
import type { Knowledge, Person, RoleHolder } from './index.js';
import type { NameSpan, RoleMention } from './mentions.js';
import { editDistance, fold, fullNameNearMiss, nameKey, nameTokens, surnameKey, translitKey } from './names.js';
import { isEnglishWord } from '../text/english-words.js';

/** The outcome of checking one role mention. */
export type RoleVerdict =
  | { kind: 'ok' }
  | { kind: 'unknown' }
  | { kind: 'misspelling'; person: Person; canonical: string; range: [number, number]; fix: string }
  | { kind: 'claim'; person: Person; holders: RoleHolder[] };

/** A name's tokens, surname and their transliteration keys, as {@link namesPerson} compares them. */
interface NameForms {
  tokens: string[];
  translit: string[];
  surname: string | undefined;
  surnameTranslit: string | undefined;
}

function formsOf(name: string): NameForms {
  const tokens = nameTokens(name);
  const surname = surnameKey(name);
  return { tokens, translit: tokens.map(translitKey), surname, surnameTranslit: surname ? translitKey(surname) : undefined };
}

/** Forms of each person's name and aliases (people do not change once the knowledge base returns them). */
const personForms = new WeakMap<Person, NameForms[]>();
const formsOfPerson = (person: Person) => {
  let forms = personForms.get(person);
  if (!forms) personForms.set(person, (forms = [person.name, ...person.aliases].map(formsOf)));
  return forms;
};

function namesPersonForms(w: NameForms, person: Person): boolean {
  return formsOfPerson(person).some((k) => {
    if (w.tokens.length === k.tokens.length && w.translit.every((t, i) => t === k.translit[i])) return true;
    if (!w.surname || !k.surname || w.surnameTranslit !== k.surnameTranslit) return false;
    if (w.tokens.length === 1) return true;
    // same surname; first given names agree (or one is an initial)
    const wf = w.tokens[0]!;
    const kf = k.tokens[0]!;
    return w.translit[0] === k.translit[0] || (wf.length === 1 && kf.startsWith(wf)) || (kf.length === 1 && wf.startsWith(kf));
  });
}

/** Whether `written` names `person` (exact name/alias, transliteration variant, surname alone, or initials). */
export function namesPerson(written: string, person: Person): boolean {
  return namesPersonForms(formsOf(written), person);
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
  const forms = formsOf(written);
  if (holders.some((h) => namesPersonForms(forms, h.person))) return { kind: 'ok' };
  const known = kb.peopleByName(written);
  if (known.length === 0) {
    // near misses of a holder's name (surname required to be close; given names must agree or sound alike)
    let best: { person: Person; name: string; d: number } | undefined;
    let tie = false;
    const single = forms.tokens.length === 1;
    // One dictionary word after a title names no one here ("the Kenya Premier League"): a
    // misspelled name is seldom a word.
    if (single && isEnglishWord(written.toLowerCase())) return { kind: 'unknown' };
    const writtenKey = nameKey(written);
    for (const h of holders) {
      for (const n of [h.person.name, ...h.person.aliases]) {
        if (single ? false : !fullNameNearMiss(written, n) && !oneTokenOff(written, n)) continue;
        const d = editDistance(writtenKey, nameKey(n));
        if (!best || d < best.d) (best = { person: h.person, name: n, d }), (tie = false);
        else if (d === best.d && best.person !== h.person) tie = true;
      }
      if (single) {
        const s = surnameKey(h.person.name);
        if (s && fullNameNearMiss(written, s)) {
          const d = editDistance(writtenKey, s);
          if (!best || d < best.d) (best = { person: h.person, name: h.person.name, d }), (tie = false);
          else if (d === best.d && best.person !== h.person) tie = true;
        }
      }
    }
    // A surname alone that another known person bears is not a misspelling of the holder.
    if (best && !tie && !(single && kb.peopleBySurname(written).length)) {
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
