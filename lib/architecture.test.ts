/**
 * The layering rules of docs/architecture (spec "Measures of a good change"): the folders of lib/
 * import each other without circles, lib/log is the bottom floor, and pages and components never
 * reach the database. Every import is read with TypeScript's own pre-processor, so type-only
 * imports, re-exports and dynamic imports count as well.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SOURCE = /\.(ts|tsx|mts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

/** Repository-relative target of an import, or undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return undefined;
}

/** The layer a lib path belongs to: its folder (`lib/db`), or the file itself for `lib/env.ts`. */
function layer(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'lib' || parts.length < 2) return undefined;
  return `lib/${parts[1]!.replace(SOURCE, '')}`;
}

const imports = ['lib', 'app', 'components'].flatMap(sourceFiles).flatMap((file) =>
  ts
    .preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true)
    .importedFiles.map((imported) => ({ file, target: resolve(file, imported.fileName) }))
    .filter((edge): edge is { file: string; target: string } => edge.target !== undefined),
);

/** Folder graph of lib/: layer → layers it imports, each with one file that does so. */
function libGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { file, target } of imports) {
    const from = layer(file);
    const to = layer(target);
    if (!from || !to || from === to) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, file);
  }
  return graph;
}

/** Every elementary circle found by depth-first search, each written from its smallest layer. */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found = new Set<string>();
  const walk = (start: string, node: string, trail: string[]) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      if (next === start) found.add([...trail, start].join(' → '));
      else if (next > start && !trail.includes(next)) walk(start, next, [...trail, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, start, [start]);
  return [...found].sort();
}

/**
 * Circles known today, each left to a named refactor. Remove an entry when its circle is gone; any
 * other circle fails this test.
 */
const KNOWN_CYCLES: string[] = [];

/**
 * Files of app/ that still import lib/db (also exempted from the ESLint rule in eslint.config.mjs).
 * Remove an entry when the file goes through a lib module; any other importer fails this test.
 */
const DB_IMPORTERS_LEFT = [
  // Liveness probe: reports the engine and whether a query answers.
  'app/api/health/route.ts',
];

/**
 * Each table has one owner module (architecture.md principle 3). Besides its owner a table may be
 * named only where listed: the holder lock and migrations in lib/db, the operator's holder import,
 * and read-only joins. A new query elsewhere fails this test: add a function to the owner instead.
 */
const TABLE_OWNERS: Record<string, { owner: string; alsoIn: string[] }> = {
  holders: {
    owner: 'lib/holders/',
    alsoIn: ['lib/db/', 'lib/operator/holders.ts', 'lib/tickets/password.ts'],
  },
  credentials: { owner: 'lib/credentials/', alsoIn: ['lib/db/', 'lib/holders/'] },
  audit_events: { owner: 'lib/audit/', alsoIn: ['lib/db/'] },
  tickets: { owner: 'lib/tickets/', alsoIn: ['lib/db/'] },
  applications: { owner: 'lib/applications/', alsoIn: ['lib/db/'] },
  // Journey rows go through the kernel's row store (hashed token, guarded advance); purge in lib/db.
  flows: { owner: 'lib/journey/', alsoIn: ['lib/db/'] },
  device_changes: { owner: 'lib/journey/', alsoIn: ['lib/db/'] },
  application_drafts: { owner: 'lib/journey/', alsoIn: ['lib/db/'] },
  // Staff accounts, their passkeys, enrolment links and sessions (issue 8): lib/staff only.
  staff: { owner: 'lib/staff/', alsoIn: ['lib/db/'] },
  staff_credentials: { owner: 'lib/staff/', alsoIn: ['lib/db/'] },
  staff_enrolments: { owner: 'lib/staff/', alsoIn: ['lib/db/'] },
  staff_sessions: { owner: 'lib/staff/', alsoIn: ['lib/db/'] },
};

describe('architecture', () => {
  it('reads imports from lib/, app/ and components/', () => {
    expect(imports.some(({ target }) => target.startsWith('lib/db'))).toBe(true);
    expect(libGraph().get('lib/db')?.has('lib/log')).toBe(true);
  });

  it('has no import circle between the folders of lib/', () => {
    const graph = libGraph();
    const found = cycles(graph).filter((cycle) => !KNOWN_CYCLES.includes(cycle));
    const explained = found.map((cycle) => {
      const steps = cycle.split(' → ');
      const via = steps.slice(1).map((to, i) => `  ${steps[i]} → ${to} (${graph.get(steps[i]!)!.get(to)})`);
      return [cycle, ...via].join('\n');
    });
    expect(explained).toEqual([]);
  });

  it('keeps lib/log at the bottom: it imports only the browser-safe catalogue', () => {
    const above = [...(libGraph().get('lib/log')?.keys() ?? [])].filter((to) => to !== 'lib/messages');
    expect(above).toEqual([]);
  });

  it('keeps pages and components away from the database', () => {
    const offenders = imports
      .filter(({ file, target }) => /^(app|components)\//.test(file) && /^lib\/db(\/|$)/.test(target))
      .map(({ file }) => file)
      .filter((file) => !DB_IMPORTERS_LEFT.includes(file));
    expect(offenders).toEqual([]);
  });

  it('lets only the owner module query holders, credentials, audit_events, tickets, journey rows and the staff tables', () => {
    const files = ['lib', 'app', 'components'].flatMap(sourceFiles).filter((f) => !f.endsWith('.test.ts'));
    const offenders = Object.entries(TABLE_OWNERS).flatMap(([table, { owner, alsoIn }]) =>
      files
        .filter((f) => ![owner, ...alsoIn].some((allowed) => f.startsWith(allowed)))
        .filter((f) => new RegExp(`(From|Table|Into|Join)\\('${table}'`).test(readFileSync(path.join(ROOT, f), 'utf8')))
        .map((f) => `${table}: ${f}`),
    );
    expect(offenders).toEqual([]);
  });
});
