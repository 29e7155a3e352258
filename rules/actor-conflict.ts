import { defineRule } from '../src/rule.js';
import { actionTriples, compatibleAgents, ACTION_WORD, type ActionTriple } from '../src/nlp/action-triples.js';
import { getKnowledge, type Knowledge } from '../src/knowledge/index.js';

interface Options {
  sharedActions: boolean;
}

const known = new WeakMap<Knowledge, ActionTriple[]>();
/** Agent–action–target facts the knowledge's event names state ("Russian annexation of Crimea"), once per knowledge base (user packs add events). */
function knownTriples(kb: Knowledge): ActionTriple[] {
  let triples = known.get(kb);
  if (!triples) known.set(kb, (triples = kb.events.flatMap((e) => actionTriples(e.name, 0, kb))));
  return triples;
}

export default defineRule<Options>({
  meta: {
    id: 'actor-conflict',
    description: 'Finds one action on one target (invade, annex, occupy …) attributed to two incompatible agents in the same text.',
    category: 'Accuracy/Mistranslation',
    severity: 'warn',
    fixable: false,
    messages: {
      conflict:
        'Here {agent} is the one to {action} {target}, but at {line}:{column} the text says {other} is: the same action on the same target has two incompatible agents. Check which one the source means.',
    },
    schema: {
      type: 'object',
      properties: {
        sharedActions: {
          type: 'boolean',
          description: 'Also compare actions that several agents often take against one target (attack, bomb, sanction, expel, withdraw). Default false.',
          default: false,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { sharedActions: false },
    examples: {
      valid: [
        {
          text: 'Iraq invaded Kuwait in August 1990. Baghdad had been preparing to invade Kuwait for weeks.',
          note: 'A capital stands for its country: Baghdad = Iraq.',
        },
        {
          text: 'NATO denied it would occupy Serbia. France said it would never occupy Serbia either.',
          note: 'France is a NATO member: compatible agents.',
        },
      ],
      invalid: [
        {
          text: 'In 1974 Turkey invaded Cyprus after a coup. Critics of Greece’s recent stance on its decision to invade Cyprus said Ankara had acted lawfully.',
          errors: ['Greece'],
          note: 'Turkey (and Ankara) against Greece as the invader of Cyprus: the minority agent is reported.',
        },
      ],
    },
  },
  create(context) {
    const { doc, options } = context;
    if (!ACTION_WORD.test(doc.text)) return;
    const kb = getKnowledge(context.knowledge);
    const triples: ActionTriple[] = [];
    for (const s of doc.sentences()) {
      const [start, end] = doc.rangeOf(s);
      const text = doc.text.slice(start, end);
      if (!ACTION_WORD.test(text)) continue;
      triples.push(...actionTriples(text, start, kb).filter((t) => t.exclusive || options.sharedActions));
    }
    const groups = new Map<string, ActionTriple[]>();
    for (const t of triples) groups.set(`${t.lemma}|${t.target}`, [...(groups.get(`${t.lemma}|${t.target}`) ?? []), t]);
    for (const group of groups.values()) {
      const clusters: ActionTriple[][] = [];
      for (const t of group) {
        const c = clusters.find((c) => compatibleAgents(c[0]!.agents, t.agents, kb));
        if (c) c.push(t);
        else clusters.push([t]);
      }
      if (clusters.length < 2) continue;
      const fact = knownTriples(kb).find((k) => k.lemma === group[0]!.lemma && k.target === group[0]!.target);
      const ranked = [...clusters].sort((a, b) => b.length - a.length || a[0]!.agentRange[0] - b[0]!.agentRange[0]);
      const reference = (fact && clusters.find((c) => compatibleAgents(c[0]!.agents, fact.agents, kb))) ?? ranked[0]!;
      const other = reference[0]!;
      const at = doc.positionAt(other.agentRange[0]);
      for (const c of clusters) {
        if (c === reference) continue;
        for (const t of c)
          context.report({
            messageId: 'conflict',
            data: { agent: t.agentText, action: t.lemma, target: t.targetText, other: other.agentText, line: at.line, column: at.column },
            range: t.agentRange,
            actual: t.agentText,
            expected: [other.agentText],
          });
      }
    }
  },
});
