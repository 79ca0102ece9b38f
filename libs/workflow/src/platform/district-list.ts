import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { invalid, notFound, type Actor, type Bilingual } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { appendAudit } from './audit.js';

export interface CodedEntry {
  code: string;
  name: Bilingual;
}

interface ListSpec {
  /** The shipped catalogue under SEEDS_DIR, and the default list where a district has none. */
  file: string;
  table: 'district_reviewers' | 'district_acceptance_parties';
  column: 'reviewers' | 'parties';
  /** Codes every district's list must keep. */
  required?: string[];
}

/** Who must take part in a step, per district: a subset of a shipped catalogue, the whole catalogue by default. */
export class DistrictList {
  private shipped?: CodedEntry[];

  constructor(
    private readonly spec: ListSpec,
    private readonly seedsDir: string,
  ) {}

  catalog(): CodedEntry[] {
    this.shipped ??= JSON.parse(readFileSync(resolve(this.seedsDir, this.spec.file), 'utf8')) as CodedEntry[];
    return this.shipped;
  }

  /** The district's list as a reader asks for it: 404 for a district that does not exist. */
  async read(m: EntityManager, districtId: string): Promise<string[]> {
    const [district] = await m.query('SELECT 1 FROM districts WHERE id = $1', [districtId]);
    if (!district) throw notFound('district');
    return this.for(m, districtId);
  }

  async for(m: EntityManager, districtId: string): Promise<string[]> {
    const [row]: Record<string, string[]>[] = await m.query(`SELECT ${this.spec.column} FROM ${this.spec.table} WHERE district_id = $1`, [
      districtId,
    ]);
    return row?.[this.spec.column] ?? this.catalog().map((r) => r.code);
  }

  async set(m: EntityManager, actor: Actor, at: Date, districtId: string, codes: string[]): Promise<string[]> {
    const field = this.spec.column;
    const problems = [
      ...codes
        .filter((c) => !this.catalog().some((r) => r.code === c))
        .map((c) => ({ field, code: 'UNKNOWN', message: `unknown code ${c}` })),
      ...(this.spec.required ?? [])
        .filter((c) => !codes.includes(c))
        .map((c) => ({ field, code: 'REQUIRED_MEMBER', message: `${c} must stay on every district's list` })),
    ];
    if (problems.length) throw invalid(problems);
    const [district] = await m.query('SELECT 1 FROM districts WHERE id = $1', [districtId]);
    if (!district) throw notFound('district');
    const unique = [...new Set(codes)];
    await m.query(
      `INSERT INTO ${this.spec.table} (district_id, ${field}) VALUES ($1, $2) ON CONFLICT (district_id) DO UPDATE SET ${field} = EXCLUDED.${field}`,
      [districtId, unique],
    );
    await appendAudit(m, {
      actor,
      at,
      subjectType: 'district',
      subjectId: districtId,
      action: `district.${field}-set`,
      detail: { [field]: unique },
    });
    return unique;
  }
}
