import 'server-only';
import type { Flow } from '@/lib/db/schema';
import { defineJourney } from '@/lib/journey/kernel';
import { access, STEP_PATH, type InterruptCode, type Step } from './machine';
import { loadFlow, toView } from './store';

/** The registration journey (spec §3) as a definition on the kernel: its graph is ./machine.ts. */
export const registration = defineJourney<Flow, Step, InterruptCode>({
  cookie: 'flow',
  paths: STEP_PATH,
  load: loadFlow,
  decide: (flow, step, now) => access(flow ? toView(flow) : null, step, now),
});
