import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { isStep } from '@/lib/steps/registration';
import { loadFlow, updateFlow } from '@/lib/flow/store';
import { OperatorError } from './errors';

/**
 * Support and tests: make a flow look idle for `minutes` (reproduces `flow.expired`). An operator
 * command over the flow store, so the store itself knows nothing of the CLI.
 */
export async function ageFlow(token: string, minutes: number) {
  const flow = await loadFlow(token);
  if (!flow || !isStep(flow.step)) throw new OperatorError('no flow for that cookie value');
  const step = flow.step;
  const updatedAt = Date.now() - minutes * 60_000;
  await withTransaction((tx) => updateFlow(tx, flow.id, step, {}, updatedAt));
  return { step: flow.step, idleMinutes: minutes };
}
