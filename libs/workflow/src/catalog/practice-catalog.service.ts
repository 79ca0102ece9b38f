import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import { PracticeEntity } from '@app/db';
import type { GuardResult } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type PracticeRecord = Omit<PracticeEntity, 'searchText'>;

/** A guard result; a refusal carries the practices that help with it. */
export interface GuardReport extends GuardResult {
  practices?: string[];
}

export interface PracticeQuery {
  stage?: string;
  guard?: string;
  q?: string;
}

@Injectable()
export class PracticeCatalog {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Makes the table equal to the file: upserts every practice and drops those no longer shipped. */
  async load(file = resolve(this.config.SEEDS_DIR, 'practices.json')): Promise<number> {
    const practices = JSON.parse(await readFile(file, 'utf8')) as PracticeRecord[];
    await this.db.transaction(async (m) => {
      for (const p of practices) {
        const searchText = JSON.stringify([p.id, p.place, p.title, p.problem, p.practice, p.tools, p.figures]).toLowerCase();
        await m.upsert(PracticeEntity, { ...p, searchText }, ['id']);
      }
      await m.query('DELETE FROM practices WHERE NOT (id = ANY($1))', [practices.map((p) => p.id)]);
    });
    return practices.length;
  }

  async find(query: PracticeQuery): Promise<PracticeRecord[]> {
    const qb = this.db.getRepository(PracticeEntity).createQueryBuilder('p').orderBy('p.id', 'ASC');
    if (query.stage) qb.andWhere(':stage = ANY(p.stages)', { stage: query.stage });
    if (query.guard) qb.andWhere(':guard = ANY(p.guards)', { guard: query.guard });
    if (query.q) qb.andWhere(`p.search_text LIKE :q ESCAPE '\\'`, { q: `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%` });
    return qb.getMany();
  }

  async get(id: string): Promise<PracticeRecord | null> {
    return this.db.getRepository(PracticeEntity).findOneBy({ id });
  }

  /** Each list of guard results, every refusal in it with its practices; one query for all the lists. */
  async annotate(lists: GuardResult[][]): Promise<GuardReport[][]> {
    const practices = await this.idsByGuardCode(lists.flat().flatMap((g) => (g.code ? [g.code] : [])));
    return lists.map((guards) => guards.map((g) => (g.code ? { ...g, practices: practices.get(g.code) ?? [] } : g)));
  }

  /** For each refusal code, the practices that help with it. */
  async idsByGuardCode(codes: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (codes.length === 0) return out;
    const rows: { code: string; id: string }[] = await this.db.query(
      `SELECT g.code, p.id FROM practices p CROSS JOIN LATERAL unnest(p.guards) AS g(code)
        WHERE g.code = ANY($1) ORDER BY g.code, p.id`,
      [codes],
    );
    for (const { code, id } of rows) out.set(code, [...(out.get(code) ?? []), id]);
    return out;
  }
}
