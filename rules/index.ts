/**
 * The registry of built-in rules. One import per rule, sorted by id; `meta.recommended`
 * (default true) decides membership of the `seedlint:recommended` preset.
 */
import type { Rule } from '../src/types.js';
import actorConflict from './actor-conflict.js';
import boilerplateLine from './boilerplate-line.js';
import boilerplateTail from './boilerplate-tail.js';
import dateFormat from './date-format.js';
import eventClaim from './event-claim.js';
import garbledSentence from './garbled-sentence.js';
import headlineSupport from './headline-support.js';
import markupResidue from './markup-residue.js';
import mojibake from './mojibake.js';
import nameConsistency from './name-consistency.js';
import nameRole from './name-role.js';
import preferredTerm from './preferred-term.js';
import quoteBalance from './quote-balance.js';
import sourceLocaleLeak from './source-locale-leak.js';
import spacing from './spacing.js';
import strayFragment from './stray-fragment.js';
import untranslated from './untranslated.js';

/** Every built-in rule, by id. */
export const rules: ReadonlyArray<Rule<any, any>> = [actorConflict, boilerplateLine, boilerplateTail, dateFormat, eventClaim, garbledSentence, headlineSupport, markupResidue, mojibake, nameConsistency, nameRole, preferredTerm, quoteBalance, sourceLocaleLeak, spacing, strayFragment, untranslated];

/** Look up a built-in rule by id. */
export const ruleById: ReadonlyMap<string, Rule<any, any>> = new Map(rules.map((r) => [r.meta.id, r]));
