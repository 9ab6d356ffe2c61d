import { describe, expect, it } from 'vitest';
import { actorOf } from './principal';

describe('actorOf', () => {
  it('records a doctor as doctor (the holder is on the event) and staff by id', () => {
    expect(actorOf({ kind: 'doctor', holderId: 'h1' })).toBe('doctor');
    expect(actorOf({ kind: 'staff', staffId: 's-42', role: 'support' })).toBe('staff:s-42');
    expect(actorOf({ kind: 'staff', staffId: 'a-7', role: 'admin' })).toBe('staff:a-7');
  });
});
