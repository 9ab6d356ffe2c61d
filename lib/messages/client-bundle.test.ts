/**
 * The doctor's pages keep the error catalogue out of their first-load JavaScript (issue 10 goal 6,
 * decision 0030): no client component outside the support console reaches it through a static
 * value import, directly or through the modules it imports. Type-only imports are erased and a
 * dynamic `import()` is its own chunk (LazyMessageBox), so neither counts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const CATALOGUE = ['lib/messages/index.ts', 'lib/messages/errors/index.ts'];

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

function resolveFile(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  base = path.posix.normalize(base);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) =>
    existsSync(path.join(ROOT, f)),
  );
}

/** The repository files `file` imports for their values (static imports and re-exports only). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out.flatMap((s) => resolveFile(file, s) ?? []);
}

/** The chain of imports from `start` to the catalogue, or null. */
function pathToCatalogue(start: string): string[] | null {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  while (queue.length) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1]!;
    if (CATALOGUE.includes(file)) return chain;
    for (const next of valueImports(file)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return null;
}

const doctorClientComponents = ['app', 'components']
  .flatMap(files)
  .filter((f) => !f.startsWith('components/support/') && !f.startsWith('app/(support)/'))
  .filter((f) => /^\s*['"]use client['"]/.test(readFileSync(path.join(ROOT, f), 'utf8')));

describe('first-load JavaScript of the doctor pages', () => {
  it('finds the client components it checks', () => {
    expect(doctorClientComponents).toContain('components/flow/passkey-ceremony.tsx');
    expect(doctorClientComponents).toContain('app/(doctor)/error.tsx');
  });

  it.each(doctorClientComponents)('%s does not import the error catalogue', (file) => {
    expect(pathToCatalogue(file)).toBeNull();
  });

  it('the check sees a catalogue import (the server-side MessageBox has one)', () => {
    expect(pathToCatalogue('components/message-box.tsx')).not.toBeNull();
  });
});
