import 'server-only';
import { defineJourney, type FormResult } from '@/lib/journey/kernel';
import { STEP_PATH, access, transition, type FlowEvent, type InterruptCode, type Step } from '@/lib/steps/registration';
import { flows, toView } from './store';

/** The registration journey (spec §3) on the kernel; its steps and graph are lib/steps/registration.ts. */
export const registration = defineJourney<'flows', Step, FlowEvent, InterruptCode>({
  name: 'registration',
  store: flows,
  cookie: 'flow',
  paths: STEP_PATH,
  stepOf: (flow) => toView(flow).step,
  decide: (flow, step, now) => access(flow ? toView(flow) : null, step, now),
  transition: (flow, event) => transition(toView(flow), event),
  missing: 'flow.back',
});

/** What a registration form step's handler answers: an event of the graph, or a notice. */
export type StepResult = FormResult<'flows', FlowEvent>;
