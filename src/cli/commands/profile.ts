// `should-i-interview profile …`: show, set, reset and locate the saved
// profile. Each subcommand's flags, options and run function.

import { formatMoney } from '../../core/pay.js';
import type { Profile } from '../../core/profile.js';
import { READY, type AnswersInput } from '../../core/answers.js';
import type { PayFigure } from '../../core/pay.js';
import type { IOStreams } from '../../io/streams.js';
import type { ProfileStore } from '../../io/profile-store.js';
import { PROGRAM, UsageError } from '../errors.js';
import { answerFlags } from '../flags.js';
import type { CommandSpec } from '../command-spec.js';

export interface ProfileDeps {
  io: IOStreams;
  profileStore(): ProfileStore;
}

export interface ProfileSetOptions {
  employment?: 'employed' | 'unemployed';
  ready?: AnswersInput['ready'];
  target?: PayFigure;
  json?: boolean;
}

const NO_PROFILE = 'it is about the saved profile itself';

export const profileCommand: CommandSpec = {
  path: ['profile'],
  summary: 'show the saved profile: your employment, readiness and the pay you are after',
  flags: [],
  globals: ['json', 'quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE },
  helpAfter: `
Examples:
  $ ${PROGRAM} profile set --employed --ready open --target 120k
  $ ${PROGRAM} profile
  $ ${PROGRAM} profile --json
  $ ${PROGRAM} profile reset
`,
  run: (_args, flags, context) => runProfileShow({ json: flags.json === true }, context),
};

export const profileSetCommand: CommandSpec = {
  path: ['profile', 'set'],
  summary: 'save answers so they are not asked again (flags still win over them)',
  flags: answerFlags('employment', 'ready', 'target'),
  globals: ['json', 'quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE },
  run(_args, flags, context) {
    const options: ProfileSetOptions = { json: flags.json === true };
    if (flags.employment !== undefined) options.employment = flags.employment;
    if (flags.ready !== undefined) options.ready = flags.ready;
    if (flags.target !== undefined) options.target = flags.target as PayFigure;
    return runProfileSet(options, context);
  },
};

export const profileResetCommand: CommandSpec = {
  path: ['profile', 'reset'],
  summary: 'clear the saved profile (the old file is kept as config.json.<UTC time>.bak)',
  flags: [],
  globals: ['quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE, json: "it prints one line, the backup's path" },
  run: (_args, _flags, context) => runProfileReset(context),
};

export const profilePathCommand: CommandSpec = {
  path: ['profile', 'path'],
  summary: "print the profile file's path",
  flags: [],
  globals: ['quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE, json: 'it prints the path alone' },
  run: (_args, _flags, context) => runProfilePath(context),
};

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
    deps.io.stdout.write(`${JSON.stringify({ path: store.path, saved: profile !== undefined, profile: profile ?? {} }, null, 2)}\n`);
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
    throw new UsageError(`nothing to save: give --employed or --unemployed, --ready <${READY.join('|')}>, or --target <pay>.`, {
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
  if (options.json) {
    deps.io.stdout.write(`${JSON.stringify({ path: store.path, saved: true, profile: saved }, null, 2)}\n`);
    return 0;
  }
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
  deps.io.stdout.write(`${deps.profileStore().path}\n`);
  return 0;
}
