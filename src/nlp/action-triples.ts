/**
 * (agent, action, target) triples from English news sentences, by patterns over tokens:
 * "X invaded Y", "X was preparing to invade Y", "X's decision to invade Y", "its decision to
 * invade Y" (its = the nearest earlier agent), "X's invasion of Y", "the Russian invasion of Y",
 * "the invasion of Y by X", "Y was invaded by X". Agents and targets are countries (names,
 * demonyms, capitals standing for their country), organisations and blocs ("the West") from the
 * knowledge pack and `rules/data/actor-conflict.json`.
 * @packageDocumentation
 */
import data from '../../rules/data/actor-conflict.json' with { type: 'json' };
import { getKnowledge, type Knowledge } from '../knowledge/index.js';
import { allMatches } from '../text/regex.js';

/** One action attributed to an agent. */
export interface ActionTriple {
  /** Action lemma from the data, e.g. `invade`. */
  lemma: string;
  exclusive: boolean;
  /** Entity ids of the agent(s): ISO2, `org:<ACRONYM>` or a bloc id. */
  agents: string[];
  agentText: string;
  /** [start, end) of the agent mention in the document. */
  agentRange: [number, number];
  target: string;
  targetText: string;
}

interface Action { lemma: string; verbs: string[]; nouns: string[]; verbPrep?: string; nounPrep?: string; exclusive: boolean }
interface Tok { text: string; lower: string; start: number; end: number }
interface Mention { first: number; last: number; id: string; text: string; start: number; end: number; possessive: boolean }

const ACTIONS = data.actions as Action[];
const VERB = new Map<string, Action>();
const NOUN = new Map<string, Action>();
for (const a of ACTIONS) {
  for (const v of a.verbs) VERB.set(v, a);
  for (const n of a.nouns) NOUN.set(n, a);
}
const CHAIN = new Set(data.chain);
const HEADS = new Set(data.agentHeads);
const MODIFIERS = new Set(data.nounModifiers);
const ALIASES = new Map(Object.entries(data.aliases).map(([k, v]) => [k.toLowerCase(), v]));
const BLOCS = data.blocs as Record<string, { name: string; members: string[] }>;

/** Cheap pre-check: does the text contain any action form? */
export const ACTION_WORD = new RegExp(`\\b(?:${[...VERB.keys(), ...NOUN.keys()].join('|')})\\b`, 'i');

const TOKEN = /[\p{L}\p{N}]+(?:[-’'.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function tokenize(text: string, offset: number): Tok[] {
  return allMatches(TOKEN, text).map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: offset + m.index!, end: offset + m.index! + m[0].length }));
}

/** Resolve a name to an entity id: alias/bloc, country (name, demonym), capital city, organisation acronym. */
export function resolveEntity(name: string, kb: Knowledge = getKnowledge()): string | undefined {
  const alias = ALIASES.get(name.toLowerCase());
  if (alias) return alias;
  if (/^the\s/i.test(name)) return resolveEntity(name.slice(4), kb);
  const country = kb.country(name);
  if (country) return country.id;
  const capital = kb.placesByName(name).find((p) => p.kind === 'city' && p.capitalOf);
  if (capital) return capital.capitalOf;
  if (/^\p{Lu}{2,}$/u.test(name)) {
    const org = kb.organization(name);
    if (org?.acronym) return `org:${org.acronym}`;
  }
  return undefined;
}

/** Country codes an entity stands for (a country itself; the members of an organisation or bloc). */
export function entityMembers(id: string, kb: Knowledge = getKnowledge()): Set<string> {
  if (BLOCS[id]) return new Set(BLOCS[id]!.members.flatMap((m) => [...entityMembers(/^[A-Z]{2}$/.test(m) ? m : `org:${m}`, kb)]));
  if (id.startsWith('org:')) return new Set(kb.organization(id.slice(4))?.members ?? []);
  return new Set([id]);
}

/** Whether two agent sets can be the same actor (same entity, or one is a member of the other). */
export function compatibleAgents(a: readonly string[], b: readonly string[], kb: Knowledge = getKnowledge()): boolean {
  if (a.some((x) => b.includes(x))) return true;
  const ma = new Set(a.flatMap((x) => [...entityMembers(x, kb)]));
  return b.some((y) => [...entityMembers(y, kb)].some((m) => ma.has(m)));
}

