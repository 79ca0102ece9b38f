import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { AppConfig } from '@app/config';
import {
  ARCHIVE_OPEN_STATES,
  ARCHIVE_CONTENT_TYPES,
  ARCHIVE_KIND_LABELS,
  ARCHIVE_SOURCE_LABELS,
  ARCHIVE_KINDS,
  archiveContentType,
  archiveFileName,
  chinaTime,
  DomainError,
  lifecycleMachine,
  missingArchiveKinds,
  notFound,
  SYSTEM_ARCHIVE_KINDS,
  type Actor,
  type ArchiveKind,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import archiver from 'archiver';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { AcceptanceService } from './acceptance.service.js';
import { ProjectService } from './project.service.js';

export interface ArchiveDocument {
  id: string;
  kind: ArchiveKind;
  source: 'UPLOAD' | 'REFERENCE' | 'SYSTEM';
  title: string;
  filename: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  reference: string | null;
  detail: Record<string, unknown> | null;
  filedBy: string;
  filedAt: Date;
}

export interface UploadInput {
  kind: ArchiveKind;
  title: string;
  /** Its declared type is not read: the bytes say what it is. */
  file: { buffer: Buffer; originalname: string };
}

/**
 * Records the system holds, filed by reference, one row per record; the unique index on
 * (project, reference) makes collecting twice file each once.
 */
const SYSTEM_RECORDS = `
  SELECT 'CONSENT_RECORDS' AS kind, '征询：' || title AS title, 'consultation-round:' || id AS reference,
         jsonb_build_object('subject', subject, 'result', result, 'ledgerHead', ledger_head, 'ledgerCount', ledger_count,
                            'closedAt', closed_at, 'tally', tally) AS detail
    FROM consultation_rounds WHERE project_id = $1 AND result IS NOT NULL
  UNION ALL
  SELECT 'PLAN_VERSIONS', '改造方案第' || v.version || '版', 'plan-version:' || v.version,
         jsonb_build_object('version', v.version, 'changeNote', v.change_note, 'frozen', v.frozen, 'createdAt', v.created_at,
                            'budgetFen', (SELECT coalesce(sum(budget_fen), 0)::text FROM plan_items i WHERE i.project_id = v.project_id AND i.version = v.version))
    FROM plan_versions v WHERE v.project_id = $1
  UNION ALL
  SELECT 'REVIEW_OPINIONS', '联合审查（方案第' || r.plan_version || '版）', 'joint-review:' || r.id,
         jsonb_build_object('state', r.state, 'planVersion', r.plan_version, 'closedAt', r.closed_at,
                            'opinions', (SELECT coalesce(jsonb_agg(jsonb_build_object('reviewer', o.reviewer, 'opinion', o.opinion, 'comments', o.comments, 'conditions', o.conditions) ORDER BY o.reviewer), '[]')
                                           FROM review_opinions o WHERE o.review_id = r.id))
    FROM joint_reviews r WHERE r.project_id = $1 AND r.state <> 'OPEN'
  UNION ALL
  SELECT 'PERMITS', type || ' ' || number, 'permit:' || id,
         jsonb_build_object('type', type, 'number', number, 'issuer', issuer, 'issuedOn', issued_on)
    FROM permits WHERE project_id = $1
  UNION ALL
  SELECT 'PERMITS', '免办施工许可依据', 'permit-exemption:' || project_id, jsonb_build_object('bases', bases, 'note', note)
    FROM permit_exemptions WHERE project_id = $1
  UNION ALL
  SELECT 'PROGRESS_REPORTS', '第' || seq || '期进度报告', 'progress-report:' || id,
         jsonb_build_object('seq', seq, 'dueAt', due_at, 'submittedAt', submitted_at, 'auditedAt', audited_at, 'items', items, 'narrative', narrative)
    FROM progress_reports WHERE project_id = $1 AND state = 'ACCEPTED'
  UNION ALL
  SELECT 'CHANGE_ORDERS', title, 'change-order:' || id,
         jsonb_build_object('state', state, 'reason', reason, 'lines', lines, 'decidedAt', decided_at, 'opinion', opinion_document,
                            'financeReview', budget_review, 'authority', approval_authority, 'documentNumber', approval_document,
                            'decidedOn', approval_date)
    FROM change_orders WHERE project_id = $1 AND state IN ('APPROVED', 'REJECTED')
  UNION ALL
  SELECT 'ACCEPTANCE_FORM', '联合验收表', 'acceptance-form:' || f.id,
         jsonb_build_object('parties', f.parties, 'openedAt', f.opened_at, 'closedAt', f.closed_at,
                            'signatures', (SELECT coalesce(jsonb_agg(jsonb_build_object('party', s.party, 'opinion', s.opinion, 'comments', s.comments, 'signedAt', s.signed_at) ORDER BY s.party), '[]')
                                             FROM acceptance_signatures s WHERE s.form_id = f.id))
    FROM acceptance_forms f WHERE f.project_id = $1 AND f.state = 'PASSED'`;

const COLUMNS = `id, kind, source, title, filename, content_type AS "contentType", size_bytes::int AS "sizeBytes", sha256, reference, detail,
  filed_by AS "filedBy", filed_at AS "filedAt"`;

/** The project archive (项目资料归档): a checklist filled by uploads, references and the system's own records. */
@Injectable()
export class ArchiveService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly projects: ProjectService,
    private readonly acceptance: AcceptanceService,
  ) {}

  /** What the COMPLETE_ARCHIVE guard reads. */
  async context(m: EntityManager, projectId: string): Promise<{ filed: ArchiveKind[]; changeOrders: number }> {
    const filed: { kind: ArchiveKind }[] = await m.query('SELECT DISTINCT kind FROM archive_documents WHERE project_id = $1', [projectId]);
    const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM change_orders WHERE project_id = $1', [projectId]);
    return { filed: filed.map((f) => f.kind), changeOrders: n };
  }

  async checklist(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const documents: ArchiveDocument[] = await this.db.query(
      `SELECT ${COLUMNS} FROM archive_documents WHERE project_id = $1 ORDER BY filed_at, id`,
      [projectId],
    );
    const { filed, changeOrders } = await this.context(this.db.manager, projectId);
    const missing = missingArchiveKinds(filed, changeOrders);
    return {
      complete: missing.length === 0,
      missing,
      items: ARCHIVE_KINDS.map((kind) => ({
        kind,
        label: ARCHIVE_KIND_LABELS[kind],
        required: kind !== 'CHANGE_ORDERS' || changeOrders > 0,
        /** Filed by the system at acceptance; the rest the PM uploads or references. */
        bySystem: SYSTEM_ARCHIVE_KINDS.includes(kind),
        documents: documents.filter((d) => d.kind === kind),
      })),
    };
  }

  /**
   * Checks everything before a byte is written: a refused upload leaves neither a file nor a row.
   * Files are stored under their sha256, so the same scan filed twice is kept once.
   */
  async upload(actor: Actor, projectId: string, input: UploadInput): Promise<ArchiveDocument> {
    const type = archiveContentType(input.file.buffer);
    if (!type) {
      throw new DomainError(
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        `文件内容不是可归档的类型（PDF、OFD、JPEG、PNG、XLSX、DOCX）; by its content the file is none of: ${Object.keys(ARCHIVE_CONTENT_TYPES).join(', ')}`,
      );
    }
    const sha256 = createHash('sha256').update(input.file.buffer).digest('hex');
    return this.file(actor, projectId, 'archive.uploaded', async () => {
      await this.store(sha256, input.file.buffer);
      return {
        kind: input.kind,
        source: 'UPLOAD',
        title: input.title,
        filename: archiveFileName(input.file.originalname, type),
        contentType: type,
        sizeBytes: input.file.buffer.length,
        sha256,
        reference: null,
      };
    });
  }

  /**
   * Reads every stored file again and compares it with the sha256 recorded when it was filed: what
   * an auditor runs to know the archive is whole.
   */
  async verify(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const uploads: ArchiveDocument[] = await this.db.query(
      `SELECT ${COLUMNS} FROM archive_documents WHERE project_id = $1 AND source = 'UPLOAD' ORDER BY filed_at, id`,
      [projectId],
    );
    const problems: { documentId: string; kind: ArchiveKind; title: string; problem: 'MISSING' | 'ALTERED' }[] = [];
    for (const d of uploads) {
      const actual = await sha256Of(this.pathOf(d.sha256!));
      if (actual !== d.sha256)
        problems.push({ documentId: d.id, kind: d.kind, title: d.title, problem: actual === null ? 'MISSING' : 'ALTERED' });
    }
    return { checked: uploads.length, intact: problems.length === 0, problems, checkedAt: this.clock.now() };
  }

  /**
   * Removes what a failed upload left under ARCHIVE_DIR: a file stored before its transaction
   * rolled back (no committed upload ever named its sha256, in the documents or in the trail, so a
   * withdrawn document's file stays), and a half-written `.part`. Only files older than the grace
   * age: a younger one may belong to an upload whose transaction has not committed yet.
   */
  async sweepOrphans(now: Date, graceMinutes: number): Promise<{ removed: string[] }> {
    const root = resolve(this.config.ARCHIVE_DIR);
    const cutoff = now.getTime() - graceMinutes * 60_000;
    const old: { path: string; sha256: string | null }[] = [];
    for (const dir of await readdir(root).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(dir)) continue;
      for (const name of await readdir(join(root, dir))) {
        const path = join(root, dir, name);
        const info = await stat(path).catch(() => null);
        if (!info?.isFile() || info.mtimeMs >= cutoff) continue;
        if (/\.(part|sweep)$/.test(name)) old.push({ path, sha256: null });
        else if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(dir)) old.push({ path, sha256: name });
      }
    }
    const named = old.flatMap((f) => (f.sha256 ? [f.sha256] : []));
    const committed: { sha256: string }[] = named.length
      ? await this.db.query(
          `SELECT sha256 FROM archive_documents WHERE sha256 = ANY($1)
           UNION SELECT detail->>'sha256' FROM audit_log WHERE action = 'archive.uploaded' AND detail->>'sha256' = ANY($1)`,
          [named],
        )
      : [];
    const keep = new Set(committed.map((c) => c.sha256));
    const removed: string[] = [];
    for (const f of old) {
      if (f.sha256 && keep.has(f.sha256)) continue;
      if (f.sha256 && !(await this.takeAway(f.path, cutoff))) continue;
      if (!f.sha256) await unlink(f.path).catch(ignoreMissing);
      removed.push(f.path.slice(root.length + 1));
    }
    return { removed };
  }

  /**
   * An upload of the same bytes may have found the file in place (and touched it) since it was
   * listed, its row not committed yet. Moved aside first, the file is judged by its time again:
   * touched, it goes back; once moved, a new upload writes a file of its own.
   */
  private async takeAway(path: string, cutoff: number): Promise<boolean> {
    const aside = `${path}.${randomUUID()}.sweep`;
    try {
      await rename(path, aside);
    } catch (e) {
      ignoreMissing(e as NodeJS.ErrnoException);
      return false;
    }
    if ((await stat(aside)).mtimeMs >= cutoff) {
      await rename(aside, path);
      return false;
    }
    await unlink(aside);
    return true;
  }

  /** A document kept elsewhere: an archive number, a cabinet location, a URL. */
  reference(actor: Actor, projectId: string, input: { kind: ArchiveKind; title: string; reference: string }): Promise<ArchiveDocument> {
    return this.file(actor, projectId, 'archive.referenced', async () => ({
      kind: input.kind,
      source: 'REFERENCE',
      title: input.title,
      filename: null,
      contentType: null,
      sizeBytes: null,
      sha256: null,
      reference: input.reference,
    }));
  }

  /**
   * Takes back a document filed by mistake while the archive is open; the trail keeps what it was.
   * The system's own records are not withdrawn: they are what happened. A stored file stays, since
   * another document may share its bytes.
   */
  async withdraw(actor: Actor, projectId: string, documentId: string, reason: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.openProject(m, actor, projectId);
      const [d]: ArchiveDocument[] = await m.query(
        `SELECT ${COLUMNS} FROM archive_documents WHERE id = $1 AND project_id = $2 FOR UPDATE`,
        [documentId, projectId],
      );
      if (!d) throw notFound('document');
      if (d.source === 'SYSTEM') throw new DomainError('RESOURCE.IN_USE', "the system's own records stay in the archive");
      await m.query('DELETE FROM archive_documents WHERE id = $1', [documentId]);
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'archive-document',
        subjectId: documentId,
        projectId,
        action: 'archive.withdrawn',
        reason,
        detail: { kind: d.kind, source: d.source, sha256: d.sha256 },
      });
    });
  }

  /** Files what the system holds; called inside PASS_ACCEPTANCE and on demand. Returns how many records were new. */
  async collectIn(m: EntityManager, actor: Actor, projectId: string, at: Date): Promise<number> {
    const rows: unknown[] = await m.query(
      `INSERT INTO archive_documents (project_id, kind, source, title, reference, detail, filed_by, filed_at)
       SELECT $1, r.kind, 'SYSTEM', r.title, r.reference, r.detail, $2, $3 FROM (${SYSTEM_RECORDS}) r
       ON CONFLICT (project_id, reference) WHERE source = 'SYSTEM' DO NOTHING RETURNING id`,
      [projectId, actor.userId, at],
    );
    const filed = rows.length;
    if (filed > 0) {
      await appendAudit(m, {
        actor,
        at,
        subjectType: 'project',
        subjectId: projectId,
        projectId,
        action: 'archive.collected',
        detail: { filed },
      });
    }
    return filed;
  }

  async collect(actor: Actor, projectId: string): Promise<{ filed: number }> {
    return this.db.transaction(async (m) => {
      await this.openProject(m, actor, projectId);
      return { filed: await this.collectIn(m, actor, projectId, this.clock.now()) };
    });
  }

  /**
   * The whole archive as one ZIP: an index (CSV for people, JSON for machines), the uploaded files
   * under files/, the system's records under records/, and the acceptance form as XLSX.
   */
  async bundle(actor: Actor, projectId: string): Promise<{ stream: Readable; filename: string }> {
    const project = await this.projects.get(actor, projectId);
    const documents: ArchiveDocument[] = await this.db.query(
      `SELECT ${COLUMNS} FROM archive_documents WHERE project_id = $1 ORDER BY kind, filed_at, id`,
      [projectId],
    );
    for (const d of documents.filter((x) => x.source === 'UPLOAD')) {
      await access(this.pathOf(d.sha256!)).catch(() => {
        throw new DomainError('SERVER.ERROR', `archived file ${d.sha256} is missing from storage`);
      });
    }
    const form = documents.some((d) => d.kind === 'ACCEPTANCE_FORM' && d.source === 'SYSTEM')
      ? await this.acceptance.workbook(actor, projectId)
      : null;

    const zip = archiver('zip', { zlib: { level: 6 } });
    const out = new PassThrough();
    zip.on('error', (e) => out.destroy(e));
    zip.pipe(out);
    const index = documents.map((d, i) => ({
      no: i + 1,
      kind: d.kind,
      kindName: ARCHIVE_KIND_LABELS[d.kind].zh,
      source: d.source,
      title: d.title,
      path: d.source === 'UPLOAD' ? `files/${d.kind}/${i + 1}-${d.filename}` : d.source === 'SYSTEM' ? `records/${d.kind}.json` : null,
      sha256: d.sha256,
      sizeBytes: d.sizeBytes,
      reference: d.reference,
      filedAt: d.filedAt,
    }));
    const csv = [
      ['序号', '类别', '类别名称', '来源', '标题', '文件', 'sha256', '字节', '引用', '归档时间'],
      ...index.map((r) => [
        r.no,
        r.kind,
        r.kindName,
        ARCHIVE_SOURCE_LABELS[r.source].zh,
        r.title,
        r.path,
        r.sha256,
        r.sizeBytes,
        r.reference,
        chinaTime(r.filedAt),
      ]),
    ]
      .map((row) => row.map(csvCell).join(','))
      .join('\r\n');
    // A BOM so that spreadsheet programs read the Chinese as UTF-8.
    zip.append(`\uFEFF${csv}\r\n`, { name: 'index.csv' });
    zip.append(
      JSON.stringify(
        {
          project: { id: project.id, name: project.name, state: project.state, stateName: lifecycleMachine.states[project.state].label.zh },
          documents: index,
        },
        null,
        2,
      ),
      {
        name: 'index.json',
      },
    );
    for (const r of index) {
      const d = documents[r.no - 1]!;
      if (d.source === 'UPLOAD') zip.append(createReadStream(this.pathOf(d.sha256!)), { name: r.path! });
    }
    for (const kind of new Set(documents.filter((d) => d.source === 'SYSTEM').map((d) => d.kind))) {
      const records = documents
        .filter((d) => d.source === 'SYSTEM' && d.kind === kind)
        .map((d) => ({ title: d.title, reference: d.reference, ...d.detail }));
      zip.append(JSON.stringify(records, null, 2), { name: `records/${kind}.json` });
    }
    if (form) zip.append(form, { name: 'records/acceptance-form.xlsx' });
    void zip.finalize();
    return { stream: out, filename: `archive-${project.id}.zip` };
  }

  private async file(
    actor: Actor,
    projectId: string,
    action: string,
    prepare: () => Promise<Omit<ArchiveDocument, 'id' | 'detail' | 'filedBy' | 'filedAt'>>,
  ): Promise<ArchiveDocument> {
    return this.db.transaction(async (m) => {
      await this.openProject(m, actor, projectId);
      const d = await prepare();
      const now = this.clock.now();
      const [row]: ArchiveDocument[] = await m.query(
        `INSERT INTO archive_documents (project_id, kind, source, title, filename, content_type, size_bytes, sha256, reference, filed_by, filed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
        [projectId, d.kind, d.source, d.title, d.filename, d.contentType, d.sizeBytes, d.sha256, d.reference, actor.userId, now],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'archive-document',
        subjectId: row!.id,
        projectId,
        action,
        detail: { kind: d.kind, sha256: d.sha256, sizeBytes: d.sizeBytes },
      });
      return row!;
    });
  }

  /** Locks the project so that no document is filed after COMPLETE_ARCHIVE judged the checklist. */
  private async openProject(m: EntityManager, actor: Actor, projectId: string): Promise<void> {
    await this.projects.lockIn(m, actor, projectId, ARCHIVE_OPEN_STATES, 'documents are filed');
  }

  private pathOf(sha256: string): string {
    return join(resolve(this.config.ARCHIVE_DIR), sha256.slice(0, 2), sha256);
  }

  /** Written beside its final name and renamed into place, so a reader never sees half a file. */
  private async store(sha256: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(sha256);
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    // Touched, so that the orphan sweep does not take it while this upload's row is not committed yet.
    if (exists) return utimes(path, this.clock.now(), this.clock.now());
    await mkdir(join(path, '..'), { recursive: true });
    const tmp = `${path}.${randomUUID()}.part`;
    await writeFile(tmp, bytes, { flag: 'wx' });
    await rename(tmp, path);
  }
}

function ignoreMissing(e: NodeJS.ErrnoException): void {
  if (e.code !== 'ENOENT') throw e;
}

/** The file's sha256, or null when it is not there. */
async function sha256Of(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return hash.digest('hex');
}

function csvCell(value: unknown): string {
  const raw = value === null || value === undefined ? '' : String(value);
  // A title starting like a formula would run as one when the index is opened in a spreadsheet.
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
