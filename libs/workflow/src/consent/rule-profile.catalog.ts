import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import { DomainError, profileProblems, RULE_PROFILE_IDS, type RuleProfile } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Consent rule profiles, shipped as data and loaded into the database at start. */
@Injectable()
export class RuleProfileCatalog {
  /** Profiles change only when a release ships new ones, so every tally need not read them again. */
  private readonly cache = new Map<string, RuleProfile>();

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Refuses a file with an unsound profile or one that misses a profile the product relies on. */
  async load(file = resolve(this.config.SEEDS_DIR, 'rule-profiles.json')): Promise<number> {
    const profiles = JSON.parse(await readFile(file, 'utf8')) as RuleProfile[];
    const problems = profiles.flatMap(profileProblems);
    const missing = RULE_PROFILE_IDS.filter((id) => !profiles.some((p) => p.id === id));
    if (problems.length || missing.length)
      throw new Error(`rule profiles: ${[...problems, ...missing.map((id) => `${id} missing`)].join('; ')}`);
    this.cache.clear();
    await this.db.transaction(async (m) => {
      for (const p of profiles) {
        await m.query(
          'INSERT INTO rule_profiles (id, definition) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition',
          [p.id, JSON.stringify(p)],
        );
      }
    });
    return profiles.length;
  }

  async list(): Promise<RuleProfile[]> {
    const rows: { definition: RuleProfile }[] = await this.db.query('SELECT definition FROM rule_profiles ORDER BY id');
    return rows.map((r) => r.definition);
  }

  async get(id: string, m: EntityManager = this.db.manager): Promise<RuleProfile> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const [row]: { definition: RuleProfile }[] = await m.query('SELECT definition FROM rule_profiles WHERE id = $1', [id]);
    if (!row)
      throw new DomainError('DOMAIN.INVALID', `unknown rule profile ${id}`, {
        errors: [{ field: 'ruleProfile', code: 'UNKNOWN', message: `unknown rule profile ${id}` }],
      });
    this.cache.set(id, row.definition);
    return row.definition;
  }
}
