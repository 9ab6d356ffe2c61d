import type { Text } from './errors';
import { doctorLabels } from './doctor-labels';
import { reissueApplyLabels } from './reissue-apply';
import { termsLabels } from './terms';
import { staffMessages, supportLabels } from './support';
import { supportErrorLabels } from './support-errors';

/**
 * Every screen label: the doctor's (doctor-labels.ts) and the support console's (issue 8). Texts in
 * 【】 in the spec are accessible names that tests and integrators use verbatim: keep the Japanese
 * exactly as it is.
 */
export const labels = {
  ...doctorLabels,
  ...termsLabels,
  ...reissueApplyLabels,
  ...supportLabels,
  ...supportErrorLabels,
  ...staffMessages,
} as const satisfies Record<string, Text>;

export type LabelKey = keyof typeof labels;
