// What happens when the run is ended from outside (SIGINT, SIGTERM, SIGHUP)
// while it holds something that must not outlive it: temporary files, a
// lock, a hidden cursor. Work that needs tidying registers a cleanup; the
// handlers are installed by the first registration only, so the common
// scripted run never pays for them.

type Stderr = { write(chunk: string): unknown; isTTY?: boolean };

/**
 * Kept on the global object, not in this module: the lazily loaded bundles
 * (compare, the prompts) carry their own copy of this file, and a signal
 * must see every cleanup and every write, whichever copy registered it.
 */
const state: {
  cleanups: Set<() => void>;
  installed: boolean;
  /** The stderr to speak on when a signal comes: the latest one given (a prompt's). */
  speakOn: Stderr | undefined;
  writesInFlight: number;
} = ((globalThis as Record<symbol, unknown>)[Symbol.for('should-i-interview.signals')] ??= {
  cleanups: new Set(),
  installed: false,
  speakOn: undefined,
  writesInFlight: 0,
}) as never;
const cleanups = state.cleanups;

/** Exit codes after a signal: 128 + its number, as shells report them. */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof SIGNAL_EXIT;

/**
 * Writes running off the main thread (OutputStream.writeAsync). One blocked
 * on a full pipe would hold up process.exit(), which waits for such threads:
 * while any is running, the run ends by the signal itself instead (a shell
 * still reports 128 + its number).
 */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  state.writesInFlight++;
  return write.finally(() => state.writesInFlight--);
}

/** Runs every registered cleanup once, ignoring their failures (the run is ending anyway). */
export function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // best effort: one failed cleanup must not stop the others
    }
  }
}

/**
 * Registers work to undo if the run is ended by a signal (or by an error
 * that reaches the top). Returns the function that unregisters it, for
 * when the work finished normally.
 */
export function registerCleanup(cleanup: () => void, stderr?: Stderr): () => void {
  cleanups.add(cleanup);
  if (stderr) state.speakOn = stderr;
  if (!state.installed) install();
  return () => cleanups.delete(cleanup);
}

function install(): void {
  state.installed = true;
  for (const signal of Object.keys(SIGNAL_EXIT) as HandledSignal[]) {
    process.on(signal, () => {
      runCleanups();
      try {
        // A prompt may have hidden the cursor: show it again.
        if (state.speakOn?.isTTY) state.speakOn.write('\u001b[?25h\n');
        state.speakOn?.write('Cancelled.\n');
      } catch {
        // stderr gone: the exit code still says what happened
      }
      if (state.writesInFlight > 0) {
        // With no listener left, the signal's default action ends the
        // process at once; the handle closes on the next turn of the loop.
        process.removeAllListeners(signal);
        setImmediate(() => process.kill(process.pid, signal));
        return;
      }
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}
