import 'server-only';
import { CompiledQuery, type Compilable } from 'kysely';
import type { Tx } from './client';
import { preparable } from './prepared';

/** Stands for the i-th argument while a query is built once. */
const HOLE = Symbol('compiled-query-hole');
type Hole = { [HOLE]: number };
const isHole = (value: unknown): value is Hole => typeof value === 'object' && value !== null && HOLE in value;

type Shape = { sql: string; slots: Array<{ arg: number } | { value: unknown }> };

/**
 * A query of fixed shape that Kysely builds and compiles once per SQL dialect, then runs with each
 * call's values bound in place: building and compiling ~20 queries per WebAuthn ceremony was a
 * quarter of its CPU outside SQLite (docs/decisions/0029-lean-webauthn-path.md). `build` is called
 * with placeholders, so it must use each argument only as a value (never to choose columns,
 * tables or list lengths). Answers the rows; `numAffectedRows` for writes without RETURNING.
 */
export function compiledOnce<A extends unknown[], R>(build: (db: Tx, ...args: A) => Compilable<R>) {
  const shapes = new Map<unknown, Shape>();
  return async (db: Tx, ...args: A) => {
    // The adapter's class names the dialect (SQLite, PostgreSQL) whatever the Kysely instance.
    const dialect = db.getExecutor().adapter.constructor;
    let shape = shapes.get(dialect);
    if (!shape) {
      const holes = args.map((_, i) => ({ [HOLE]: i }) satisfies Hole) as unknown as A;
      const compiled = build(db, ...holes).compile();
      shape = {
        sql: compiled.sql,
        slots: compiled.parameters.map((p) => (isHole(p) ? { arg: p[HOLE] } : { value: p })),
      };
      shapes.set(dialect, shape);
      preparable(shape.sql);
    }
    const parameters = shape.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value));
    return db.executeQuery<R>(CompiledQuery.raw(shape.sql, parameters) as CompiledQuery<R>);
  };
}

/**
 * `compiledOnce` for a query whose shape is one of a few the code chooses (the columns a journey's
 * guarded advance sets): one compiled query per `shape`. `shape` must come from the code, never from
 * a request (each new one is compiled and kept).
 */
export function compiledPerShape<A extends unknown[], R>(
  build: (shape: string) => (db: Tx, ...args: A) => Compilable<R>,
) {
  const byShape = new Map<string, ReturnType<typeof compiledOnce<A, R>>>();
  return (shape: string) => {
    let query = byShape.get(shape);
    if (!query) byShape.set(shape, (query = compiledOnce(build(shape))));
    return query;
  };
}
