import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import {
  definitionProblems,
  invalid,
  localRules,
  notFound,
  SETTING_KEYS,
  settingInEffect,
  settingValueProblems,
  type Actor,
  type LocalRules,
  type SettingDefinition,
  type SettingInEffect,
  type SettingKey,
  type SettingLevel,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from './audit.js';
import { Clock } from './clock.js';
import { assertInScope } from './scope.js';

export interface SettingView extends SettingInEffect {
  label: SettingDefinition['label'];
  unit: string;
  min: number;
  max: number;
  default: number;
  /** The values set for the district's city and for the district itself, where set. */
  city: number | null;
  district: number | null;
  source: SettingDefinition['source'];
}

/** A district's city as its settings name it: by id, which stays when the name or the code changes. */
export interface SettingsCity {
  id: string;
  code: string;
  name: string;
}

export interface DistrictSettings {
  districtId: string;
  city: SettingsCity;
  settings: SettingView[];
}

export interface SettingChange {
  level: SettingLevel;
  /** null takes the level's value away: the next level (or the default) applies again. */
  value: number | null;
  reason?: string | null;
}

/**
 * Local rules per city or district, read at the moment a decision is taken. The seed's value is the
 * default; a city's value overrides it for all its districts, a district's for itself.
 */
@Injectable()
export class LocalSettingsService {
  private shipped?: SettingDefinition[];

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The shipped definitions (seeds/local-settings.json); a file with an unsound one stops the start. */
  definitions(): SettingDefinition[] {
    if (!this.shipped) {
      const defs = JSON.parse(readFileSync(resolve(this.config.SEEDS_DIR, 'local-settings.json'), 'utf8')) as SettingDefinition[];
      const problems = definitionProblems(defs);
      if (problems.length) throw new Error(`local settings: ${problems.join('; ')}`);
      this.shipped = SETTING_KEYS.map((k) => defs.find((d) => d.key === k)!);
    }
    return this.shipped;
  }

  /**
   * The city a district's settings inherit from; its settings are keyed by the city's id. With lock,
   * the district's row is held until commit.
   */
  async cityOf(m: EntityManager, districtId: string, lock = false): Promise<SettingsCity | null> {
    const [row]: SettingsCity[] = await m.query(
      `SELECT c.id, c.code, c.name FROM districts d JOIN cities c ON c.id = d.city_id WHERE d.id = $1${lock ? ' FOR UPDATE OF d' : ''}`,
      [districtId],
    );
    return row ?? null;
  }

  /** Every setting as it stands for the district, with where its value comes from. */
  async inEffect(m: EntityManager, districtId: string): Promise<{ city: SettingsCity; settings: SettingView[] }> {
    const city = await this.cityOf(m, districtId);
    if (city === null) throw notFound('district');
    const rows: { scope: SettingLevel; key: SettingKey; value: string }[] = await m.query(
      `SELECT scope, key, value FROM local_settings WHERE (scope = 'CITY' AND scope_key = $1) OR (scope = 'DISTRICT' AND scope_key = $2)`,
      [city.id, districtId],
    );
    const set = (level: SettingLevel, key: SettingKey) => {
      const row = rows.find((r) => r.scope === level && r.key === key);
      return row ? Number(row.value) : undefined;
    };
    return {
      city,
      settings: this.definitions().map((def) => {
        const cityValue = set('CITY', def.key);
        const districtValue = set('DISTRICT', def.key);
        return {
          ...settingInEffect(def, cityValue, districtValue),
          label: def.label,
          unit: def.unit,
          min: def.min,
          max: def.max,
          default: def.default,
          city: cityValue ?? null,
          district: districtValue ?? null,
          source: def.source,
        };
      }),
    };
  }

  /** The local rules in effect for a district now: what a decision reads, in its own transaction. */
  async rules(m: EntityManager, districtId: string): Promise<LocalRules> {
    const { settings } = await this.inEffect(m, districtId);
    return localRules(new Map(settings.map((s) => [s.key, s.value])));
  }

  async list(actor: Actor, districtId: string): Promise<DistrictSettings> {
    await this.assertReadable(actor, districtId);
    return { districtId, ...(await this.inEffect(this.db.manager, districtId)) };
  }

  /** Sets (or clears) a value for the district or for its city; validated against the values then in effect, audited. */
  async set(actor: Actor, districtId: string, key: string, change: SettingChange): Promise<DistrictSettings> {
    const def = this.definitions().find((d) => d.key === key);
    if (!def) throw notFound(`setting ${key}`);
    return this.db.transaction(async (m) => {
      // One writer at a time per district, so that two changes cannot each pass the min/max check alone.
      const city = await this.cityOf(m, districtId, true);
      if (!city) throw notFound('district');
      const scopeKey = change.level === 'CITY' ? city.id : districtId;
      const before = await this.inEffect(m, districtId);
      const levelBefore = before.settings.find((s) => s.key === def.key)![change.level === 'CITY' ? 'city' : 'district'];
      if (change.value === null) {
        await m.query('DELETE FROM local_settings WHERE scope = $1 AND scope_key = $2 AND key = $3', [change.level, scopeKey, def.key]);
      } else {
        await m.query(
          `INSERT INTO local_settings (scope, scope_key, key, value, reason, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (scope, scope_key, key) DO UPDATE SET value = EXCLUDED.value, reason = EXCLUDED.reason, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
          [change.level, scopeKey, def.key, change.value, change.reason ?? null, actor.userId, this.clock.now()],
        );
      }
      // Judged on the values the level then gives: a city's for every district that does not set its own.
      const after = await this.inEffect(m, districtId);
      const view = new Map(after.settings.map((s) => [s.key, change.level === 'CITY' ? (s.city ?? s.default) : s.value]));
      const problems = settingValueProblems(def, view.get(def.key)!, view);
      if (problems.length) throw invalid(problems.map((message) => ({ field: 'value', code: 'OUT_OF_RANGE', message })));
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: change.level === 'CITY' ? 'city' : 'district',
        subjectId: scopeKey,
        action: 'settings.changed',
        reason: change.reason ?? null,
        detail: { key: def.key, level: change.level, from: levelBefore, to: change.value, districtId },
      });
      return { districtId, ...after };
    });
  }

  /** PMs and supervisors of the district, committees of a compound in it, and admins read its settings. */
  async assertReadable(actor: Actor, districtId: string): Promise<void> {
    if (actor.role === 'RESIDENTS_COMMITTEE') {
      const [own] = await this.db.query('SELECT 1 FROM compounds WHERE district_id = $1 AND id = ANY($2) LIMIT 1', [
        districtId,
        actor.compoundIds,
      ]);
      if (!own) throw notFound('district');
      return;
    }
    assertInScope(actor, { districtId }, 'district');
  }
}
