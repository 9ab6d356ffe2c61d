import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEVICE_PATH } from '@/lib/steps/device-change';
import { STEP_PATH } from '@/lib/steps/registration';
import { APPLY_PATH } from '@/lib/steps/reissue-apply';
import { ROUTE_LIST } from './routes';

const APP = path.resolve(__dirname, '../app');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

type FileRoute = { path: string; file: 'page' | 'route'; source: string };

/** Every page and route handler the App Router would serve, with its URL pattern. */
function appRoutes(dir = APP, segments: string[] = []): FileRoute[] {
  const found: FileRoute[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // `_private` folders are not routes; `(group)` and `@slot` folders do not appear in the URL.
      if (entry.name.startsWith('_')) continue;
      const inUrl = !/^\(.*\)$/.test(entry.name) && !entry.name.startsWith('@');
      found.push(...appRoutes(full, inUrl ? [...segments, entry.name] : segments));
      continue;
    }
    const match = /^(page|route)\.(tsx?|jsx?|mdx)$/.exec(entry.name);
    if (match) found.push({ path: `/${segments.join('/')}`, file: match[1] as 'page' | 'route', source: full });
  }
  return found;
}

/** The HTTP methods a route.ts exports (`export function GET`, `export const POST =`, `export { h as GET }`). */
function exportedMethods(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && exported(statement)) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names.filter((name) => HTTP_METHODS.includes(name)).sort();
}

describe('the routes table', () => {
  const files = appRoutes();

  it('finds the app folder', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('lists every page and route handler under app/, and nothing else', () => {
    const fromFiles = files.map((f) => `${f.file === 'page' ? 'page' : 'handler'} ${f.path}`).sort();
    const fromTable = ROUTE_LIST.map((r) => `${r.kind === 'page' ? 'page' : 'handler'} ${r.path}`).sort();
    expect(fromTable).toEqual(fromFiles);
  });

  it('names each path once', () => {
    const paths = ROUTE_LIST.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('has the methods each route handler exports', () => {
    for (const file of files.filter((f) => f.file === 'route')) {
      const route = ROUTE_LIST.find((r) => r.path === file.path);
      expect([...(route?.methods ?? [])].sort(), file.source).toEqual(exportedMethods(file.source));
    }
  });

  it('gives a page no body and a POST handler a body kind', () => {
    for (const route of ROUTE_LIST) {
      if (route.kind === 'page') expect(route.methods, route.path).toEqual(['GET']);
      expect(route.body === 'none', route.path).toBe(!route.methods.includes('POST'));
    }
  });

  it('contains every step page the flows redirect to', () => {
    const pages = ROUTE_LIST.filter((r) => r.kind === 'page').map((r) => r.path);
    for (const target of [...Object.values(STEP_PATH), ...Object.values(DEVICE_PATH), ...Object.values(APPLY_PATH)])
      expect(pages).toContain(target);
  });
});
