// `should-i-interview profile …`: show, set, reset and locate the saved profile.

import { formatMoney } from '../core/pay.js';
import type { Profile } from '../core/profile.js';
import type { IOStreams } from '../io/streams.js';
import type { ProfileStore } from '../io/profile-store.js';
import { PROGRAM, UsageError } from './errors.js';
import type { ProfileSetOptions } from './options.js';

export interface ProfileDeps {
  io: IOStreams;
  profileStore(): ProfileStore;
}

function describe(profile: Profile): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  if (profile.employment) rows.push(['employment', profile.employment]);
  if (profile.ready) rows.push(['ready to move', profile.ready]);
  if (profile.target !== undefined) rows.push(['pay you are after', `${formatMoney(profile.target, profile.currency)} a year`]);
  return rows;
}

export async function runProfileShow(options: { json: boolean }, deps: ProfileDeps): Promise<number> {
  const store = deps.profileStore();
  const profile = store.read('show');
  if (options.json) {
    deps.io.stdout.write(JSON.stringify({ path: store.path, saved: profile !== undefined, profile: profile ?? {} }, null, 2) + '\n');
    return 0;
  }
  const rows = profile ? describe(profile) : [];
  if (rows.length === 0) {
    deps.io.stdout.write(
      `No profile saved yet (it would live at ${store.path}).\n` +
        `Save one with: ${PROGRAM} profile set --employed --ready open --target 120k\n`,
    );
    return 0;
  }
  deps.io.stdout.write(`Saved profile (${store.path}):\n${table(rows)}`);
  return 0;
}

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}\n`).join('');
}

export async function runProfileSet(options: ProfileSetOptions, deps: ProfileDeps): Promise<number> {
  if (options.employment === undefined && options.ready === undefined && options.target === undefined) {
    throw new UsageError('nothing to save: give --employed or --unemployed, --ready <yes|open|no>, or --target <pay>.', {
      command: 'profile set',
    });
  }
  const store = deps.profileStore();
  const changes: Profile = {};
  if (options.employment !== undefined) changes.employment = options.employment;
  if (options.ready !== undefined) changes.ready = options.ready;
  if (options.target !== undefined) {
    changes.target = options.target.amount;
    if (options.target.currency !== undefined) changes.currency = options.target.currency;
  }
  const saved = await store.save(changes);
  deps.io.stdout.write(`Saved to ${store.path}:\n${table(describe(saved))}`);
  return 0;
}

export async function runProfileReset(deps: ProfileDeps): Promise<number> {
  const store = deps.profileStore();
  const result = store.reset();
  deps.io.stdout.write(
    result ? `Profile cleared. The old file is kept at ${result.backup}.\n` : `No profile to clear (${store.path} does not exist).\n`,
  );
  return 0;
}

export async function runProfilePath(deps: ProfileDeps): Promise<number> {
  deps.io.stdout.write(deps.profileStore().path + '\n');
  return 0;
}