/** Entity mentions: the longest run of up to four capitalised tokens (with an optional leading "the") that resolves. */
function mentions(toks: Tok[], kb: Knowledge): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!/^\p{Lu}/u.test(toks[i]!.text)) continue;
    for (let n = Math.min(4, toks.length - i); n >= 1; n--) {
      const span = toks.slice(i, i + n);
      if (!span.every((t) => /^\p{Lu}/u.test(t.text))) continue;
      const last = span[n - 1]!;
      const possessive = /[’']s$/.test(last.text);
      const words = span.map((t) => t.text).join(' ').replace(/[’']s$/, '');
      const the = i > 0 && toks[i - 1]!.lower === 'the';
      const id = (the && resolveEntity(`the ${words}`, kb)) || resolveEntity(words, kb);
      if (!id) continue;
      const first = the && ALIASES.has(`the ${words}`.toLowerCase()) ? i - 1 : i;
      out.push({ first, last: i + n - 1, id, text: toks.slice(first, i + n).map((t) => t.text).join(' ').replace(/[’']s$/, ''), start: toks[first]!.start, end: possessive ? last.end - 2 : last.end, possessive });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** The mention starting at token `i` (after an optional "the"), if any. */
const mentionAt = (ms: Mention[], toks: Tok[], i: number) =>
  ms.find((m) => m.first === i || (toks[i]?.lower === 'the' && m.first === i + 1));

/** Agent(s) whose mention ends at token `i`, with "X and Y" joined. */
function agentEndingAt(ms: Mention[], toks: Tok[], i: number): Mention[] | undefined {
  let m = ms.find((x) => x.last === i);
  if (!m) return undefined;
  const out = [m];
  while (m && m.first >= 2 && ['and', ','].includes(toks[m.first - 1]!.lower)) {
    m = ms.find((x) => x.last === m!.first - 2);
    if (m) out.unshift(m);
  }
  return out;
}

function triple(a: Action, agents: Mention[], target: Mention): ActionTriple | undefined {
  const ids = [...new Set(agents.map((m) => m.id))];
  if (ids.includes(target.id)) return undefined;
  const first = agents[0]!;
  const last = agents[agents.length - 1]!;
  const agentText = agents.map((m) => m.text).join(agents.length > 2 ? ', ' : ' and ');
  return { lemma: a.lemma, exclusive: a.exclusive, agents: ids, agentText, agentRange: [first.start, last.end], target: target.id, targetText: target.text };
}

/** Triples in one sentence (`text` at document offset `offset`). */
export function actionTriples(text: string, offset = 0, kb: Knowledge = getKnowledge()): ActionTriple[] {
  if (!ACTION_WORD.test(text)) return [];
  const toks = tokenize(text, offset);
  const ms = mentions(toks, kb);
  const out: ActionTriple[] = [];
  const antecedent = (i: number) => [...ms].reverse().find((m) => m.last < i);
  toks.forEach((t, v) => {
    const verb = VERB.get(t.lower);
    const noun = NOUN.get(t.lower);
    if (verb) {
      const after = verb.verbPrep ? (toks[v + 1]?.lower === verb.verbPrep ? v + 2 : -1) : v + 1;
      // Passive: "Y was invaded by X".
      if (toks[v + 1]?.lower === 'by' && ['was', 'were', 'is', 'are', 'been', 'be'].includes(toks[v - 1]?.lower ?? '')) {
        const agent = mentionAt(ms, toks, v + 2);
        let b = v - 2;
        while (b >= 0 && ['has', 'have', 'had', 'already', 'not', 'never'].includes(toks[b]!.lower)) b--;
        const target = ms.find((m) => m.last === b);
        if (agent && target) out.push(...[triple(verb, [agent], target)].filter((x): x is ActionTriple => !!x));
        return;
      }
      const target = after >= 0 ? mentionAt(ms, toks, after) : undefined;
      if (!target) return;
      let b = v - 1;
      while (b >= 0 && CHAIN.has(toks[b]!.lower) && !ms.some((m) => m.last === b)) b--;
      if (b >= 0 && HEADS.has(toks[b]!.lower)) b--;
      let agents = b >= 0 ? agentEndingAt(ms, toks, b) : undefined;
      if (!agents && b < v - 1 && ['its', 'their'].includes(toks[b]?.lower ?? '')) {
        const a = antecedent(b);
        if (a) agents = [a];
      }
      if (agents) out.push(...[triple(verb, agents, target)].filter((x): x is ActionTriple => !!x));
      return;
    }
    if (noun) {
      const prep = noun.nounPrep ?? 'of';
      if (toks[v + 1]?.lower !== prep) return;
      const target = mentionAt(ms, toks, v + 2);
      if (!target) return;
      const afterTarget = target.last + 1;
      let agents: Mention[] | undefined;
      if (toks[afterTarget]?.lower === 'by') {
        const a = mentionAt(ms, toks, afterTarget + 1);
        if (a) agents = [a];
      } else {
        let b = v - 1;
        while (b >= 0 && MODIFIERS.has(toks[b]!.lower)) b--;
        const m = ms.find((x) => x.last === b);
        if (m && (m.possessive || kb.country(toks[b]!.text)?.demonyms.some((d) => d.toLowerCase() === toks[b]!.lower))) agents = [m];
      }
      if (agents) out.push(...[triple(noun, agents, target)].filter((x): x is ActionTriple => !!x));
    }
  });
  return out;
}
