/**
 * A journey's steps as lib/routes.ts reads them: per step, `[route name, path]` of its page and,
 * when the page posts a plain HTML form, of that form's endpoint (`form`, url-encoded) or of its
 * upload endpoint (`upload`, multipart with a file). The order of the keys is the order of the
 * steps.
 */
export type StepTable = Record<
  string,
  {
    page: readonly [string, `/${string}`];
    form?: readonly [string, `/api/${string}`];
    upload?: readonly [string, `/api/${string}`];
  }
>;

/** `{ step: page path }` of a step table. */
export type PagePaths<T extends StepTable> = { [S in keyof T]: T[S]['page'][1] };

export function pagePaths<T extends StepTable>(table: T): PagePaths<T> {
  return Object.fromEntries(Object.entries(table).map(([step, { page }]) => [step, page[1]])) as PagePaths<T>;
}

/** Is `value` one of `steps` (a step table's keys, as stored in a journey's row)? */
export function stepGuard<S extends string>(steps: readonly S[]): (value: string) => value is S {
  return (value: string): value is S => (steps as readonly string[]).includes(value);
}

/**
 * A step graph in which each event starts at one step: the step `event` leads to from `step`,
 * or null when the event does not start there.
 */
export function graphTransition<S extends string, E extends string>(
  graph: Record<E, { from: S; to: S }>,
): (step: S, event: E) => S | null {
  return (step, event) => {
    const { from, to } = graph[event];
    return step === from ? to : null;
  };
}
