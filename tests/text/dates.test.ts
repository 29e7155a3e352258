import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/text/dates.js';

const show = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.weekday?.name ?? null, d.day, d.month, d.year ?? null]);

describe('findDates', () => {
  it('takes the weekday written right before a day-month date', () => {
    expect(show('On Monday, the 12th of January 2015 and Friday 13 March, talks ran.')).toEqual([
      ['12th of January 2015', 'Monday', 12, 1, 2015],
      ['13 March', 'Friday', 13, 3, null],
    ]);
    expect(show('Monday,\n\n  the   3 May')).toEqual([['3 May', 'Monday', 3, 5, null]]);
  });

  it('leaves a weekday that is not right before the date, or that belongs to the previous date', () => {
    expect(show('Monday was busy; 12 January was not. Mondays 4 June.')).toEqual([
      ['12 January', null, 12, 1, null],
      ['4 June', null, 4, 6, null],
    ]);
    expect(show('January 2 Sunday, 3 May')).toEqual([
      ['January 2', null, 2, 1, null],
      ['3 May', 'Sunday', 3, 5, null],
    ]);
  });
});
