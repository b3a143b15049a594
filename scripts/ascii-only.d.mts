/** Every non-ASCII character of `code` (a bundle) as an escape that means the same: see ascii-only.mjs. */
export function asciiOnly(code: string): string;
