// Renders a verdict for programs: exactly `evaluate()`'s result, so that the
// CLI's `--json` and the library can never drift apart.

import type { Verdict } from '../core/rules.js';

export function renderJson(verdict: Verdict): string {
  return `${JSON.stringify(verdict, null, 2)}\n`;
}
