/**
 * Labels for the re-issue application's client form: the doctor's labels and the form's own
 * (reissue-apply.ts), which other doctor pages' bundles do not carry (decision 0030).
 */
import { doctorLabels } from './doctor-labels';
import { labelFrom } from './label';
import { reissueApplyLabels } from './reissue-apply';

const applyLabels = { ...doctorLabels, ...reissueApplyLabels };
export type ApplyLabelKey = keyof typeof applyLabels;
export const applyLabel = labelFrom(applyLabels);
