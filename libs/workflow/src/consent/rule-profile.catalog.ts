import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import {
  catalogProblems,
  defaultProfileFor,
  DomainError,
  invalid,
  judges,
  profileProblems,
  RULE_PROFILE_IDS,
  type RoundSubject,
  type RuleProfile,
} from '@app/domain';
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
    const problems = [...profiles.flatMap(profileProblems), ...catalogProblems(profiles)];
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

  async list(m: EntityManager = this.db.manager): Promise<RuleProfile[]> {
    const rows: { definition: RuleProfile }[] = await m.query('SELECT definition FROM rule_profiles ORDER BY id');
    return rows.map((r) => r.definition);
  }

  /**
   * The profile a round of this subject is judged by: the one named, which must be valid for the
   * subject, or the default. Refuses (422) a pairing the profile is not made for.
   */
  async forRound(subject: RoundSubject, named: string | undefined, projectProfile: string, m: EntityManager): Promise<RuleProfile> {
    const all = await this.list(m);
    const valid = all.filter((p) => judges(p, subject)).map((p) => p.id);
    if (named) {
      const profile = await this.get(named, m);
      if (!judges(profile, subject)) throw notFor(subject, named, valid);
      return profile;
    }
    const fallback = defaultProfileFor(subject, await this.get(projectProfile, m), all);
    if (!fallback)
      throw invalid([
        { field: 'ruleProfile', code: 'REQUIRED', message: `name the rule profile of a ${subject} round: ${valid.join(', ')}` },
      ]);
    return fallback;
  }

  /** A project's default judges its willingness and plan rounds, so it must be valid for both. */
  async forProject(id: string, subjects: readonly RoundSubject[], m: EntityManager = this.db.manager): Promise<RuleProfile> {
    const profile = await this.get(id, m);
    const missing = subjects.filter((s) => !judges(profile, s));
    if (missing.length) {
      const valid = (await this.list(m)).filter((p) => subjects.every((s) => judges(p, s))).map((p) => p.id);
      throw notFor(missing[0]!, id, valid);
    }
    return profile;
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

function notFor(subject: RoundSubject, id: string, valid: string[]): DomainError {
  return invalid([
    {
      field: 'ruleProfile',
      code: 'NOT_FOR_SUBJECT',
      message: `${id} does not judge ${subject} rounds; valid: ${valid.join(', ')}`,
    },
  ]);
}
