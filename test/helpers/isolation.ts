// Running the built command where file modes and full or read-only file
// systems apply, even as root (as CI runs): as an unprivileged user
// (setpriv), or in a private mount namespace (unshare). Each says why it
// cannot run here, so a test skips with the reason rather than passing.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv } from './cli.js';

const linux = process.platform === 'linux';
const isRoot = process.getuid?.() === 0;
const SETPRIV = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/** Why permission cases cannot run here, or undefined when they can. */
export function unprivilegedUnavailable(): string | undefined {
  if (!linux) return 'file modes are checked this way on Linux only';
  if (!isRoot) return undefined; // already unprivileged: modes apply as they are
  const probe = spawnSync('setpriv', [...SETPRIV, process.execPath, BIN, '--version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error) return `running as root, and setpriv cannot be run to drop to an unprivileged user (${probe.error.message})`;
  if (probe.status !== 0)
    return `running as root, and the command cannot run as the unprivileged user 65534 (${probe.stderr.trim() || `exit ${probe.status}`})`;
  return undefined;
}

/** Runs the command as the unprivileged user; `root` (the test's folder) is opened so that user can reach inside. */
export function cliAsUser(args: string[], dir: string, root: string, env: Record<string, string> = {}) {
  chmodSync(root, 0o755);
  const argv = isRoot ? ['setpriv', ...SETPRIV, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const r = spawnSync(argv[0]!, argv.slice(1), {
    env: cleanEnv({ SHOULD_I_INTERVIEW_CONFIG_DIR: dir, ...env }),
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `unshare` options that give a private mount namespace here, or why none can be had. */
export function mountNamespace(): { flags: string[] } | { reason: string } {
  if (!linux) return { reason: 'mount namespaces are Linux only' };
  const target = mkdtempSync(join(tmpdir(), 'sii-probe-'));
  try {
    const tried: string[] = [];
    for (const flags of [['-m'], ['-U', '-r', '-m']]) {
      const probe = spawnSync('unshare', [...flags, 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0"', target], {
        encoding: 'utf8',
        timeout: 10_000,
      });
      if (probe.status === 0) return { flags };
      tried.push(`unshare ${flags.join(' ')}: ${probe.error?.message ?? (probe.stderr.trim() || `exit ${probe.status}`)}`);
    }
    return { reason: `no private mount namespace can be made here, to mount a full or read-only file system (${tried.join('; ')})` };
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
}

/** Runs `setup` (sh, with $D the folder), then the command, then `after`, all in a private mount namespace. */
export function cliInNamespace(
  namespace: { flags: string[] } | { reason: string },
  setup: string,
  args: string[],
  dir: string,
  after = '',
  env: Record<string, string> = {},
) {
  const script = `set -e; ${setup}; set +e; "$@"; code=$?; ${after || ':'}; exit $code`;
  const flags = 'flags' in namespace ? namespace.flags : [];
  const r = spawnSync('unshare', [...flags, 'sh', '-c', script, 'sh', process.execPath, BIN, ...args], {
    env: cleanEnv({ SHOULD_I_INTERVIEW_CONFIG_DIR: dir, D: dir, ...env }),
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
