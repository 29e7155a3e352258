/**
 * The built-in pack's data files that run time reads, imported statically for one reason: the
 * TypeScript build copies a JSON file to `dist/` only when code imports it. Nothing imports this
 * module at run time; the knowledge index reads each file on first use ({@link readPackFile}) so
 * a run pays only for the data its documents need. (`people.json` and `places.json` are the
 * source of `prepared/`; run time reads the prepared files.)
 * @packageDocumentation
 */
import organizations from '../../rules/data/knowledge/organizations.json' with { type: 'json' };
import events from '../../rules/data/knowledge/events.json' with { type: 'json' };
import preparedPlaces from '../../rules/data/knowledge/prepared/places.json' with { type: 'json' };
import preparedTerms from '../../rules/data/knowledge/prepared/terms.json' with { type: 'json' };
import preparedCountryRecords from '../../rules/data/knowledge/prepared/country-records.json' with { type: 'json' };
import preparedPlaceNames from '../../rules/data/knowledge/prepared/place-names.json' with { type: 'json' };
import preparedPeople from '../../rules/data/knowledge/prepared/people.json' with { type: 'json' };
import type { readPackFile } from './prepared.js';

/** File name (relative to `rules/data/knowledge/`) → content, for every file {@link readPackFile} reads. */
export const PACK_FILES: Record<string, unknown> = {
  'organizations.json': organizations,
  'events.json': events,
  'prepared/places.json': preparedPlaces,
  'prepared/terms.json': preparedTerms,
  'prepared/country-records.json': preparedCountryRecords,
  'prepared/place-names.json': preparedPlaceNames,
  'prepared/people.json': preparedPeople,
};
