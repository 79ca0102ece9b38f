import {
  DEFAULT_RULE_PROFILE,
  defaultProfileFor,
  invalid,
  judges,
  notFound,
  ROUND_SUBJECTS,
  type Actor,
  type RoundSubject,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { RuleProfileCatalog } from './rule-profile.catalog.js';

export interface SubjectProfile {
  subject: RoundSubject;
  /** What a new round of this subject inherits in the district; null when the choice is the round creator's. */
  ruleProfile: string | null;
  origin: 'DISTRICT' | 'SHIPPED';
  /** The district's own default, when an admin set one. */
  district: { ruleProfile: string; reason: string | null; setBy: string | null; setAt: Date } | null;
}

export interface DistrictRuleProfiles {
  districtId: string;
  subjects: SubjectProfile[];
}

interface DefaultRow {
  subject: RoundSubject;
  rule_profile: string;
  reason: string | null;
  set_by: string | null;
  set_at: Date;
}

/**
 * The rule profile each kind of round inherits in a district. A round keeps the profile it was
 * created with, so changing a default judges only rounds created after it.
 */
@Injectable()
export class DistrictRuleProfileService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly profiles: RuleProfileCatalog,
    private readonly settings: LocalSettingsService,
  ) {}

  async list(actor: Actor, districtId: string): Promise<DistrictRuleProfiles> {
    await this.settings.assertReadable(actor, districtId);
    return this.inEffect(this.db.manager, districtId);
  }

  /** Sets (or, with null, clears) the district's default for one subject; the profile must judge it. Audited. */
  async set(
    actor: Actor,
    districtId: string,
    subject: string,
    change: { ruleProfile: string | null; reason?: string | null },
  ): Promise<DistrictRuleProfiles> {
    if (!ROUND_SUBJECTS.includes(subject as RoundSubject)) throw notFound(`round subject ${subject}`);
    const kind = subject as RoundSubject;
    return this.db.transaction(async (m) => {
      const [district] = await m.query('SELECT id FROM districts WHERE id = $1 FOR UPDATE', [districtId]);
      if (!district) throw notFound('district');
      const before = (await this.rows(m, districtId)).find((r) => r.subject === kind)?.rule_profile ?? null;
      if (change.ruleProfile === null) {
        await m.query('DELETE FROM district_rule_profiles WHERE district_id = $1 AND subject = $2', [districtId, kind]);
      } else {
        const profile = await this.profiles.get(change.ruleProfile, m);
        if (!judges(profile, kind)) {
          const valid = (await this.profiles.list(m)).filter((p) => judges(p, kind)).map((p) => p.id);
          throw invalid([
            {
              field: 'ruleProfile',
              code: 'NOT_FOR_SUBJECT',
              message: `${profile.id} does not judge ${kind} rounds; valid: ${valid.join(', ')}`,
            },
          ]);
        }
        await m.query(
          `INSERT INTO district_rule_profiles (district_id, subject, rule_profile, reason, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (district_id, subject) DO UPDATE
             SET rule_profile = EXCLUDED.rule_profile, reason = EXCLUDED.reason, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
          [districtId, kind, profile.id, change.reason?.trim() || null, actor.userId, this.clock.now()],
        );
      }
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'district',
        subjectId: districtId,
        action: 'ruleProfile.defaultChanged',
        reason: change.reason?.trim() || null,
        detail: { subject: kind, from: before, to: change.ruleProfile },
      });
      return this.inEffect(m, districtId);
    });
  }

  private rows(m: EntityManager, districtId: string): Promise<DefaultRow[]> {
    return m.query('SELECT subject, rule_profile, reason, set_by, set_at FROM district_rule_profiles WHERE district_id = $1', [districtId]);
  }

  private async inEffect(m: EntityManager, districtId: string): Promise<DistrictRuleProfiles> {
    const rows = await this.rows(m, districtId);
    const all = await this.profiles.list(m);
    const shipped = await this.profiles.get(DEFAULT_RULE_PROFILE, m);
    return {
      districtId,
      subjects: ROUND_SUBJECTS.map((subject) => {
        const row = rows.find((r) => r.subject === subject);
        return {
          subject,
          ruleProfile: row?.rule_profile ?? defaultProfileFor(subject, shipped, all)?.id ?? null,
          origin: row ? 'DISTRICT' : 'SHIPPED',
          district: row ? { ruleProfile: row.rule_profile, reason: row.reason, setBy: row.set_by, setAt: row.set_at } : null,
        };
      }),
    };
  }
}
