import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayPath, inWorkspace, readTextFile, unreadableReason } from '../../../src/shared/files.js';
import { ConfigError } from '../../../src/shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'dk-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace paths', () => {
  it.each([
    ['reports/a.json', join(dir, 'reports/a.json')],
    ['/abs/b.json', '/abs/b.json'],
    ['../up.json', join(dir, '..', 'up.json')],
  ])('inWorkspace(%s)', (path, expected) => {
    expect(inWorkspace(dir, path)).toBe(expected);
  });

  it('shows paths inside the workspace relative to it and others as they are', () => {
    expect(displayPath(dir, join(dir, 'deploy', 'smoke.yml'))).toBe(join('deploy', 'smoke.yml'));
    expect(displayPath(dir, '/elsewhere/x.yml')).toBe('/elsewhere/x.yml');
    expect(displayPath(dir, dir)).toBe(dir);
  });
});

describe('readTextFile', () => {
  it('returns the text of a readable file', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'hello');
    await expect(readTextFile(join(dir, 'ok.txt'), () => new Error('unused'))).resolves.toBe('hello');
  });

  it.each([
    ['a missing file', 'missing.txt', 'does not exist'],
    ['a directory', '.', 'is a directory, not a file'],
  ])('turns %s into the error the caller builds, with the reason in words', async (_what, name, reason) => {
    const read = readTextFile(join(dir, name), (why) => ConfigError.single('spec', `'${name}' ${why}`));
    await expect(read).rejects.toThrow(ConfigError);
    await expect(read).rejects.toThrow(`input 'spec': '${name}' ${reason}`);
  });

  it('names the errno of other failures', () => {
    expect(unreadableReason(Object.assign(new Error('x'), { code: 'EMFILE' }))).toBe('cannot be read (EMFILE)');
    expect(unreadableReason(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(
      'is not readable (permission denied)',
    );
  });
});
