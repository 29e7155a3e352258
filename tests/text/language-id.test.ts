import { describe, expect, it } from 'vitest';
import { francAll } from 'franc-min';
import { languageScores } from '../../src/text/language-id.js';

const LATIN = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'tur', 'vie', 'ind', 'swe', 'ron', 'hun', 'ces'];
const samples = [
  'The minister added that the economy would grow this year, according to the central bank.',
  'El presidente dijo que la economía crecerá este año según el banco central.',
  'Der Präsident sagte, dass die Wirtschaft in diesem Jahr wachsen werde.',
  'Le président a dit que l’économie va croître cette année selon la banque centrale.',
  'Prezydent powiedział, że gospodarka wzrośnie w tym roku według banku centralnego.',
  'Президент сказал, что экономика вырастет в этом году по данным банка.',
  '我们将继续努力我们将继续努力我们将继续努力我们将继续努力我们将继续努力',
  'Ελληνικά κείμενα με αρκετούς χαρακτήρες για να μετρήσουν ως γλώσσα.',
  '12345 67890 12345 67890 12345 67890 !!! ??? ... 12345',
  '“Quoted — text” with curly marks… and dashes – in English, mostly.',
  'short',
  '',
];

describe('languageScores', () => {
  for (const text of samples) {
    it(`ranks like francAll: ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(languageScores(text, LATIN, 30)).toEqual(francAll(text, { only: LATIN, minLength: 30 }));
      expect(languageScores(text, [], 10)).toEqual(francAll(text, { minLength: 10 }));
    });
  }
});
