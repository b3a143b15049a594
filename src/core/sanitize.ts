// Untrusted text (a company name, a role title) must never drive the
// terminal it is printed on. This removes escape sequences whole, so that no
// half of one survives as visible junk, then every remaining control
// character, and the bidirectional overrides that can make text read
// differently from what it is.

// ESC-introduced sequences: CSI (ESC [ … final byte), OSC/DCS/SOS/PM/APC
// strings (ESC ] P X ^ _ … up to BEL or ST), and two-byte escapes (ESC + one).
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)|\u009b[0-?]*[ -/]*[@-~]|[\u009d\u0090\u0098\u009e\u009f][\s\S]*?(?:\u0007|\u009c|\u001b\\|$)|\u001b[\s\S]?/g;

// C0 controls, DEL, C1 controls, and the Unicode bidi embedding, override
// and isolate characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Returns `text` with escape sequences and control characters removed and white space folded. */
export function stripControl(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A message for the terminal: escape sequences, control characters and bidi
 * overrides removed as in stripControl, but its lines kept (a tab becomes a
 * space). For everything written to stderr, which may quote argv, file
 * names, file contents or the environment.
 */
export function cleanMessage(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n/g, '\n')
    .replace(/[\t\v\f\r]/g, ' ')
    .replace(/[^\S\n]*\n/g, '\n')
    .replace(NOT_NEWLINE_CONTROL, '');
}

// CONTROL without the new line.
const NOT_NEWLINE_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
