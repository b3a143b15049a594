// The nouns of jobs in other languages than English: whole words, compound endings, gender endings.
import { describe, expect, it } from 'vitest';
import { isOccupationWord, namesAnOccupation } from '../../../src/core/message/occupations.js';

describe('a job noun in another language', () => {
  it.each([
    ['Magazynier', 'a whole word'],
    ['KIEROWCA', 'in capitals'],
    ['Gerocultor/a', 'with its feminine ending after a slash'],
    ['Asesor(a)', 'with its feminine ending in brackets'],
    ['Krankenpfleger:in', 'with a German gender ending'],
    ['Lagermedarbeider', 'a Norwegian compound by its ending'],
    ['Myyntipäällikkö', 'a Finnish compound by its ending'],
    ['Polymechaniker/in', 'a German compound with its ending for women'],
    ['-kehittäjä', 'a Finnish ending written after an English word'],
    ['vedouci', 'Czech texted without accents'],
    ['ELECTRICISTAS', 'a Spanish plural'],
    ['asesores', 'a Spanish plural in -es'],
  ])('%s: %s', (word) => {
    expect(isOccupationWord(word)).toBe(true);
  });

  it.each([
    ['Leider', 'German "unfortunately", though Dutch titles end in -leider'],
    ['Rekrytointikonsultti', "the writer's own trade"],
    ['Recruteur', "the writer's own trade, in French"],
    ['Matematica', 'a subject taught'],
    ['de', 'a small word'],
  ])('%s is none: %s', (word) => {
    expect(isOccupationWord(word)).toBe(false);
  });

  it('a phrase names a job by one of its words, never with a word of the recruiting trade', () => {
    expect(namesAnOccupation('Administratief medewerker burgerzaken')).toBe(true);
    expect(namesAnOccupation('Senior rekrytointikonsultti | Kuusi Rekry Oy')).toBe(false);
    expect(namesAnOccupation('Vacature in Gent')).toBe(false);
  });
});
