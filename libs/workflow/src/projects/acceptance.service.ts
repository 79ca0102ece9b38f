import { AppConfig } from '@app/config';
import {
  ACCEPTANCE_FORM_STATE_LABELS,
  ACCEPTANCE_OPINION_LABELS,
  chinaTime,
  DomainError,
  ENTRY_LABELS,
  invalid,
  maskName,
  OWNER_REPRESENTATIVES,
  seesPersonalData,
  signingEntry,
  type AcceptanceFormState,
  type AcceptanceOpinion,
  type Actor,
  type Entry,
  type SignatureInput,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { signatory } from '../identity/signatory.js';
import { DistrictList, type CodedEntry } from '../platform/district-list.js';
import { ProjectService } from './project.service.js';
import { ReviewService } from './review.service.js';

export type AcceptanceParty = CodedEntry;

interface SignatureRow {
  party: string;
  signer: string;
  opinion: AcceptanceOpinion;
  comments: string;
  entry: Entry;
  formNumber: string | null;
  photoSha256: string | null;
  recordedBy: string;
  recordedByName: string;
  signedAt: Date;
}

interface FormRow {
  id: string;
  project_id: string;
  parties: string[];
  state: AcceptanceFormState;
  rectification: string | null;
  opened_at: Date;
  closed_at: Date | null;
}

/** Joint completion acceptance (联合验收表): every party signs, and residents' satisfaction decides with them. */
@Injectable()
export class AcceptanceService {
  private readonly list: DistrictList;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    config: AppConfig,
    private readonly projects: ProjectService,
    private readonly reviews: ReviewService,
  ) {
    this.list = new DistrictList(
      { file: 'acceptance-parties.json', table: 'district_acceptance_parties', column: 'parties', required: [OWNER_REPRESENTATIVES] },
      config.SEEDS_DIR,
    );
  }

  /** Every party the product knows, shipped in seeds/acceptance-parties.json. */
  parties(): AcceptanceParty[] {
    return this.list.catalog();
  }

  /** The bodies a user may work for: every party but the owners (who speak through their committee), and every reviewing department. */
  organisations(): CodedEntry[] {
    return [...this.parties().filter((p) => p.code !== OWNER_REPRESENTATIVES), ...this.reviews.catalog()];
  }

  partiesFor(districtId: string): Promise<string[]> {
    return this.list.read(this.db.manager, districtId);
  }

  setDistrictParties(actor: Actor, districtId: string, codes: string[]): Promise<string[]> {
    return this.db.transaction((m) => this.list.set(m, actor, this.clock.now(), districtId, codes));
  }

  /** Called inside COMPLETE_CONSTRUCTION: a fresh form with the district's parties as they stand now. */
  async open(m: EntityManager, projectId: string, districtId: string, at: Date): Promise<void> {
    await m.query(`INSERT INTO acceptance_forms (project_id, parties, state, opened_at) VALUES ($1, $2, 'OPEN', $3)`, [
      projectId,
      await this.list.for(m, districtId),
      at,
    ]);
  }

  /** Called inside PASS_ACCEPTANCE and FAIL_ACCEPTANCE. */
  async close(m: EntityManager, projectId: string, state: 'PASSED' | 'FAILED', rectification: string | null, at: Date): Promise<void> {
    await m.query(`UPDATE acceptance_forms SET state = $2, rectification = $3, closed_at = $4 WHERE project_id = $1 AND state = 'OPEN'`, [
      projectId,
      state,
      rectification,
      at,
    ]);
  }

  /**
   * What the lifecycle guards read: the open form's signatures and each compound's latest satisfaction
   * round closed since it opened (of two closed at the same instant, the one created last).
   */
  async context(m: EntityManager, projectId: string) {
    const [form]: FormRow[] = await m.query(`SELECT * FROM acceptance_forms WHERE project_id = $1 AND state = 'OPEN'`, [projectId]);
    if (!form) return null;
    const signatures: { party: string; opinion: 'PASS' | 'FAIL' }[] = await m.query(
      'SELECT party, opinion FROM acceptance_signatures WHERE form_id = $1',
      [form.id],
    );
    const rounds: { compound_id: string; result: 'PASSED' | 'FAILED' }[] = await m.query(
      `SELECT DISTINCT ON (compound_id) compound_id, result FROM consultation_rounds
        WHERE project_id = $1 AND subject = 'SATISFACTION' AND state IN ('CLOSED', 'PUBLICITY', 'CONCLUDED') AND void_reason IS NULL
          AND closed_at >= $2
        ORDER BY compound_id, closed_at DESC, created_at DESC, id`,
      [projectId, form.opened_at],
    );
    return { parties: form.parties, signatures, satisfaction: new Map(rounds.map((r) => [r.compound_id, r.result])) };
  }

  async form(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const [form]: FormRow[] = await this.db.query(
      'SELECT * FROM acceptance_forms WHERE project_id = $1 ORDER BY opened_at DESC, id LIMIT 1',
      [projectId],
    );
    if (!form) return null;
    const signatures: SignatureRow[] = await this.db.query(
      `SELECT s.party, s.signer, s.opinion, s.comments, s.entry, s.form_number AS "formNumber", s.photo_sha256 AS "photoSha256",
              s.recorded_by AS "recordedBy", u.display_name AS "recordedByName", s.signed_at AS "signedAt"
         FROM acceptance_signatures s JOIN users u ON u.id = s.recorded_by
        WHERE s.form_id = $1 ORDER BY s.signed_at, s.party`,
      [form.id],
    );
    const clear = seesPersonalData(actor.role);
    const mask = (name: string) => (clear ? name : maskName(name));
    return {
      id: form.id,
      state: form.state,
      parties: form.parties,
      rectification: form.rectification,
      openedAt: form.opened_at,
      closedAt: form.closed_at,
      signatures: signatures.map((s) => ({ ...s, signer: mask(s.signer), recordedByName: mask(s.recordedByName) })),
    };
  }

  async sign(actor: Actor, projectId: string, input: SignatureInput) {
    return this.db.transaction(async (m) => {
      const project = await this.projects.lockIn(m, actor, projectId, ['ACCEPTANCE'], 'the form is signed');
      const [form]: FormRow[] = await m.query(`SELECT * FROM acceptance_forms WHERE project_id = $1 AND state = 'OPEN'`, [projectId]);
      if (!form.parties.includes(input.party)) {
        throw invalid([
          { field: 'party', code: 'NOT_ON_FORM', message: `${input.party} is not a party of this form: ${form.parties.join(', ')}` },
        ]);
      }
      const who = await signatory(m, actor);
      const entry = signingEntry(
        who,
        input.party,
        { signer: input.signer, formNumber: input.formNumber, photo: { field: 'photoDocumentId', value: input.photoDocumentId } },
        await this.reviews.reviewersFor(m, project.districtId),
      );
      const [already] = await m.query('SELECT 1 FROM acceptance_signatures WHERE form_id = $1 AND party = $2', [form.id, input.party]);
      if (already) throw new DomainError('RESOURCE.ALREADY_RECORDED', `${input.party} has already signed`);
      const photoSha256 = input.photoDocumentId ? await this.photoOf(m, projectId, input.photoDocumentId) : null;
      const now = this.clock.now();
      await m.query(
        `INSERT INTO acceptance_signatures (form_id, party, signer, opinion, comments, entry, form_number, photo_sha256, recorded_by, signed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          form.id,
          input.party,
          input.signer ?? who.displayName,
          input.opinion,
          input.comments,
          entry,
          input.formNumber ?? null,
          photoSha256,
          actor.userId,
          now,
        ],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'acceptance-form',
        subjectId: form.id,
        projectId,
        action: 'acceptance.signed',
        detail: { party: input.party, opinion: input.opinion, entry, formNumber: input.formNumber ?? null, photoSha256 },
      });
      return { party: input.party, opinion: input.opinion, entry, signedAt: now };
    });
  }

  /** The photo of the signed paper form: an image uploaded to this project's archive, by its content's hash. */
  private async photoOf(m: EntityManager, projectId: string, documentId: string): Promise<string> {
    const [doc]: { sha256: string; content_type: string }[] = await m.query(
      `SELECT sha256, content_type FROM archive_documents WHERE id = $1 AND project_id = $2 AND source = 'UPLOAD'`,
      [documentId, projectId],
    );
    if (!doc) {
      throw invalid([{ field: 'photoDocumentId', code: 'UNKNOWN', message: "no upload of this project's archive has this id" }]);
    }
    if (!doc.content_type.startsWith('image/')) {
      throw invalid([{ field: 'photoDocumentId', code: 'NOT_A_PHOTO', message: `the document is ${doc.content_type}, not a photo` }]);
    }
    return doc.sha256;
  }

  /**
   * The form laid out like the paper 联合验收表: the project, then one row per party with who signed,
   * the opinion, when (Beijing time) and how it was entered, then the outcome. Set to print on A4,
   * one page wide.
   */
  async workbook(actor: Actor, projectId: string): Promise<Buffer> {
    const project = await this.projects.get(actor, projectId);
    const form = await this.form(actor, projectId);
    if (!form) throw new DomainError('RESOURCE.NOT_FOUND', 'no acceptance form yet');
    const [compound] = await this.db.query('SELECT name, address FROM compounds WHERE id = $1', [project.compoundId]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('联合验收表');
    ws.columns = [14, 10, 10, 30, 17, 16, 10, 30].map((width) => ({ width }));
    const last = 'H';
    const row = (values: (string | null)[], merges: [string, string][] = []) => {
      const r = ws.addRow(values);
      for (const [from, to] of merges) ws.mergeCells(`${from}${r.number}:${to}${r.number}`);
      return r;
    };
    row(['老旧小区改造项目竣工联合验收表'], [['A', last]]);
    ws.getCell('A1').font = { bold: true, size: 16 };
    ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(1).height = 30;
    const at = (d: Date | null) => (d ? chinaTime(d) : '');
    const head = [
      row(
        ['项目名称', project.name, null, null, '验收状态', ACCEPTANCE_FORM_STATE_LABELS[form.state].zh],
        [
          ['B', 'D'],
          ['F', last],
        ],
      ),
      row(
        ['小区', compound.name, null, null, '地址', compound.address],
        [
          ['B', 'D'],
          ['F', last],
        ],
      ),
      row(
        ['开始时间', at(form.openedAt), null, null, '结束时间', at(form.closedAt)],
        [
          ['B', 'D'],
          ['F', last],
        ],
      ),
    ];
    ws.addRow([]);
    const table = [row(['验收单位', '签署人', '验收意见', '意见说明', '签署时间', '录入方式', '录入人', '纸质表编号及照片 SHA-256'])];
    table[0]!.font = { bold: true };
    const names = new Map(this.parties().map((p) => [p.code, p.name.zh]));
    for (const party of form.parties) {
      const s = form.signatures.find((x) => x.party === party);
      table.push(
        row([
          names.get(party) ?? party,
          s?.signer ?? '',
          s ? ACCEPTANCE_OPINION_LABELS[s.opinion].zh : '未签',
          s?.comments ?? '',
          at(s?.signedAt ?? null),
          s ? ENTRY_LABELS[s.entry].zh : '',
          s?.recordedByName ?? '',
          s?.formNumber ? `${s.formNumber}\n${s.photoSha256}` : '',
        ]),
      );
    }
    ws.addRow([]);
    const outcome = [row(['验收结论', ACCEPTANCE_FORM_STATE_LABELS[form.state].zh], [['B', last]])];
    if (form.rectification) outcome.push(row(['整改事项', form.rectification], [['B', last]]));
    const thin = { style: 'thin' as const };
    for (const r of [...head, ...table, ...outcome]) {
      r.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        cell.alignment = { vertical: 'middle', wrapText: true };
      });
    }
    ws.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: `A1:${last}${ws.lastRow!.number}`,
      printTitlesRow: `${table[0]!.number}:${table[0]!.number}`,
    };
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
