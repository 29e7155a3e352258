import type { Diagnostic, FileResult } from '../types.js';
import type { Reporter, StreamingReporter } from './types.js';

const LEVEL = { 1: 'warning', 2: 'error', 3: 'note' } as const;
const uri = (p: string) => p.split('\\').map(encodeURI).join('/').replace(/#/g, '%23');

function region(m: Diagnostic) {
  return {
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    charOffset: m.range[0],
    charLength: m.range[1] - m.range[0],
  };
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export const sarif: Reporter = (results: Iterable<FileResult>, options = {}) => {
  const ids = new Map<string, number>();
  const rules: object[] = [];
  const ruleIndex = (id: string) => {
    let i = ids.get(id);
    if (i === undefined) {
      i = rules.length;
      ids.set(id, i);
      const meta = options.rules?.get(id);
      rules.push({
        id,
        shortDescription: { text: meta?.description ?? id },
        ...(meta ? { helpUri: meta.url, properties: { category: meta.category } } : {}),
        defaultConfiguration: { level: meta?.severity === 'warn' ? 'warning' : meta?.severity === 'info' ? 'note' : 'error' },
      });
    }
    return i;
  };
  const out: object[] = [];
  const notifications: object[] = [];
  for (const r of results) {
    const artifactLocation = { uri: uri(r.filePath), uriBaseId: '%SRCROOT%' };
    for (const m of r.messages) {
      if (m.fatal || m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation } }] });
        continue;
      }
      const fix = m.fix
        ? [{
            description: { text: `Replace with “${m.fix.text}”` },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }] }],
          }]
        : undefined;
      out.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(m) } }],
        ...(fix ? { fixes: fix } : {}),
        ...(m.category ? { properties: { category: m.category } } : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'seedlint', version: options.version ?? '0.0.0', informationUri: 'https://github.com/seedlint/seedlint', rules } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** SARIF as one piece: its rule table and notifications are known only after the last result. */
export const sarifStream: StreamingReporter = function* (results, options) {
  yield sarif(results, options);
};
