export const ROLES = ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, with the places they may act in: districts for PMs and supervisors, compounds for committees. */
export interface Actor {
  userId: string;
  role: Role;
  districtIds: readonly string[];
  compoundIds: readonly string[];
}

export interface Bilingual {
  zh: string;
  en: string;
}
