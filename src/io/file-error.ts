// When the operating system refuses to read or write one of the tool's own
// files (the profile, its backups, the history, temporary files) or stdout.
// Such a failure is not a bug and not a usage error: it exits 74 (EX_IOERR in
// sysexits) with the path, the cause in words, and what to do.

/** The causes people meet, in words. */
const CAUSE: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOENT: 'it does not exist',
  EEXIST: 'something is already there',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open on the system',
  EIO: 'the device reported an input/output error',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has too many symbolic links',
  EFBIG: 'the file is too large',
  EBUSY: 'the file is busy',
};

const ADVICE: Record<string, string> = {
  ENOSPC: 'Free some space, then run again.',
  EDQUOT: 'Free some space, then run again.',
  EACCES: 'Check who owns the file and its folder, and their permissions.',
  EPERM: 'Check who owns the file and its folder, and their permissions.',
  EROFS: 'Point the tool at a writable folder (SHOULD_I_INTERVIEW_CONFIG_DIR), or make this one writable.',
  EISDIR: 'Move the folder out of the way, then run again.',
  ENOTDIR: 'A file stands where a folder is needed: move it out of the way, then run again.',
};

/**
 * Errors opening a file the user named on the command line (compare's file,
 * --message): the user's mistake, a usage error (exit 2), as a wrong path is.
 */
export const NAMED_FILE_ERRORS: ReadonlySet<string> = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'ELOOP', 'ENAMETOOLONG']);

/** The cause of a failed file operation, in words: "no space left on the device". */
export function describeCause(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && CAUSE[code]) return CAUSE[code]!;
  return code ?? (error instanceof Error ? error.message : String(error));
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for an error the operating system raised about a file (it has an errno code). */
export function isSystemError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && /^E[A-Z0-9]+$/.test(code);
}

export class FileAccessError extends Error {
  override readonly name = 'FileAccessError';
  readonly code: string | undefined;
  constructor(
    /** The path the operation was on. */
    readonly path: string,
    /** What the tool was doing, to follow "cannot": "write the profile", "read the history". */
    readonly action: string,
    cause: unknown,
    /** What to do; by default, advice that fits the cause. */
    advice?: string,
  ) {
    const code = errorCode(cause);
    const todo = advice ?? (code !== undefined ? ADVICE[code] : undefined);
    super(`cannot ${action} (${path}): ${describeCause(cause)}.${todo ? ` ${todo}` : ''}`);
    this.code = code;
  }
}

/** Runs `operation`; a system error from it becomes a FileAccessError naming `path`. */
export function onFile<T>(path: string, action: string, operation: () => T, advice?: string): T {
  try {
    return operation();
  } catch (error) {
    if (isSystemError(error)) throw new FileAccessError(path, action, error, advice);
    throw error;
  }
}
