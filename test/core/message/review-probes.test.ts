// Probes of a review of the rules of unseen sets 24 to 33: English messages they must not misread, and inputs that
// must not make the reader slow.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';

describe('English titles keep their first word', () => {
  it.each([
    ["We're looking for a Client Services Manager to join our London office.", 'Client Services Manager'],
    ['We need a Die Casting Engineer for our Ohio plant.', 'Die Casting Engineer'],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe('a kind word inside a title or a tool names no employer', () => {
  it.each([
    'My client is hiring a Senior Electrical Engineer in Phoenix.',
    'We are hiring a Middle School Math Teacher for the fall.',
    'You would need to know Visual Studio Code well.',
  ])('%s', (text) => {
    expect(readMessage(text).company).toBeNull();
  });

  it('the academy, not the kind of school the title names', () => {
    expect(readMessage('We need a High School Teacher at Riverbend Academy this autumn.').company).toBe('Riverbend Academy');
  });
});

describe('real names the new rules must keep', () => {
  it.each([
    ['Global Payments is hiring a Staff Engineer.', 'Global Payments'],
    ["I'm a recruiter at Boston Children's Hospital.", "Boston Children's Hospital"],
  ])('%s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });

  it.each([
    ['Juan busca a alguien para el equipo.', null],
    ['Plaza Castilla cerca de la estación, oficina nueva.', null],
  ])('no employer from a person or a place: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
});

describe('short English messages are read by the English titles', () => {
  it.each([
    ['Hi Sam\nQuick one - Payroll Specialist role in Leeds, £32k, hybrid. Keen?\nTom Reed\nDirector\nReed Partners', 'Payroll Specialist'],
    ['Subject: Operations Director role - Leeds\n\nHi Jo, are you open to a chat?', 'Operations Director'],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe('pay the new words must not take or refuse', () => {
  it.each([
    ['Staff Engineer at Quay Labs, pays $190k base, and feel free to refer a friend if it is not for you.', 190000],
    ['Lunar Energy is hiring a Staff Engineer at $180,000.', 180000],
    ['The client has secured sign-off for a salary of up to £90k.', null],
  ])('%s', (text, min) => {
    const pay = readMessage(text).pay;
    if (min === null) expect(pay?.max).toBe(90000);
    else expect(pay?.min).toBe(min);
  });

  it('a year stays a year beside "Lunar"', () => {
    expect(readMessage('Lunar Energy is hiring a Staff Engineer at $180,000.').pay?.period).toBe('year');
  });

  it('"FIFO stock rotation" names no country: the dollar stays the US one', () => {
    expect(readMessage('Warehouse Associate role, $19/hr, FIFO stock rotation, Dallas TX.').pay?.currency).toBe('USD');
  });

  it.each(['Loading 40 Ft containers daily, $19/hr.', 'ogłoszenie obejrzało już 12 tys. osób'])(
    'no forints, no thousands of people: %s',
    (text) => {
      const pay = readMessage(text).pay;
      expect(pay === null || pay.currency === 'USD').toBe(true);
    },
  );
});

describe('personal messages the new mass signs must not flag', () => {
  it.each([
    'Hi Ana, the bus stop to 5th Avenue is closed, so meet me at the office. I loved your talk on queues.',
    'Pokud byste se chtěl z výběrového řízení odhlásit, stačí mi napsat.',
    'Please ignore the earlier broadcast message from our HR system; I read your write-up of the migration.',
    "Hi!\nNo Rust experience needed, we'll teach you. I read your post on parsers.",
    'Hi!\n\nWe are hiring 2025 grads at Quay Labs and I immediately thought of you, Priya.',
  ])('%s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('inputs that must stay fast', () => {
  it.each([
    ['a Turkish verb after long runs of apostrophes', `arıyorum\n${`${"A'".repeat(10_000)}\n`.repeat(2)}`],
    ['a list of country codes joined by slashes', `Markets covered: ${'US/UK/DE/FR/'.repeat(200)}`],
  ])('%s', (_name, text) => {
    const started = performance.now();
    readMessage(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
