/**
 * Matching event claims ("the Budapest summit") against the knowledge pack's events: which
 * organisations the pack covers well enough for a kind of event, where their events took
 * place, and which event a sentence most likely means.
 * @packageDocumentation
 */
import data from '../../rules/data/event-claim.json' with { type: 'json' };
import type { EventRecord, Knowledge, Organization } from '../knowledge/index.js';
import { editDistance, nameKey } from '../knowledge/index.js';
import { claimWords } from '../text/claim-words.js';
import { allMatches } from '../text/regex.js';

const KINDS = data.kinds as Record<string, string[]>;
const PREDECESSORS = data.predecessors as Record<string, string>;

/** Nouns that name an event after a city ("summit", "memorandum" …). */
export const EVENT_KINDS: readonly string[] = Object.keys(KINDS);

/** Whether an event type can be called `kind` ("nato_summit" is a summit). */
export const typeMatches = (type: string, kind: string): boolean =>
  (KINDS[kind.toLowerCase()] ?? []).some((t) => type === t || type.endsWith(t));

/** An organisation's events of one kind. */
export const orgEvents = (kb: Knowledge, org: Organization, kind: string): EventRecord[] =>
  org.acronym ? kb.eventsByOrg(org.acronym).filter((e) => typeMatches(e.type, kind)) : [];

/**
 * Whether the pack places an event of `org` in `city`: any of its events there (a declaration
 * signed there counts as a meeting there), or an event note such as "signed at the CSCE summit in Budapest".
 */
export function orgWasIn(kb: Knowledge, org: Organization, city: string): boolean {
  const key = nameKey(city);
  if (org.acronym && kb.eventsByOrg(org.acronym).some((e) => e.city && nameKey(e.city) === key)) return true;
  return !!org.acronym && (summitNotes(kb).get(org.acronym) ?? []).some((place) => place.startsWith(key));
}

const notedSummits = new WeakMap<Knowledge, Map<string, string[]>>();
/** The places of the pack's event notes "<ACRONYM> summit in <place>", as name keys, by organisation (read once per pack). */
function summitNotes(kb: Knowledge): Map<string, string[]> {
  let byOrg = notedSummits.get(kb);
  if (!byOrg) {
    notedSummits.set(kb, (byOrg = new Map()));
    for (const e of kb.events) {
      for (const m of (e.notes ?? '').matchAll(/\b([A-Z]{2,6}) summit in ([\p{Lu}][\p{L} -]+)/gu)) {
        const acronym = PREDECESSORS[m[1]!] ?? m[1]!;
        const places = byOrg.get(acronym);
        if (places) places.push(nameKey(m[2]!));
        else byOrg.set(acronym, [nameKey(m[2]!)]);
      }
    }
  }
  return byOrg;
}

const nameKeysOf = new WeakMap<Knowledge, string[]>();
/** Whether any of the pack's events is called `phrase` (a name key) within its name or an alias. */
export function namesEvent(kb: Knowledge, phrase: string): boolean {
  let keys = nameKeysOf.get(kb);
  if (!keys) nameKeysOf.set(kb, (keys = kb.events.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(nameKey))));
  return keys.some((k) => k.includes(phrase));
}

/** An organisation by acronym, also under an older name ("CSCE" → the OSCE). */
export const organizationByAcronym = (kb: Knowledge, acronym: string): Organization | undefined =>
  kb.organization(PREDECESSORS[acronym] ?? acronym);

const stems = (text: string) => new Set(claimWords(text).filter((w) => w.content && w.stem.length > 2).map((w) => w.stem.slice(0, 5)));

/** An event's name and notes as {@link stems}, computed once per event (a text naming a summit again and again asked for them on every mention). */
const eventStems = new WeakMap<EventRecord, Set<string>>();
function stemsOf(event: EventRecord): Set<string> {
  let s = eventStems.get(event);
  if (!s) eventStems.set(event, (s = stems(`${event.name} ${event.notes ?? ''}`)));
  return s;
}

/** What {@link rankEvents} reads in a sentence: its content words (as stems) and the years it gives. */
export interface SentenceClues {
  words: ReadonlySet<string>;
  years: ReadonlySet<number>;
}

/** A sentence's {@link SentenceClues}, worked out once for all the event claims it holds. */
export const sentenceClues = (sentence: string): SentenceClues => ({
  words: stems(sentence),
  years: new Set(allMatches(/\b(19|20)\d\d\b/g, sentence).map((m) => Number(m[0]))),
});

/**
 * The events among `candidates` that a sentence (its {@link sentenceClues}) most likely means, best
 * first, with scores: shared content words with the event's name and notes (one point each), the
 * year when the sentence gives one (three points), and the likeness of the event's city to the city
 * written (up to three points: a translation that garbles a name mostly lands on a similar one,
 * Bucharest → Budapest).
 */
export function rankEvents(
  clues: SentenceClues,
  city: string,
  candidates: readonly EventRecord[],
  ignore: readonly string[] = [],
): Array<{ event: EventRecord; score: number }> {
  // Words every candidate shares (the organisation, the kind) and city names say nothing about which event is meant.
  const noise = stems([...ignore, city, ...candidates.map((e) => e.city ?? '')].join(' '));
  const words = new Set([...clues.words].filter((w) => !noise.has(w)));
  const { years } = clues;
  return candidates
    .map((event) => {
      let score = 0;
      for (const w of stemsOf(event)) if (words.has(w)) score++;
      const year = event.year ?? Number((event.date ?? event.start ?? '').slice(0, 4));
      if (years.has(year)) score += 3;
      const c = event.city ?? '';
      score += 3 * (1 - editDistance(c.toLowerCase(), city.toLowerCase()) / Math.max(c.length, city.length, 1));
      return { event, score };
    })
    .sort((a, b) => b.score - a.score);
}
