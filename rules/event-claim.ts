import { defineRule } from '../src/rule.js';
import { getKnowledge, nameKey, type Knowledge, type Organization } from '../src/knowledge/index.js';
import { EVENT_KINDS, namesEvent, orgEvents, orgWasIn, rankEvents, organizationByAcronym, sentenceClues, type SentenceClues } from '../src/nlp/event-match.js';
import { allMatches, escapeRegExp } from '../src/text/regex.js';

interface Options {
  scope: 'sentence' | 'paragraph' | 'document';
  minKnownEvents: number;
}

const KIND = EVENT_KINDS.map((k) => `[${k[0]}${k[0]!.toUpperCase()}]${k.slice(1)}`).join('|');
/** "<City> summit", city of one or two capitalised words; not a plural ("summits"). */
const PHRASE = new RegExp(`(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}'’-]+\\s)?\\p{Lu}[\\p{L}-]+)\\s(${KIND})(?![\\p{L}-])`, 'gu');
/** Capitalised words before a city that do not name an owner of the event (sentence starts). */
/** Cheap pre-check: does the text name any kind of event? */
const ANY_KIND = new RegExp(`(?:${KIND})`);
const FUNCTION_WORD = /^(?:the|a|an|at|in|on|during|after|before|since|from|of|by|this|that|last|next|its|their)$/i;

/** Does `text` mention the organisation (acronym, name or alias)? */
function mentions(org: Organization, text: string): boolean {
  if (org.acronym && new RegExp(`\\b${escapeRegExp(org.acronym)}\\b`).test(text)) return true;
  return [org.name, ...org.aliases].some((n) => n.length > 4 && new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(text));
}

const covered = new WeakMap<Knowledge, Map<string, Organization[]>>();
/** Organisations whose events of `kind` the pack lists in number (so that a missing one means something). */
function coveredOrgs(kb: Knowledge, kind: string, min: number): Organization[] {
  let byKind = covered.get(kb);
  if (!byKind) covered.set(kb, (byKind = new Map()));
  const key = `${kind}|${min}`;
  if (!byKind.has(key)) byKind.set(key, kb.organizations.filter((o) => orgEvents(kb, o, kind).length >= min));
  return byKind.get(key)!;
}

