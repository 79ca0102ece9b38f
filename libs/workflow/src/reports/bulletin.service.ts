import type { CityEntity } from '@app/db';
import {
  ACCEPTED_STATES,
  ADMITTED_STATES,
  badRequest,
  CHINA_TIME_ZONE,
  chinaTime,
  completionBasisPoints,
  lifecycleMachine,
  monthHasEnded,
  monthWindow,
  notFound,
  PROJECT_STATES,
  rankDistricts,
  RANKING_RULE,
  type Actor,
  type Bilingual,
  type MonthWindow,
  type ProjectState,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { centiToDecimal } from '../imports/tabular.js';
import { CityService, type CityRef } from '../places/city.service.js';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { printHtml, printWorkbook, type Money, type PrintDocument, type PrintSheet } from './printable.js';
import { districtFigures, totalOf, type DistrictFigures, type Figures } from './district-figures.js';

const DAY_SECONDS = 86_400;

export interface StageTime {
  /** Stays in the state that ended within the month. */
  stays: number;
  averageDays: number | null;
}

export interface MonthFigures {
  /** Projects that fired START_CONSTRUCTION within the month. */
  startedThisMonth: number;
  /** Projects that fired PASS_ACCEPTANCE within the month. */
  completedThisMonth: number;
  /** Projects that passed acceptance against projects admitted into a plan, as of the build. */
  completionRate: { accepted: number; admitted: number; percent: string | null };
  averageDaysByStage: Record<ProjectState, StageTime>;
}

export interface BulletinDistrict extends DistrictFigures, MonthFigures {
  rank: number;
}

/** Figures only: districts, counts and money, never a person. */
export interface BulletinContent {
  month: string;
  period: { start: string; end: string; timeZone: string };
  builtAt: string;
  rankingRule: Bilingual;
  city: Figures & MonthFigures;
  /** In ranking order. */
  districts: BulletinDistrict[];
}

export interface BulletinCity {
  id: string;
  code: string;
  name: string;
}

export interface Bulletin {
  month: string;
  /** The city whose districts the bulletin ranks. */
  city: BulletinCity;
  builtAt: Date;
  builtVia: 'JOB' | 'USER';
  /** The user who asked for it; null when the monthly job built it. */
  builtBy: string | null;
  content: BulletinContent;
}

interface BulletinRow {
  month: string;
  city_id: string;
  city_code: string;
  city_name: string;
  content: BulletinContent;
  built_at: Date;
  built_via: 'JOB' | 'USER';
  built_by: string | null;
}

function monthRefused(code: string, message: string) {
  return badRequest([{ field: 'month', code, message }]);
}

const SELECT_BULLETIN = `SELECT b.*, c.code AS city_code, c.name AS city_name FROM monthly_bulletins b JOIN cities c ON c.id = b.city_id`;

/**
 * The supervisors' monthly bulletin (月通报), one per city and month: it ranks the districts of one
 * city against each other. Built once, by the job on the first of the next month or by a user on
 * demand, whichever comes first; building it again returns the stored bulletin unchanged, because a
 * bulletin is a published document that districts are ranked by.
 *
 * Who reads it: a PM or supervisor reads the bulletins of the cities their districts are in, the
 * whole city included (every district's figures and the city's totals: a ranking is only read
 * against the others), since a bulletin holds figures and never a person; an administrator reads
 * every city's.
 */
@Injectable()
export class BulletinService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly cities: CityService,
  ) {}

  /** by: the user asking, who must work in the city; null for the monthly job. */
  async build(month: string, ref: CityRef, by: Actor | null): Promise<{ bulletin: Bulletin; created: boolean }> {
    const window = this.window(month);
    const now = this.clock.now();
    if (!monthHasEnded(window, now)) throw monthRefused('MONTH_NOT_OVER', `${month} has not ended yet; a bulletin covers a whole month`);
    const city = by ? await this.cities.resolve(by, ref) : await this.cityById(ref.cityId);
    const stored = await this.find(city.id, month);
    if (stored) return { bulletin: stored, created: false };

    // One snapshot for every figure, so the parts of the bulletin agree with each other.
    const content = await this.db.transaction('REPEATABLE READ', (m) => this.compose(m, city, window, now));
    return this.db.transaction(async (m) => {
      const [row]: { month: string }[] = await m.query(
        `INSERT INTO monthly_bulletins (city_id, month, content, built_at, built_via, built_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (city_id, month) DO NOTHING RETURNING month`,
        [city.id, month, JSON.stringify(content), now, by ? 'USER' : 'JOB', by?.userId ?? null],
      );
      // A concurrent build stored it first: that one stands.
      if (row) {
        await appendAudit(m, {
          actor: by,
          at: now,
          subjectType: 'bulletin',
          subjectId: `${city.id}/${month}`,
          action: 'bulletin.built',
          detail: { cityId: city.id, month },
        });
      }
      return { bulletin: (await this.find(city.id, month, m))!, created: Boolean(row) };
    });
  }

  /** The monthly job: every city's bulletin of the month, each built once; a city that fails does not hold up the others. */
  async buildEveryCity(month: string): Promise<number> {
    this.window(month);
    const cities: { id: string }[] = await this.db.query('SELECT id FROM cities ORDER BY code');
    const failures: unknown[] = [];
    let created = 0;
    for (const city of cities) {
      try {
        if ((await this.build(month, { cityId: city.id }, null)).created) created++;
      } catch (e) {
        failures.push(e);
      }
    }
    if (failures.length) throw failures[0];
    return created;
  }

  /** The stored bulletins of one city, or of every city the actor works in; newest first. */
  async list(actor: Actor, ref: CityRef): Promise<Omit<Bulletin, 'content'>[]> {
    const cityIds = ref.cityId || ref.cityCode ? [(await this.cities.resolve(actor, ref)).id] : await this.cities.inScope(actor);
    const rows: Omit<BulletinRow, 'content'>[] = await this.db.query(
      `SELECT b.month, b.city_id, c.code AS city_code, c.name AS city_name, b.built_at, b.built_via, b.built_by
         FROM monthly_bulletins b JOIN cities c ON c.id = b.city_id
        WHERE $1::uuid[] IS NULL OR b.city_id = ANY($1::uuid[])
        ORDER BY b.month DESC, c.code`,
      [cityIds],
    );
    return rows.map(summary);
  }

  async get(actor: Actor, month: string, ref: CityRef): Promise<Bulletin> {
    this.window(month);
    const city = await this.cities.resolve(actor, ref);
    const bulletin = await this.find(city.id, month);
    if (!bulletin) throw notFound(`bulletin of ${city.code} for ${month}`);
    return bulletin;
  }

  /** The stored bulletin as a workbook: the city's figures, and its districts in ranking order. */
  async workbook(actor: Actor, month: string, ref: CityRef): Promise<{ file: Buffer; city: BulletinCity }> {
    const { doc, city } = await this.document(actor, month, ref);
    return { file: await printWorkbook(doc), city };
  }

  /** The same bulletin as a page to print on A4: the city's figures, then the ranking on a landscape page. */
  async printable(actor: Actor, month: string, ref: CityRef): Promise<{ html: string; city: BulletinCity }> {
    const { doc, city } = await this.document(actor, month, ref);
    return { html: printHtml(doc), city };
  }

  private async document(actor: Actor, month: string, ref: CityRef): Promise<{ doc: PrintDocument; city: BulletinCity }> {
    const { content, city: bulletinCity } = await this.get(actor, month, ref);
    const [year, mm] = month.split('-').map(Number);
    const title = `${bulletinCity.name}老旧小区改造工作月通报（${year}年${mm}月）`;
    const label = (s: ProjectState) => lifecycleMachine.states[s].label.zh;
    const yuan = (fen: string): Money => ({ yuan: Number(centiToDecimal(BigInt(fen))) });
    const percent = (p: string | null) => (p === null ? '—' : Number(p));
    const c = content.city;

    const city: PrintSheet = {
      name: '全市',
      title,
      widths: [34, 20, 16],
      blocks: [
        {
          rows: [
            ['统计期间（北京时间）', `${month}-01 00:00 起至次月1日 00:00 止`],
            ['生成时间（北京时间）', chinaTime(content.builtAt)],
          ],
        },
        {
          header: ['指标', '数值'],
          rows: [
            ['项目总数', c.projects.total],
            ...PROJECT_STATES.map((s) => [`其中：${label(s)}`, c.projects.byState[s]]),
            ['本月开工项目', c.startedThisMonth],
            ['本月通过竣工验收项目', c.completedThisMonth],
            ['已纳入年度计划项目', c.completionRate.admitted],
            ['已通过竣工验收项目', c.completionRate.accepted],
            ['完成率（%）', percent(c.completionRate.percent)],
            ['逾期未报进度报告（月末）', c.overdue.reports],
            ['逾期未整改督导问题（月末）', c.overdue.findings],
            ['超过时限未化解投诉（月末）', c.overdue.complaints],
            ['逾期事项合计', c.overdue.total],
            ['资金预算（元）', yuan(c.funds.budgetFen)],
            ['已落实资金（元）', yuan(c.funds.raisedFen)],
            ['资金缺口（元）', yuan(c.funds.gapFen)],
          ],
        },
        {
          header: ['阶段', '本月结束的停留次数', '平均停留天数'],
          rows: PROJECT_STATES.map((s) => [label(s), c.averageDaysByStage[s].stays, c.averageDaysByStage[s].averageDays ?? '—']),
        },
      ],
    };

    const header = [
      '排名',
      '区县代码',
      '区县',
      '项目总数',
      '本月开工',
      '本月验收通过',
      '已纳入计划',
      '已通过验收',
      '完成率（%）',
      '逾期报告',
      '逾期问题',
      '超时投诉',
      '逾期合计',
      '资金预算（元）',
      '已落实资金（元）',
      '资金缺口（元）',
      ...PROJECT_STATES.map(label),
    ];
    const ranking: PrintSheet = {
      name: '各区排名',
      title: `${title}：各区县排名`,
      widths: header.map((h) => Math.max(10, h.length * 2 + 2)),
      landscape: true,
      blocks: [
        { text: `排名规则：${content.rankingRule.zh}` },
        {
          header,
          rows: content.districts.map((d) => [
            d.rank,
            d.code,
            d.name,
            d.projects.total,
            d.startedThisMonth,
            d.completedThisMonth,
            d.completionRate.admitted,
            d.completionRate.accepted,
            percent(d.completionRate.percent),
            d.overdue.reports,
            d.overdue.findings,
            d.overdue.complaints,
            d.overdue.total,
            yuan(d.funds.budgetFen),
            yuan(d.funds.raisedFen),
            yuan(d.funds.gapFen),
            ...PROJECT_STATES.map((s) => d.projects.byState[s]),
          ]),
        },
      ],
    };
    return { doc: { title, sheets: [city, ranking] }, city: bulletinCity };
  }

  private window(month: string): MonthWindow {
    const window = monthWindow(month);
    if (!window) throw monthRefused('MALFORMED', `${JSON.stringify(month)} is not a month written YYYY-MM`);
    return window;
  }

  private async cityById(cityId: string | undefined): Promise<CityEntity> {
    const [city]: CityEntity[] = cityId ? await this.db.query('SELECT id, code, name FROM cities WHERE id = $1', [cityId]) : [];
    if (!city) throw notFound('city');
    return city;
  }

  private async find(cityId: string, month: string, m: Pick<EntityManager, 'query'> = this.db.manager): Promise<Bulletin | null> {
    const [row]: BulletinRow[] = await m.query(`${SELECT_BULLETIN} WHERE b.city_id = $1 AND b.month = $2`, [cityId, month]);
    return row ? view(row) : null;
  }

  /** The city's districts ranked against each other; the city's figures are theirs added up. */
  private async compose(m: EntityManager, city: CityEntity, window: MonthWindow, now: Date): Promise<BulletinContent> {
    const ids: { id: string }[] = await m.query('SELECT id FROM districts WHERE city_id = $1', [city.id]);
    const districtIds = ids.map((d) => d.id);
    const figures = await districtFigures(m, { districtIds }, window.end);
    const events: { district_id: string; started: number; completed: number }[] = await m.query(
      `SELECT p.district_id,
              count(DISTINCT a.project_id) FILTER (WHERE a.action = 'START_CONSTRUCTION')::int AS started,
              count(DISTINCT a.project_id) FILTER (WHERE a.action = 'PASS_ACCEPTANCE')::int AS completed
         FROM audit_log a JOIN projects p ON p.id = a.project_id
        WHERE a.subject_type = 'project' AND a.to_state IS NOT NULL AND a.at >= $1 AND a.at < $2
          AND a.action IN ('START_CONSTRUCTION', 'PASS_ACCEPTANCE') AND p.district_id = ANY($3)
        GROUP BY p.district_id`,
      [window.start, window.end, districtIds],
    );
    // A stay in a state runs from the lifecycle entry that entered it to the one that left it; the
    // month counts the stays that ended within it.
    const stays: { district_id: string; state: ProjectState; stays: number; seconds: number }[] = await m.query(
      `SELECT p.district_id, e.from_state AS state, count(*)::int AS stays, sum(extract(epoch FROM e.at - prev.at))::float8 AS seconds
         FROM audit_log e
         JOIN projects p ON p.id = e.project_id
         CROSS JOIN LATERAL (
           SELECT a.at FROM audit_log a
            WHERE a.project_id = e.project_id AND a.subject_type = 'project' AND a.to_state IS NOT NULL AND (a.at, a.id) < (e.at, e.id)
            ORDER BY a.at DESC, a.id DESC LIMIT 1) prev
        WHERE e.subject_type = 'project' AND e.from_state IS NOT NULL AND e.to_state IS NOT NULL AND e.at >= $1 AND e.at < $2
          AND p.district_id = ANY($3)
        GROUP BY p.district_id, e.from_state`,
      [window.start, window.end, districtIds],
    );
    const standing: { district_id: string; admitted: number; accepted: number }[] = await m.query(
      `SELECT district_id,
              count(*) FILTER (WHERE coalesce(resume_state, state) = ANY($1))::int AS admitted,
              count(*) FILTER (WHERE coalesce(resume_state, state) = ANY($2))::int AS accepted
         FROM projects WHERE district_id = ANY($3) GROUP BY district_id`,
      [ADMITTED_STATES, ACCEPTED_STATES, districtIds],
    );

    const monthFigures = (districtIds: Set<string>): MonthFigures => {
      const mine = <T extends { district_id: string }>(rows: T[]) => rows.filter((r) => districtIds.has(r.district_id));
      const sum = <T extends { district_id: string }>(rows: T[], f: (r: T) => number) => mine(rows).reduce((s, r) => s + f(r), 0);
      const accepted = sum(standing, (r) => r.accepted);
      const admitted = sum(standing, (r) => r.admitted);
      const bp = completionBasisPoints(accepted, admitted);
      const averageDaysByStage = Object.fromEntries(
        PROJECT_STATES.map((s) => {
          const n = sum(stays, (r) => (r.state === s ? r.stays : 0));
          const seconds = sum(stays, (r) => (r.state === s ? r.seconds : 0));
          return [s, { stays: n, averageDays: n === 0 ? null : Math.round((seconds / n / DAY_SECONDS) * 10) / 10 }];
        }),
      ) as Record<ProjectState, StageTime>;
      return {
        startedThisMonth: sum(events, (r) => r.started),
        completedThisMonth: sum(events, (r) => r.completed),
        completionRate: {
          accepted,
          admitted,
          percent: bp === null ? null : `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`,
        },
        averageDaysByStage,
      };
    };

    const districts = rankDistricts(
      figures.map((f) => ({ ...f, ...monthFigures(new Set([f.id])) })),
      (d) => ({ code: d.code, admitted: d.completionRate.admitted, accepted: d.completionRate.accepted, overdue: d.overdue.total }),
    );
    return {
      month: window.month,
      period: { start: window.start.toISOString(), end: window.end.toISOString(), timeZone: CHINA_TIME_ZONE },
      builtAt: now.toISOString(),
      rankingRule: RANKING_RULE,
      city: { ...totalOf(figures), ...monthFigures(new Set(figures.map((f) => f.id))) },
      districts,
    };
  }
}

function summary(r: Omit<BulletinRow, 'content'>): Omit<Bulletin, 'content'> {
  return {
    month: r.month,
    city: { id: r.city_id, code: r.city_code, name: r.city_name },
    builtAt: r.built_at,
    builtVia: r.built_via,
    builtBy: r.built_by,
  };
}

function view(r: BulletinRow): Bulletin {
  return { ...summary(r), content: r.content };
}
