import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileError, ProfileStore, profileDir } from '../../src/io/profile-store.js';
import { applyProfile, validateProfile } from '../../src/core/profile.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('profileDir', () => {
  it('SHOULD_I_INTERVIEW_CONFIG_DIR wins', () => {
    expect(profileDir({ SHOULD_I_INTERVIEW_CONFIG_DIR: '/x', XDG_CONFIG_HOME: '/y' }, 'linux', '/home/u')).toBe('/x');
  });
  it('then $XDG_CONFIG_HOME/should-i-interview, with no -nodejs suffix', () => {
    expect(profileDir({ XDG_CONFIG_HOME: '/y' }, 'linux', '/home/u')).toBe('/y/should-i-interview');
  });
  it('then ~/.config/should-i-interview', () => {
    expect(profileDir({}, 'linux', '/home/u')).toBe('/home/u/.config/should-i-interview');
    expect(profileDir({}, 'darwin', '/Users/u')).toBe('/Users/u/.config/should-i-interview');
  });
  it('a relative XDG_CONFIG_HOME is ignored, as the XDG spec says', () => {
    expect(profileDir({ XDG_CONFIG_HOME: 'rel/cfg' }, 'linux', '/home/u')).toBe('/home/u/.config/should-i-interview');
  });
  it('%APPDATA% on Windows', () => {
    expect(profileDir({ APPDATA: 'C:/AppData' }, 'win32', 'C:/u')).toBe(join('C:/AppData', 'should-i-interview'));
  });
});

describe('ProfileStore', () => {
  it('reading creates nothing', () => {
    const store = new ProfileStore(join(dir, 'new'));
    expect(store.read()).toBeUndefined();
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('saves, merges and reads back', async () => {
    const store = new ProfileStore(join(dir, 'p'));
    await store.save({ employment: 'employed', ready: 'open' });
    await store.save({ target: 120000 });
    expect(store.read()).toEqual({ employment: 'employed', ready: 'open', target: 120000 });
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ employment: 'employed', ready: 'open', target: 120000 });
    expect(store.path).toBe(join(dir, 'p', 'config.json'));
    expect(readdirSync(store.dir)).toEqual(['config.json']); // no lock or temporary file left behind
  });

  it('keeps a currency beside the target; a new target without one drops the old one', async () => {
    const store = new ProfileStore(join(dir, 'p'));
    await store.save({ employment: 'employed', target: 95000, currency: '€' });
    expect(store.read()).toEqual({ employment: 'employed', target: 95000, currency: '€' });
    await store.save({ ready: 'yes' }); // a change that is not the target keeps it
    expect(store.read()).toEqual({ employment: 'employed', ready: 'yes', target: 95000, currency: '€' });
    await store.save({ target: 100000 });
    expect(store.read()).toEqual({ employment: 'employed', ready: 'yes', target: 100000 });
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).not.toHaveProperty('currency');
  });

  const broken: Array<[string, string, RegExp]> = [
    ['bad JSON', '{"employment": ', /is not valid JSON/],
    ['not an object', '[1, 2]', /should hold a JSON object/],
    ['a wrong employment', '{"employment": "sometimes"}', /"employment" is "sometimes", expected one of employed, unemployed/],
    ['a wrong ready', '{"ready": true}', /"ready" is true/],
    ['a wrong target', '{"target": "lots"}', /"target" is "lots"/],
    ['a target that is no pay', '{"target": 0}', /"target" is 0/],
    ['a currency it does not know', '{"target": 100000, "currency": "¥"}', /"currency" is "¥"/],
  ];
  for (const [name, content, message] of broken) {
    it(`${name}: reported with the path, never overwritten`, async () => {
      const store = new ProfileStore(join(dir, 'p'));
      mkdirSync(store.dir, { recursive: true });
      writeFileSync(store.path, content);
      expect(() => store.read()).toThrow(ProfileError);
      expect(() => store.read()).toThrow(message);
      expect(() => store.read()).toThrow(store.path);
      await expect(store.save({ ready: 'yes' })).rejects.toThrow(ProfileError);
      expect(readFileSync(store.path, 'utf8')).toBe(content);
    });
  }

  it('reset keeps the old file, broken or not, as config.json.<UTC time>.bak', async () => {
    const store = new ProfileStore(join(dir, 'p'), { now: () => new Date('2026-11-25T10:15:30.123Z') });
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(store.path, '{oops');
    const backup = join(store.dir, 'config.json.20261125T101530.123Z.bak');
    expect(store.reset()).toEqual({ backup });
    expect(readFileSync(backup, 'utf8')).toBe('{oops');
    expect(readdirSync(store.dir)).toEqual(['config.json.20261125T101530.123Z.bak']); // no lock left behind
    expect(store.read()).toBeUndefined();
    expect(store.reset()).toBeUndefined();
    await store.save({ employment: 'unemployed' });
    expect(store.read()).toEqual({ employment: 'unemployed' });
  });

  it('ignores keys it does not know (a newer version may add some), and keeps them in the file', async () => {
    expect(validateProfile({ employment: 'employed', theme: 'dark' })).toEqual({ employment: 'employed' });
    const store = new ProfileStore(join(dir, 'p'));
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(store.path, '{"theme": "dark"}');
    await store.save({ ready: 'yes' });
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ theme: 'dark', ready: 'yes' });
  });
});

describe('applyProfile', () => {
  it('fills only what is missing and says what it filled', () => {
    expect(applyProfile({ employment: 'employed' }, { employment: 'unemployed', ready: 'no', target: 1 })).toEqual({
      answers: { employment: 'employed', ready: 'no', target: 1 },
      fromProfile: ['ready', 'target'],
    });
  });
  it('brings a saved currency with the target', () => {
    expect(applyProfile({}, { target: 95000, currency: '€' }).answers.target).toEqual({ amount: 95000, currency: '€' });
    expect(applyProfile({}, { target: 95000 }).answers.target).toBe(95000);
  });
  it('does not bring a target when pay is given as a category', () => {
    expect(applyProfile({ pay: 'match' }, { target: 1 }).fromProfile).toEqual([]);
  });
});
