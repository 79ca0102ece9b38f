export const REVIEW_OPINIONS = ['APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT'] as const;
export type ReviewOpinion = (typeof REVIEW_OPINIONS)[number];

/** A permit may be waived only when all three hold (Yichang, seed 003). */
export const EXEMPTION_BASES = ['NO_ADDED_FLOOR_AREA', 'NO_FUNCTION_OR_STRUCTURE_CHANGE', 'NO_PLANNING_CONDITION_CHANGE'] as const;
export type ExemptionBasis = (typeof EXEMPTION_BASES)[number];
