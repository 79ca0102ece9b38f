import type { ProjectState } from '../lifecycle/lifecycle.machine.js';
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

/** Documents are filed from construction on (contracts, photos) until the archive is complete. */
export const ARCHIVE_OPEN_STATES: readonly ProjectState[] = ['CONSTRUCTION', 'ACCEPTANCE', 'ARCHIVING'];

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

/** What an upload may be, and the file name endings each is known by (the first is given to a name that has none of them). */
export const ARCHIVE_CONTENT_TYPES = {
  'application/pdf': { extensions: ['pdf'] },
  // OFD (GB/T 33190), the format government offices issue documents in, is filed wherever a PDF is.
  'application/ofd': { extensions: ['ofd'] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'] },
  'image/png': { extensions: ['png'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'] },
} as const satisfies Record<string, { extensions: readonly string[] }>;
export type ArchiveContentType = keyof typeof ARCHIVE_CONTENT_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * The names in a ZIP's central directory, read from the end of the file as unzip does; null when
 * there is no readable directory (a ZIP64 one included: no archive document needs one).
 */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== EOCD) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
      const nameLength = view.getUint16(at + 28, true);
      if (at + 46 + nameLength > bytes.length) return null;
      // Byte by byte: the names looked for are ASCII, and any other byte only has to differ.
      names.push(String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return names;
  }
  return null;
}

/**
 * The allowed type the bytes are, whatever the upload declared or was named: a renamed executable
 * does not pass as a PDF, and a spreadsheet sent as a Word document is filed as a spreadsheet.
 * XLSX, DOCX and OFD are all ZIP packages, told apart by the parts they hold.
 */
export function archiveContentType(bytes: Uint8Array): ArchiveContentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const names = zipEntryNames(bytes);
  if (!names) return null;
  if (names.includes('OFD.xml')) return 'application/ofd';
  const ooxml = names.includes('[Content_Types].xml');
  if (ooxml && names.some((n) => n.startsWith('xl/'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (ooxml && names.some((n) => n.startsWith('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

/** The name a document is filed under: the one it came with, ending as what it really is. */
export function archiveFileName(original: string, type: ArchiveContentType): string {
  const { extensions } = ARCHIVE_CONTENT_TYPES[type];
  const name = original.replace(/[\\/]/g, '_').slice(0, 200);
  const dot = name.lastIndexOf('.');
  if (dot > 0 && (extensions as readonly string[]).includes(name.slice(dot + 1).toLowerCase())) return name;
  return `${dot > 0 ? name.slice(0, dot) : name || 'document'}.${extensions[0]}`;
}
