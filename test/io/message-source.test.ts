// A message's bytes made into text: mail or plain text told from the content.
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, MessageInputError, readMessageBytes } from '../../src/io/message-source.js';
import { readMessageText } from '../../src/core/message/index.js';

const bytes = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const head = (extra: string) =>
  `From: Ana <ana@acme.example>\nTo: Sam <sam@mail.example>\nSubject: Staff Engineer at Acme\nDate: Tue, 4 Mar 2025 09:00:00 +0000\nMIME-Version: 1.0\n${extra}`;

async function refusal(input: Uint8Array): Promise<string> {
  try {
    await readMessageBytes(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MessageInputError);
    expect((error as Error).name).toBe('MessageInputError');
    return (error as Error).message;
  }
  throw new Error('expected a MessageInputError');
}

describe('mail', () => {
  it('quoted-printable with a soft line break inside a figure', async () => {
    const mail = head(
      'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nThe base salary is $145,=\n000 a year.\n',
    );
    const source = await readMessageBytes(bytes(mail));
    expect(source.body).toContain('$145,000 a year');
    expect(source.subject).toBe('Staff Engineer at Acme');
    expect(source.headers.to).toContain('sam@mail.example');
    expect(readMessageText(source).pay).toMatchObject({ min: 145000, period: 'year', currency: 'USD' });
  });

  it('base64', async () => {
    const body = Buffer.from('The salary is €90,000 per year.', 'utf8').toString('base64');
    const source = await readMessageBytes(
      bytes(head(`Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`)),
    );
    expect(source.body).toContain('€90,000');
  });

  it('Windows-1252: € is 0x80', async () => {
    const mail = latin1(
      head(
        'Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\nThe salary is \u0080' +
          '4,800 \u0096 \u0080' +
          '5,400 per month.\n',
      ),
    );
    const source = await readMessageBytes(mail);
    expect(source.body).toContain('€4,800 – €5,400');
    expect(readMessageText(source).pay).toMatchObject({ min: 4800, max: 5400, period: 'month', currency: 'EUR' });
  });

  it('an RFC 2047 subject', async () => {
    const mail = head('Content-Type: text/plain\n\nHi Sam.\n').replace(
      'Subject: Staff Engineer at Acme',
      'Subject: =?utf-8?Q?Ingenieur_=E2=80=93_M=C3=BCnchen?=',
    );
    expect((await readMessageBytes(bytes(mail))).subject).toBe('Ingenieur – München');
  });

  it('HTML only, converted to text; the text part preferred when both', async () => {
    const html = await readMessageBytes(
      bytes(
        head(
          'Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hello <b>Sam</b>,</p><p>The salary is <i>$150k</i>.</p><img src="x.png"></body></html>\n',
        ),
      ),
    );
    expect(html.body).toContain('Hello Sam');
    expect(html.body).toContain('The salary is $150k.');
    expect(html.body).not.toContain('<');
    const both = await readMessageBytes(
      bytes(
        head(
          'Content-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nPLAIN PART\n--b\nContent-Type: text/html; charset=utf-8\n\n<p>HTML PART</p>\n--b--\n',
        ),
      ),
    );
    expect(both.body).toContain('PLAIN PART');
    expect(both.body).not.toContain('HTML PART');
  });

  it('attachments only: refused', async () => {
    const pdf = Buffer.from('%PDF-1.4 not really').toString('base64');
    const mail = head(
      `Content-Type: multipart/mixed; boundary="m"\n\n--m\nContent-Type: application/pdf; name="jd.pdf"\nContent-Disposition: attachment; filename="jd.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--m--\n`,
    );
    expect(await refusal(bytes(mail))).toMatch(/only attachments/);
  });
});

describe('plain text', () => {
  it('UTF-8 as it is; a pasted "Subject:" line is text, not a mail', async () => {
    const source = await readMessageBytes(new TextEncoder().encode('Subject: Staff Engineer\n\nHi Sam, the salary is £70k.'));
    expect(source.body).toContain('Subject: Staff Engineer');
    expect(source.warnings).toEqual([]);
  });
  it('not UTF-8 but clean Windows-1252: read as that', async () => {
    const source = await readMessageBytes(latin1('Salary \u008060,000 \u0096 caf\u00e9'));
    expect(source.body).toBe('Salary €60,000 – café');
    expect(source.warnings).toEqual([]);
  });
  it('undecodable bytes: replacement characters and a warning', async () => {
    const source = await readMessageBytes(Uint8Array.from([0x48, 0x69, 0x20, 0x81, 0x8d, 0xc3, 0x28, 0x20, 0x53, 0x61, 0x6d]));
    expect(source.body).toContain('\uFFFD');
    expect(source.warnings).toHaveLength(1);
    expect(source.warnings[0]).toMatch(/could not be decoded/);
  });
});

describe('refused input', () => {
  it('empty', async () => {
    expect(await refusal(new Uint8Array())).toMatch(/empty/);
    expect(await refusal(new TextEncoder().encode(' \n\t\n'))).toMatch(/empty/);
  });
  it('binary', async () => {
    expect(await refusal(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).toMatch(/binary/);
  });
  it('over 1 MB', async () => {
    expect(await refusal(new Uint8Array(MAX_MESSAGE_BYTES + 1).fill(0x61))).toMatch(/1 MB/);
    await expect(readMessageBytes(new Uint8Array(MAX_MESSAGE_BYTES).fill(0x61))).resolves.toBeDefined();
  });
});
