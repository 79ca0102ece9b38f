import type { Bilingual } from '../roles.js';

/** A joint acceptance form (联合验收表): open for signatures, then passed or failed with the project. */
export const ACCEPTANCE_FORM_STATES = ['OPEN', 'PASSED', 'FAILED'] as const;
export type AcceptanceFormState = (typeof ACCEPTANCE_FORM_STATES)[number];

export const ACCEPTANCE_FORM_STATE_LABELS: Record<AcceptanceFormState, Bilingual> = {
  OPEN: { zh: '进行中', en: 'open for signatures' },
  PASSED: { zh: '已通过', en: 'passed' },
  FAILED: { zh: '未通过', en: 'failed' },
};

/** A party's opinion as it signs the form. */
export const ACCEPTANCE_OPINIONS = ['PASS', 'FAIL'] as const;
export type AcceptanceOpinion = (typeof ACCEPTANCE_OPINIONS)[number];

export const ACCEPTANCE_OPINION_LABELS: Record<AcceptanceOpinion, Bilingual> = {
  PASS: { zh: '合格', en: 'pass' },
  FAIL: { zh: '不合格', en: 'fail' },
};
