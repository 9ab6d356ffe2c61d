import { describe, expect, it, vi } from 'vitest';
import type { FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import { lazyResolver } from './lazy-resolver';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<FieldValues>;

describe('lazyResolver', () => {
  it('fetches the real resolver once, on preload or first check, and answers with it', async () => {
    const real: Resolver<FieldValues> = async () => ({
      values: {},
      errors: { name: { type: 'custom', message: 'x' } },
    });
    const load = vi.fn(async () => real);
    const { resolver, preload } = lazyResolver(load);
    expect(load).not.toHaveBeenCalled();
    preload();
    preload();
    const answer = await resolver({ name: '' }, undefined, options);
    await resolver({ name: '' }, undefined, options);
    expect(load).toHaveBeenCalledTimes(1);
    expect(answer.errors).toEqual({ name: { type: 'custom', message: 'x' } });
  });

  it('a failed fetch lets the form go unchecked (the server checks it)', async () => {
    const { resolver } = lazyResolver(async () => {
      throw new Error('offline');
    });
    expect(await resolver({ name: 'a' }, undefined, options)).toEqual({ values: { name: 'a' }, errors: {} });
  });
});
