/** Consent rule profiles a project or round may be judged by (SPEC 5.1). */
export const RULE_PROFILE_IDS = ['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary', 'satisfaction-95'] as const;
export type RuleProfileId = (typeof RULE_PROFILE_IDS)[number];
export const DEFAULT_RULE_PROFILE: RuleProfileId = 'changsha-two-80';
