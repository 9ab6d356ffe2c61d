import type { FieldValues, Resolver } from 'react-hook-form';

type Load = () => Promise<Resolver<FieldValues>>;

/**
 * The application form's resolver, fetched on first use: zod and the shared schema are about
 * 25 kB gzip, more than the page's first-load budget leaves (decision 0030). `preload` starts the
 * fetch early (the form calls it when a field first gets focus). Should the fetch fail, the form
 * goes to the server unchecked, which checks everything again.
 */
export function lazyResolver<V extends FieldValues>(load: Load): { resolver: Resolver<V>; preload: () => void } {
  let loaded: Promise<Resolver<FieldValues>> | undefined;
  const preload = () => {
    loaded ??= load().catch(() => async (values: FieldValues) => ({ values, errors: {} }));
  };
  const resolver: Resolver<V> = async (values, context, options) => {
    preload();
    const resolve = (await loaded) as unknown as Resolver<V>;
    return resolve(values, context, options);
  };
  return { resolver, preload };
}
