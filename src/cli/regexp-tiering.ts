// How V8 compiles the message reader's patterns, set by the command before it
// reads a message: at the edge, because it is a setting of the process.
//
// V8 first compiles a regular expression to bytecode for its interpreter, then
// compiles it again to machine code on its next run ("tier-up"). A long-lived
// program gains from that; a command that reads one message and exits does
// not: the reader runs some 140 patterns a few times each, so nearly every one
// was compiled twice, and that second compilation was about half of what
// `--message` added to a run (measured by `npm run bench`, README "Speed").
// Turning tier-up off compiles each pattern once, straight to machine code.
//
// Only the message paths set it: a run without a message has a few dozen
// patterns that run once each, for which bytecode is the cheaper choice.
// Node's documentation warns that changing V8 flags after start-up "may
// result in unpredictable behavior, including crashes and data loss; or it may
// simply do nothing". It is done here knowing that: this flag is one V8 reads
// each time it compiles a pattern, it changes how a pattern is compiled and
// never what it matches, and if it did nothing the cost would only be the old
// speed. The whole suite runs with it on every message path, on Node 20, 22
// and 24. The library's `readMessage` leaves the host program's V8 as it is.
import { setFlagsFromString } from 'node:v8';

let set = false;

/** Compile each regular expression from now on once, to machine code. */
export function compilePatternsOnce(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--no-regexp-tier-up');
}
