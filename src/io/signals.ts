// What happens when the run is ended from outside (SIGINT, SIGTERM, SIGHUP)
// while it holds something that must not outlive it: temporary files, a
// lock, a hidden cursor. Work that needs tidying registers a cleanup; the
// handlers are installed by the first registration only, so the common
// scripted run never pays for them.

const cleanups = new Set<() => void>();
let installed = false;

/** Exit codes after a signal: 128 + its number, as shells report them. */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof SIGNAL_EXIT;

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
export function registerCleanup(cleanup: () => void, stderr?: { write(chunk: string): unknown; isTTY?: boolean }): () => void {
  cleanups.add(cleanup);
  if (!installed) install(stderr);
  return () => cleanups.delete(cleanup);
}

function install(stderr: { write(chunk: string): unknown; isTTY?: boolean } | undefined): void {
  installed = true;
  for (const signal of Object.keys(SIGNAL_EXIT) as HandledSignal[]) {
    process.on(signal, () => {
      runCleanups();
      try {
        // A prompt may have hidden the cursor: show it again.
        if (stderr?.isTTY) stderr.write('\u001b[?25h\n');
        stderr?.write('Cancelled.\n');
      } catch {
        // stderr gone: the exit code still says what happened
      }
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}
