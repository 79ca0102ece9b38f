import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import {
  catalogProblems,
  DEFAULT_RULE_PROFILE,
  DomainError,
  inheritedProfile,
  invalid,
  judges,
  namedOverInherited,
  profileProblems,
  PROJECT_PROFILE_SUBJECTS,
  RULE_PROFILE_IDS,
  type ProfileChoice,
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

  /** The default an admin set for the district's rounds of this subject, if any. */
  async districtDefault(m: EntityManager, districtId: string, subject: RoundSubject): Promise<RuleProfile | null> {
    const [row]: { rule_profile: string }[] = await m.query(
      'SELECT rule_profile FROM district_rule_profiles WHERE district_id = $1 AND subject = $2',
      [districtId, subject],
    );
    return row ? this.get(row.rule_profile, m) : null;
  }

  /**
   * The profile a round of this subject is judged by, and why: the one named, which must be valid
   * for the subject and, when it is not the inherited one, say why; otherwise the inherited one
   * (the project's override, the district's default, the shipped default). Refuses (422) a pairing
   * the profile is not made for, and an override without a reason.
   */
  async forRound(
    m: EntityManager,
    subject: RoundSubject,
    named: { ruleProfile?: string; reason?: string | null },
    project: { districtId: string; ruleProfile: string; ruleProfileReason: string | null },
  ): Promise<ProfileChoice> {
    const all = await this.list(m);
    const valid = all.filter((p) => judges(p, subject)).map((p) => p.id);
    const inherited = inheritedProfile(
      subject,
      { profile: await this.get(project.ruleProfile, m), reason: project.ruleProfileReason },
      await this.districtDefault(m, project.districtId, subject),
      all,
    );
    if (named.ruleProfile) {
      const profile = await this.get(named.ruleProfile, m);
      if (!judges(profile, subject)) throw notFor(subject, named.ruleProfile, valid);
      return overrideOrProblem(namedOverInherited(profile, named.reason, inherited));
    }
    if (!inherited)
      throw invalid([
        { field: 'ruleProfile', code: 'REQUIRED', message: `name the rule profile of a ${subject} round: ${valid.join(', ')}` },
      ]);
    return inherited;
  }

  /**
   * A new project's own profile, which judges its willingness and plan rounds and so must be valid
   * for both: the district's default for willingness rounds when it is, the shipped one otherwise;
   * another one named is the PM's override and must say why.
   */
  async forProject(
    m: EntityManager,
    districtId: string,
    named: { ruleProfile?: string; reason?: string | null },
  ): Promise<{ id: string; reason: string | null }> {
    const fromDistrict = await this.districtDefault(m, districtId, 'WILLINGNESS');
    const fits = fromDistrict && PROJECT_PROFILE_SUBJECTS.every((s) => judges(fromDistrict, s));
    const inherited = fits ? fromDistrict : await this.get(DEFAULT_RULE_PROFILE, m);
    if (!named.ruleProfile) return { id: inherited.id, reason: null };
    const profile = await this.get(named.ruleProfile, m);
    const missing = PROJECT_PROFILE_SUBJECTS.filter((s) => !judges(profile, s));
    if (missing.length) {
      const valid = (await this.list(m)).filter((p) => PROJECT_PROFILE_SUBJECTS.every((s) => judges(p, s))).map((p) => p.id);
      throw notFor(missing[0]!, profile.id, valid);
    }
    const choice = overrideOrProblem(
      namedOverInherited(profile, named.reason, { profile: inherited, origin: fits ? 'DISTRICT' : 'SHIPPED', reason: null }),
    );
    return { id: choice.profile.id, reason: choice.reason };
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

function overrideOrProblem(choice: ReturnType<typeof namedOverInherited>): ProfileChoice {
  if (!('problem' in choice)) return choice;
  throw invalid([
    {
      field: 'ruleProfileReason',
      code: 'REQUIRED',
      message: `${choice.inherited} is the rule profile inherited here: say why another one judges instead`,
    },
  ]);
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
