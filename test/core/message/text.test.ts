// The text the rules read: headers split off, app lines dropped, quoted replies kept.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';
import { cleanName, holdsCharIn, quoteAround, readableLines, splitHeaderBlock } from '../../../src/core/message/text.js';

describe('the text read', () => {
  it('splits a simple header block from pasted text', () => {
    expect(splitHeaderBlock('Subject: Staff Engineer at Acme\nTo: me@example.com\n\nHi there')).toEqual({
      subject: 'Staff Engineer at Acme',
      body: 'Hi there',
      headers: { subject: 'Staff Engineer at Acme', to: 'me@example.com' },
    });
    expect(splitHeaderBlock('Note: this is text\n\nHi').headers).toBeUndefined();
  });
  it('drops the LinkedIn app lines', () => {
    expect(readableLines('InMail\nSent 2h ago\nHi Sam,\nView profile\nReply\nReport\nBlock\nLike\nMessage\nThe role is great.')).toEqual([
      'Hi Sam,',
      'The role is great.',
    ]);
  });
  it("reads quoted lines after the reply's own", () => {
    expect(readableLines('> The salary is £55,000.\nThanks, sounds good.')).toEqual(['Thanks, sounds good.', '', 'The salary is £55,000.']);
    expect(readMessage('Thanks Tom, I will think.\n\n> The salary is £55,000 for this Platform Engineer role.').pay?.min).toBe(55000);
  });
  it('the subject counts', () => {
    expect(readMessage('Subject: Product Designer – $130k–$145k + equity\n\nHi Jo, details in the subject.').pay).toMatchObject({
      min: 130000,
      max: 145000,
    });
  });
  it('quotes are cleaned of control characters and at most 80 characters', () => {
    const text = `${'word '.repeat(40)}\u001b[31m{{first_name}}\u0007 ${'more '.repeat(40)}`;
    const signal = readMessage(text).signals[0]!;
    expect(signal.quote).toContain('{{first_name}}');
    expect(signal.quote.length).toBeLessThanOrEqual(80);
    expect(signal.quote).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(quoteAround('abc def ghi', 4, 7)).toBe('abc def ghi');
  });
});

describe('a pasted header block in the languages of the reader', () => {
  it.each([
    [
      'Betreff: Senior Java Entwickler (m/w/d)\nVon: Sabine Krüger\n\nHallo Herr Becker,',
      'Senior Java Entwickler (m/w/d)',
      'Sabine Krüger',
    ],
    ['Objet : Poste de comptable\nDe : Geneviève Tremblay\n\nBonjour,', 'Poste de comptable', 'Geneviève Tremblay'],
    ['Předmět: Senior .NET vývojář – Brno\n\nDobrý den,', 'Senior .NET vývojář – Brno', undefined],
    ['Ämne: Lagerchef till Nordvik\nFrån: Anna\n\nHej,', 'Lagerchef till Nordvik', 'Anna'],
  ])('%s', (text, subject, from) => {
    const split = splitHeaderBlock(text);
    expect(split.subject).toBe(subject);
    expect(split.headers?.from).toBe(from);
  });

  it('a first line that only looks like one is left in the text', () => {
    expect(splitHeaderBlock('Hinweis: bitte lesen\n\nHallo,').subject).toBeUndefined();
  });
});

describe('lines of a note that look like local header names', () => {
  it.each([
    ['"Data:"', 'Role: Data Engineer\nData: Snowflake and dbt\nSalary: $150,000\n\nHi Sam, interested in this one at Lumen?\n\nKim'],
    ['"Van:"', 'Role: Delivery Driver\nVan: provided\nPay: £12.50 per hour\n\nHi Sam, we need drivers in Leeds.\n\nKim'],
  ])('%s makes no header block', (_name, text) => {
    expect(splitHeaderBlock(text).headers).toBeUndefined();
  });
});

describe("a chat export's stamps (set 103, after its measure)", () => {
  it("drops the date, time and sender's number before each message, not a sender's name", () => {
    expect(
      readableLines(
        '[14/10/25, 9:02:40 a.m.] +52 81 2345 6789: Hola buen día\n' +
          '14/10/2025, 21:02 - +44 7700 900418: Reply STOP to opt out\n' +
          '[02/06/24, 11:47:03 AM] Saffron Crest HR: *URGENT HIRING*',
      ),
    ).toEqual(['Hola buen día', 'Reply STOP to opt out', '[02/06/24, 11:47:03 AM] Saffron Crest HR: *URGENT HIRING*']);
  });

  it('reads the pay and title of a WhatsApp export whose sender is a number', () => {
    const chat =
      '[3/2/25, 8:15:02 a.m.] +52 33 1234 0000: Buenos días 👋 Te escribe Lupita de Recursos Humanos.\n' +
      '[3/2/25, 8:15:40 a.m.] +52 33 1234 0000: 📦 *Vacante: Supervisor de Almacén*\n\n' +
      '✅ Sueldo: $17,900 pesos mensuales libres\n✅ Vales de despensa $1,200 al mes\nEntrevistas en Zapopan, Jal.';
    const found = readMessage(chat);
    expect(found.pay).toMatchObject({ min: 17900, max: null, period: 'month', currency: 'MXN' });
    expect(found.role).toBe('Supervisor de Almacén');
  });
});

describe('cleanName keeps the dot of ".NET"', () => {
  it.each([
    ['.NET Developer', '.NET Developer'],
    [': .NET Developer,', '.NET Developer'],
    ['. Developer', 'Developer'],
    ['NET Developer', 'NET Developer'],
  ])('%s', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });
});

describe('splitHeaderBlock: a subject named in Slovak, Croatian, Greek, Lithuanian, Estonian, Latvian, Slovenian, Russian and Bulgarian', () => {
  it.each(['Predmet', 'Θέμα', 'Tema', 'Teema', 'Temats', 'Zadeva', 'Тема', 'Относно'])('%s:', (name) => {
    expect(splitHeaderBlock(`${name}: Nová ponuka\n\nDobrý deň`).subject).toBe('Nová ponuka');
  });
});

describe('holdsCharIn', () => {
  it('finds a character of a range, and none outside it', () => {
    expect(holdsCharIn('Salary: ৳৭৫,০০০', 0x0980, 0x09ff)).toBe(true);
    expect(holdsCharIn('Salary: $75,000', 0x0980, 0x09ff)).toBe(false);
    expect(holdsCharIn('', 0x0000, 0xffff)).toBe(false);
  });
});

describe('a KakaoTalk export’s stamps (set 523, after its reading)', () => {
  it('takes out the speaker and the time before each message', () => {
    expect(readableLines('[이수빈] [오후 9:14] 포지션은 로봇 제어 SW 엔지니어\n[김민호] [오전 10:02] 고마워')).toEqual([
      '포지션은 로봇 제어 SW 엔지니어',
      '고마워',
    ]);
  });
});
