import type { Bilingual } from '../roles.js';

/**
 * What a project's archive (项目资料归档) must hold before long-term management begins. Records the
 * system already keeps are filed as references to them; paper and photos arrive as uploads.
 */
export const ARCHIVE_KINDS = [
  'SURVEY_LEDGER',
  'CONSENT_RECORDS',
  'PLAN_VERSIONS',
  'REVIEW_OPINIONS',
  'PERMITS',
  'CONTRACTS',
  'PROGRESS_REPORTS',
  'CHANGE_ORDERS',
  'ACCEPTANCE_FORM',
  'PHOTOS',
] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

export const ARCHIVE_KIND_LABELS: Record<ArchiveKind, Bilingual> = {
  SURVEY_LEDGER: { zh: '摸底调查台账', en: 'survey ledger' },
  CONSENT_RECORDS: { zh: '意见征询记录及账本哈希', en: 'consent records with their ledger heads' },
  PLAN_VERSIONS: { zh: '改造方案各版本', en: 'plan versions' },
  REVIEW_OPINIONS: { zh: '联合审查意见', en: 'joint review opinions' },
  PERMITS: { zh: '施工许可或免办依据', en: 'permits or exemption' },
  CONTRACTS: { zh: '施工、监理等合同', en: 'contracts' },
  PROGRESS_REPORTS: { zh: '施工进度报告', en: 'progress reports' },
  CHANGE_ORDERS: { zh: '工程变更签证', en: 'change orders' },
  ACCEPTANCE_FORM: { zh: '联合验收表', en: 'joint acceptance form' },
  PHOTOS: { zh: '改造前后影像资料', en: 'photos before and after' },
};

/** Where a filed document comes from. */
export const ARCHIVE_SOURCE_LABELS: Record<'UPLOAD' | 'REFERENCE' | 'SYSTEM', Bilingual> = {
  UPLOAD: { zh: '上传文件', en: 'uploaded file' },
  REFERENCE: { zh: '外部档案引用', en: 'reference to a document kept elsewhere' },
  SYSTEM: { zh: '系统记录', en: 'record kept by the system' },
};

/** Kinds whose records the system holds itself; the rest come from outside (uploads or external references). */
export const SYSTEM_ARCHIVE_KINDS: readonly ArchiveKind[] = [
  'CONSENT_RECORDS',
  'PLAN_VERSIONS',
  'REVIEW_OPINIONS',
  'PERMITS',
  'PROGRESS_REPORTS',
  'CHANGE_ORDERS',
  'ACCEPTANCE_FORM',
];

/**
 * The kinds still missing. Change orders are filed only by projects that had some: a project
 * built without a change has nothing to file under that heading.
 */
export function missingArchiveKinds(filed: readonly ArchiveKind[], changeOrders: number): ArchiveKind[] {
  return ARCHIVE_KINDS.filter((k) => !filed.includes(k) && !(k === 'CHANGE_ORDERS' && changeOrders === 0));
}

/** What an upload may be: the declared type must match what the first bytes say the file is. */
export const ARCHIVE_CONTENT_TYPES = {
  'application/pdf': { extension: 'pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  'image/jpeg': { extension: 'jpg', magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { extension: 'png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', magic: [[0x50, 0x4b, 0x03, 0x04]] },
} as const satisfies Record<string, { extension: string; magic: number[][] }>;
export type ArchiveContentType = keyof typeof ARCHIVE_CONTENT_TYPES;

/** The allowed type the bytes really are, or null: a renamed executable does not pass as a PDF. */
export function archiveContentType(declared: string, head: Uint8Array): ArchiveContentType | null {
  const type = declared.split(';')[0]!.trim().toLowerCase();
  if (!(type in ARCHIVE_CONTENT_TYPES)) return null;
  const { magic } = ARCHIVE_CONTENT_TYPES[type as ArchiveContentType];
  return magic.some((sig) => sig.every((b, i) => head[i] === b)) ? (type as ArchiveContentType) : null;
}