export default defineRule<Options>({
  meta: {
    id: 'event-claim',
    description: 'Finds “<City> summit/treaty/memorandum …” naming an event that the organisation in context did not hold in that city, and suggests the event the sentence most likely means.',
    category: 'Accuracy/Mistranslation',
    severity: 'warn',
    fixable: false,
    messages: {
      suggest: 'No {org} {kind} took place in {city} (knowledge pack); the sentence most likely means the {org} {kind} in {expected} ({year}).',
      unknown: 'No {org} {kind} took place in {city} according to the knowledge pack; check the city.',
    },
    schema: {
      type: 'object',
      properties: {
        scope: {
          enum: ['sentence', 'paragraph', 'document'],
          description: 'Where the organisation must be named for the claim to be checked against its events. Default "sentence".',
          default: 'sentence',
        },
        minKnownEvents: {
          type: 'integer',
          minimum: 1,
          description: 'Check an organisation only when the pack lists at least this many of its events of the kind (its list is then taken as complete). Default 5.',
          default: 5,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { scope: 'sentence', minKnownEvents: 5 },
    examples: {
      valid: [
        { text: 'At the Vilnius summit, NATO leaders agreed to drop the Membership Action Plan requirement.', note: 'A NATO summit took place in Vilnius.' },
        { text: 'Kyiv often cites the Budapest Memorandum, which NATO members signed too.', note: 'A real agreement named after the city.' },
        { text: 'The Paris summit of the G7 discussed NATO only briefly.', note: 'The summit is not NATO’s: the pack has no complete list for the G7.' },
      ],
      invalid: [
        {
          text: 'NATO leaders meeting at the Krakow summit in 2016 agreed on an Enhanced Forward Presence in the Baltic states and Poland.',
          errors: ['Krakow'],
          note: 'No NATO summit was held in Krakow; the 2016 summit that agreed the Enhanced Forward Presence was in Warsaw (suggested).',
        },
      ],
    },
  },
  create(context) {
    const { doc, options } = context;
    if (!ANY_KIND.test(doc.text)) return;
    const kb = getKnowledge(context.knowledge);
    let paragraphs: Array<[number, number]> | undefined;
    // Which organisations a scope mentions, asked once per scope and organisation: a text naming
    // events again and again (one long run-on sentence of them, 1,000 claims) spent seconds asking
    // again at each claim, as it did computing a sentence's clues.
    const mentioned = new Map<string, Map<Organization, boolean>>();
    const mentionedIn = (org: Organization, [s, e]: readonly [number, number]) => {
      let orgs = mentioned.get(`${s}:${e}`);
      if (!orgs) mentioned.set(`${s}:${e}`, (orgs = new Map()));
      let yes = orgs.get(org);
      if (yes === undefined) orgs.set(org, (yes = mentions(org, doc.text.slice(s, e))));
      return yes;
    };
    for (const s of doc.sentences()) {
      const [start, end] = doc.rangeOf(s);
      const sentence = doc.text.slice(start, end);
      if (!ANY_KIND.test(sentence)) continue;
      let clues: SentenceClues | undefined;
      let acronymOrgs: Organization[] | undefined;
      for (const m of allMatches(PHRASE, sentence)) {
        const kind = m[2]!.toLowerCase();
        let name = m[1]!;
        let city = kb.placesByName(name)[0];
        if (!city && name.includes(' ')) city = kb.placesByName((name = name.slice(name.indexOf(' ') + 1)))[0];
        if (!city || city.kind !== 'city') continue;
        const phrase = nameKey(`${name} ${kind}`);
        if (namesEvent(kb, phrase)) continue;
        const cityStart = start + m.index! + m[1]!.length - name.length;
        const before = /([\p{L}'’-]+)\s*$/u.exec(doc.text.slice(Math.max(0, cityStart - 40), cityStart))?.[1] ?? '';
        let scope: readonly [number, number] = [start, end];
        if (options.scope === 'document') scope = [0, doc.text.length];
        else if (options.scope === 'paragraph') {
          paragraphs ??= doc.paragraphs().map((p) => doc.rangeOf(p));
          scope = paragraphs.find(([ps, pe]) => ps <= start && end <= pe) ?? scope;
        }
        const orgs = coveredOrgs(kb, kind, options.minKnownEvents).filter((o) => mentionedIn(o, scope));
        if (!orgs.length) continue;
        // "the G20 Paris summit", "the Biden-Putin Geneva summit": the event belongs to someone else.
        if (/^\p{Lu}/u.test(before) && !FUNCTION_WORD.test(before) && !orgs.some((o) => mentions(o, before))) continue;
        acronymOrgs ??= [...new Set(allMatches(/\b[A-Z]{2,6}\b/g, sentence).map((x) => organizationByAcronym(kb, x[0])).filter((o): o is Organization => !!o))];
        if ([...orgs, ...acronymOrgs].some((o) => orgWasIn(kb, o, city!.name))) continue;
        const org = orgs[0]!;
        const events = orgEvents(kb, org, kind);
        const firstYear = Math.min(...events.map((e) => e.year ?? Number((e.date ?? e.start ?? '9999').slice(0, 4))));
        clues ??= sentenceClues(sentence);
        if ([...clues.years].some((y) => y < firstYear)) continue;
        const [best, second] = rankEvents(clues, name, events, [org.acronym ?? '', org.name, kind]);
        const range: [number, number] = [cityStart, cityStart + name.length];
        const data = { org: org.acronym ?? org.name, kind, city: name };
        if (best && best.score >= 2 && best.score - (second?.score ?? 0) >= 1 && best.event.city) {
          const year = best.event.year ?? (best.event.date ?? best.event.start ?? '').slice(0, 4);
          context.report({
            messageId: 'suggest',
            data: { ...data, year, expected: best.event.city },
            range,
            actual: name,
            expected: [best.event.city],
            suggestions: [{ message: `Replace with “${best.event.city}” (${best.event.name}, ${year})`, fix: { range, text: best.event.city } }],
          });
        } else context.report({ messageId: 'unknown', data, range, actual: name });
      }
    }
  },
});
