// COLUMNS sets the width off a terminal, for the text report and the tables.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { displayWidth } from '../../src/render/width.js';

describe('COLUMNS off a terminal', () => {
  it('the text report wraps to COLUMNS', () => {
    const r = runCli(['--employed', '--skills', 'partial', '--pay', 'unknown', '--concern', 'reviews'], { env: { COLUMNS: '50' } });
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(40);
    // without COLUMNS, 80 as before
    const wide = runCli(['--employed', '--skills', 'partial', '--pay', 'unknown', '--concern', 'reviews']);
    expect(Math.max(...wide.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(50);
  });

  it('the compare table shrinks its labels to COLUMNS, aligned in any script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-columns-'));
    const file = join(dir, 'intl.csv');
    writeFileSync(
      file,
      'company,role,employment,skills,pay\n北京科技有限公司北京科技有限公司,高级软件工程师高级软件工程师,employed,strong,match\nCafé Zoë Incorporated International,Développeur principal senior,employed,partial,unknown\n',
    );
    const r = runCli(['compare', file, '--no-profile'], { env: { COLUMNS: '72' } });
    const rows = r.stdout.trimEnd().split('\n').slice(0, 3);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(72);
    // the ROLE column starts at the same display column on every row
    const roleStart = (row: string, role: string) => displayWidth(row.slice(0, row.indexOf(role)));
    expect(roleStart(rows[1]!, '高级')).toBe(roleStart(rows[0]!, 'ROLE'));
    expect(roleStart(rows[2]!, 'Dév')).toBe(roleStart(rows[0]!, 'ROLE'));
  });
});
