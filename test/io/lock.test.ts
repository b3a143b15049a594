import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakLock } from '../../src/io/lock.js';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-lock-'));
  lock = join(dir, 'config.json.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('breaking a stale lock', () => {
  const STALE = '{"pid":1,"host":"gone","token":"old"}';
  const FRESH = '{"pid":2,"host":"here","token":"new"}';

  it('removes the lock it judged stale', () => {
    writeFileSync(lock, STALE);
    breakLock(lock, { text: STALE });
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(`${lock}.break`)).toBe(false);
  });

  it('never removes a fresh lock another run took in its place (two runs judged the same lock stale)', () => {
    // Run X broke the stale lock and took a fresh one; run Y, which judged the
    // same stale lock, comes to break it only now.
    writeFileSync(lock, FRESH);
    breakLock(lock, { text: STALE });
    expect(readFileSync(lock, 'utf8')).toBe(FRESH);
  });

  it('leaves the lock alone while another run is breaking it, and clears a breaker a dead run left', () => {
    writeFileSync(lock, STALE);
    writeFileSync(`${lock}.break`, '');
    breakLock(lock, { text: STALE });
    expect(existsSync(lock)).toBe(true);
    const old = new Date(Date.now() - 10_000);
    utimesSync(`${lock}.break`, old, old);
    breakLock(lock, { text: STALE }); // clears the dead breaker
    breakLock(lock, { text: STALE }); // then breaks
    expect(existsSync(lock)).toBe(false);
  });
});
