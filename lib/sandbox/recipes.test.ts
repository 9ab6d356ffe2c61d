import { describe, expect, it } from 'vitest';
import { errorCodes } from '@/lib/messages/errors';
import { ROUTES } from '@/lib/routes';
import { recipeOf, RECIPES } from './recipes';

describe('sandbox recipes', () => {
  it('has exactly one recipe per catalogue code', () => {
    expect(Object.keys(RECIPES).sort()).toEqual([...errorCodes].sort());
  });

  it('says how each message comes about, with what that needs', () => {
    for (const code of errorCodes) {
      const recipe = recipeOf(code);
      if (recipe.how === 'notice') expect(recipe.notice?.code, code).toBe(code);
      if (recipe.how === 'simulated') expect(recipe.outcome, code).toBe(code);
      if (recipe.how !== 'simulated') expect(recipe.outcome, code).toBeUndefined();
      if (recipe.how === 'state') expect(recipe.notice, code).toBeUndefined();
    }
  });

  it('opens a doctor page', () => {
    for (const code of errorCodes) {
      const { open } = recipeOf(code);
      if (open) expect(ROUTES[open].kind, code).toBe('page');
      if (open) expect(ROUTES[open].path, code).not.toMatch(/^\/support/);
    }
  });
});
