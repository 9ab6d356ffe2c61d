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
