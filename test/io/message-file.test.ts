import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readMessageFile } from '../../src/io/message-file.js';
import { MAX_MESSAGE_BYTES } from '../../src/io/message-source.js';

const folder = mkdtempSync(join(tmpdir(), 'sii-message-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function* chunks(...parts: (string | Uint8Array)[]): AsyncIterable<string | Uint8Array> {
  yield* parts;
}

describe('readMessageFile', () => {
  it("reads a named file's bytes as they are", async () => {
    const file = join(folder, 'message.txt');
    writeFileSync(file, Buffer.from('Hi Sam, caf\xc3\xa9 \xff', 'latin1'));
    expect(Buffer.from(await readMessageFile(file)).toString('latin1')).toBe('Hi Sam, caf\xc3\xa9 \xff');
  });

  it('reads one byte past the limit and no more, so the reader can say the file is too big', async () => {
    const file = join(folder, 'big.txt');
    writeFileSync(file, Buffer.alloc(MAX_MESSAGE_BYTES + 5000, 'a'));
    expect((await readMessageFile(file)).length).toBe(MAX_MESSAGE_BYTES + 1);
    expect((await readMessageFile('-', chunks('a'.repeat(MAX_MESSAGE_BYTES), 'bbbb', 'never read'))).length).toBe(MAX_MESSAGE_BYTES + 1);
  });

  it('reads "-" from the stream given, strings and bytes alike', async () => {
    const bytes = await readMessageFile('-', chunks('Hi ', new Uint8Array([0x53, 0x61, 0x6d])));
    expect(Buffer.from(bytes).toString('utf8')).toBe('Hi Sam');
  });

  it('does not touch process.stdin for a named file (its getter sets up a stream a file never needs)', async () => {
    const file = join(folder, 'plain.txt');
    writeFileSync(file, 'Hello');
    const stdin = vi.spyOn(process, 'stdin', 'get');
    try {
      await readMessageFile(file);
      expect(stdin).not.toHaveBeenCalled();
    } finally {
      stdin.mockRestore();
    }
  });

  it("names the operating system's error for a missing file", async () => {
    await expect(readMessageFile(join(folder, 'missing.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
