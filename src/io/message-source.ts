// The recruiter's message as bytes (a file, stdin, the editor's buffer) made
// into text for the reader in src/core/message. The format is told from the
// content, never the file name: a block of RFC 5322 headers at the top is a
// mail (parsed with postal-mime: MIME parts, base64, quoted-printable,
// format=flowed, RFC 2047 words, other charsets; an HTML-only mail through
// html-to-text); anything else is text, UTF-8 or else Windows-1252.
//
// Both libraries are loaded only here, when a message is read.

import { createRequire } from 'node:module';

/** The largest message read: 1 MiB. A recruiter's message is a few kilobytes. */
export const MAX_MESSAGE_BYTES = 1_048_576;

/** A message that cannot be read; its text says what to do. The command maps it to exit 2. */
export class MessageInputError extends Error {
  override readonly name = 'MessageInputError';
}

export interface MessageSource {
  subject?: string;
  body: string;
  /** Header names in lower case; the first of each. Empty for plain text. */
  headers: Record<string, string>;
  /** Things the reader should know, such as characters that could not be decoded. */
  warnings: string[];
}

const KNOWN_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'received',
  'return-path',
  'delivered-to',
  'reply-to',
  'sender',
  'precedence',
  'list-unsubscribe',
  'list-id',
  'in-reply-to',
  'references',
  'x-mailer',
  'dkim-signature',
  'authentication-results',
  'arc-seal',
  'thread-topic',
]);

/**
 * True when the text opens with an RFC 5322 header block: header lines
 * (with folded continuations) up to a blank line, at least two of them
 * known mail headers, or one that only a mail has (MIME-Version,
 * Content-Type, Received...). A pasted "Subject: ..." line alone is text.
 */
export function looksLikeMail(text: string): boolean {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/, 200);
  let known = 0;
  let mailOnly = false;
  let count = 0;
  for (const line of lines) {
    if (line === '') return count > 0 && (known >= 2 || mailOnly);
    if (/^[ \t]/.test(line)) {
      if (count === 0) return false;
      continue;
    }
    const header = /^([!-9;-~]{1,76}):/.exec(line);
    if (!header) return false;
    count++;
    const name = header[1]!.toLowerCase();
    if (KNOWN_HEADERS.has(name)) known++;
    if (/^(mime-version|content-type|content-transfer-encoding|received|return-path|message-id|dkim-signature)$/.test(name))
      mailOnly = true;
  }
  return false;
}

/** NUL bytes, or more than one byte in ten a control character: not a message. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control * 10 > sample.length;
}

// Windows-1252's characters for the bytes 0x80-0x9F. Node 20's TextDecoder
// reads 'windows-1252' as ISO-8859-1 and gives C1 control characters for
// them (so does postal-mime, which uses it); text never means a C1 control,
// so each is put back as the character Windows-1252 has there. The five
// bytes it leaves undefined stay as they are.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Text with C1 controls read as the Windows-1252 characters they stand for. */
export function fixWindows1252(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** Text, as its bytes allow: UTF-8 (with or without a BOM), UTF-16 with a BOM, else Windows-1252 when that reads cleanly. */
function decodeText(bytes: Uint8Array, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8. Windows-1252 gives every byte a character; it reads cleanly
    // when none of them is a C1 control (the five bytes it leaves undefined).
    const latin = fixWindows1252(new TextDecoder('latin1').decode(bytes));
    // eslint-disable-next-line no-control-regex
    if (!/[\u0080-\u009f]/.test(latin)) return latin;
    warnings.push('the message is not valid UTF-8 and not Windows-1252 either: characters that could not be decoded are shown as \uFFFD');
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface ParsedHeader {
  key: string;
  value: string;
}

function headerRecord(headers: ParsedHeader[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { key, value } of headers) {
    const name = key.toLowerCase();
    if (!(name in record)) record[name] = value;
  }
  return record;
}

/**
 * A bundled library, as this code is run: from source (tests), the package
 * itself; in the command's bundle, the build points the import at the vendor
 * file; in the installed library (dist/, compiled but not bundled, with no
 * dependencies installed), the same vendor file the command uses, found
 * beside it in the package.
 */
async function vendored<T>(load: () => Promise<T>, file: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    return createRequire(import.meta.url)(`../cli/vendor/${file}`) as T;
  }
}

/** HTML as text: links as their words, no images, no wrapping. */
async function htmlToText(html: string): Promise<string> {
  const { convert } = await vendored(() => import('html-to-text'), 'html-to-text.cjs');
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

async function readMail(bytes: Uint8Array, warnings: string[]): Promise<MessageSource> {
  const module = await vendored(() => import('postal-mime'), 'postal-mime.cjs');
  // The ES module's default export; through the command's bundle, the
  // CommonJS vendor file arrives wrapped once more (its exports object as
  // `default`), so the class is whichever of these can parse.
  const wrapped = module as unknown as { default?: { default?: unknown }; PostalMime?: unknown };
  const PostalMime = [module.default, wrapped.default?.default, wrapped.PostalMime].find(
    (candidate) => typeof (candidate as { parse?: unknown } | undefined)?.parse === 'function',
  ) as typeof module.default;
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new MessageInputError(
      `the message looks like a mail but could not be read as one (${(error as Error).message}): paste its text instead.`,
    );
  }
  const headers = headerRecord(email.headers);
  const subject = email.subject === undefined ? undefined : fixWindows1252(email.subject).trim() || undefined;
  let body = fixWindows1252(email.text ?? '');
  if (body.trim() === '' && email.html && email.html.trim() !== '') body = fixWindows1252(await htmlToText(email.html));
  if (body.trim() === '') {
    if (email.attachments.length > 0) {
      throw new MessageInputError(
        'the mail has only attachments and no text to read: open the attachment and paste the message, or give a file with its text.',
      );
    }
    if (subject === undefined)
      throw new MessageInputError('the mail has no text and no subject: give the recruiter\u2019s message itself.');
  }
  if (body.includes('\uFFFD') || (subject ?? '').includes('\uFFFD')) {
    warnings.push('some characters of the mail could not be decoded (an unknown or wrong charset): they are shown as \uFFFD');
  }
  return subject === undefined ? { body, headers, warnings } : { subject, body, headers, warnings };
}

/**
 * Reads a message from its bytes: a raw mail (.eml) or text as pasted.
 * Throws MessageInputError for an empty message, a binary file, one over
 * 1 MiB, or a mail with only attachments.
 */
export async function readMessageBytes(bytes: Uint8Array): Promise<MessageSource> {
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new MessageInputError(
      `the message is ${bytes.length.toLocaleString('en-US')} bytes, over the 1 MB a message may be (1,048,576 bytes): give the recruiter\u2019s message alone.`,
    );
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) {
    throw new MessageInputError('the message is a binary file, not text or a mail (.eml): save or paste the message as text.');
  }
  const warnings: string[] = [];
  const text = decodeText(bytes, warnings);
  if (text.trim() === '')
    throw new MessageInputError('the message is empty: give the recruiter\u2019s message as text or as a mail (.eml).');
  // A mail's parts say their own charsets: what the whole file decodes as does not matter.
  if (looksLikeMail(text)) return readMail(bytes, []);
  return { body: text.replace(/^\uFEFF/, ''), headers: {}, warnings };
}
