import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const HERE = __dirname;
const REPO = path.resolve(HERE, '../..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry) ? [full] : [];
  });
}

describe('lib/webauthn boundaries (engineering guide)', () => {
  it('every server module starts with import "server-only"', () => {
    const modules = readdirSync(HERE).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'client-errors.ts',
    );
    expect(modules.length).toBeGreaterThan(5);
    for (const file of modules) {
      const firstStatement = readFileSync(path.join(HERE, file), 'utf8')
        .replace(/^\s*(\/\*[\s\S]*?\*\/\s*|\/\/.*\n\s*)*/, '')
        .split('\n')[0];
      expect(firstStatement, file).toBe("import 'server-only';");
    }
  });

  it('no application code outside lib/webauthn imports @simplewebauthn/server', () => {
    const offenders = ['app', 'components', 'lib', 'scripts', 'proxy.ts']
      .flatMap((dir) => {
        const full = path.join(REPO, dir);
        return existsSync(full) && statSync(full).isFile() ? [full] : sourceFiles(full);
      })
      .filter((file) => !file.startsWith(HERE + path.sep))
      .filter((file) => /['"]@simplewebauthn\/server/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO, file));
    expect(offenders).toEqual([]);
  });
});
