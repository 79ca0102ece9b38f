import { LIFECYCLE_MAIN_LINE, type ProjectState } from '@app/domain';
import type pg from 'pg';
import { clamp, Prng } from './prng.js';
import { seedSupervision, type SeededProject, type SupervisionSummary } from './supervision.js';

/**
 * A city at the scale of Changsha: 6 districts, 1,450 old compounds, about 250,000 households,
 * one project per compound in an assorted lifecycle state. Deterministic for a given seed.
 * Households carry no personal data (owner name and phone are NULL).
 */

/** The city row; its districts carry Changsha's administrative codes, the city its own. */
export const SEED_CITY = { code: '430100', name: '长沙市' };
export const DEFAULT_SEED = 20260601;
export const TOTAL_COMPOUNDS = 1_450;
export const TOTAL_HOUSEHOLDS = 250_000;
/** The one compound the tally benchmark looks for: 5,000 households, its project in CONSULTATION. */
export const TALLY_BENCH_COMPOUND_NAME = '砂子塘新村（计票基准）';
export const TALLY_BENCH_HOUSEHOLDS = 5_000;

const ADVISORY_LOCK = 727_100;
const HOUSEHOLD_BATCH = 20_000;

interface DistrictDef {
  code: string;
  name: string;
  compounds: number;
  lat: number;
  lon: number;
  roads: string[];
}

/** The six districts, with their administrative codes, rough centres and some of their streets. */
export const DISTRICTS: DistrictDef[] = [
  {
    code: '430102',
    name: '芙蓉区',
    compounds: 280,
    lat: 28.193,
    lon: 113.0,
    roads: ['五一大道', '韶山北路', '八一路', '解放东路', '人民中路', '车站北路', '晚报大道', '蔡锷中路', '建湘路', '远大一路'],
  },
  {
    code: '430103',
    name: '天心区',
    compounds: 260,
    lat: 28.114,
    lon: 112.99,
    roads: ['劳动西路', '书院路', '芙蓉南路', '韶山南路', '城南西路', '黄兴南路', '新开铺路', '友谊路', '湘府西路', '坡子街'],
  },
  {
    code: '430104',
    name: '岳麓区',
    compounds: 250,
    lat: 28.235,
    lon: 112.93,
    roads: ['麓山路', '枫林一路', '岳麓大道', '桐梓坡路', '银盆南路', '潇湘中路', '阜埠河路', '咸嘉湖路', '望月湖路', '金星中路'],
  },
  {
    code: '430105',
    name: '开福区',
    compounds: 270,
    lat: 28.256,
    lon: 112.985,
    roads: ['湘春路', '营盘东路', '北二环', '三一大道', '伍家岭路', '四方坪路', '芙蓉北路', '湘江中路', '德雅路', '中山路'],
  },
  {
    code: '430111',
    name: '雨花区',
    compounds: 300,
    lat: 28.135,
    lon: 113.035,
    roads: ['劳动东路', '曙光中路', '万家丽中路', '韶山中路', '井湾路', '洞井路', '雨花亭路', '圭塘路', '木莲路', '长沙大道'],
  },
  {
    code: '430112',
    name: '望城区',
    compounds: 90,
    lat: 28.347,
    lon: 112.82,
    roads: ['郭亮中路', '雷锋大道', '金星北路', '旺旺路', '高塘岭路', '普瑞大道', '月亮岛路', '沿江大道'],
  },
];

const PLACES = [
  '东塘',
  '左家塘',
  '砂子塘',
  '侯家塘',
  '袁家岭',
  '窑岭',
  '黄土岭',
  '金盆岭',
  '新开铺',
  '裕南',
  '桂花坪',
  '望月湖',
  '桃子湖',
  '银盆岭',
  '溁湾',
  '观沙岭',
  '伍家岭',
  '清水塘',
  '四方坪',
  '洪山',
  '井湾子',
  '圭塘',
  '洞井',
  '高桥',
  '马王堆',
  '浏城桥',
  '荷花池',
  '湘春',
  '韭菜园',
  '识字岭',
  '曙光',
  '朝阳',
  '雨花亭',
  '红星',
  '南湖',
  '白沙',
  '书院',
  '麓山',
  '高塘岭',
  '月亮岛',
  '丁字湾',
  '五里牌',
  '火星',
  '东屯渡',
  '烈士公园',
  '文艺路',
  '芙蓉',
  '晓园',
];
const PLACE_SUFFIXES = ['小区', '新村', '花园', '苑', '公寓', '一村', '二村', '北区', '南区', '社区'];
const WORK_UNITS = [
  '省机械厂',
  '市纺织厂',
  '湘江机械厂',
  '省建工集团',
  '市自来水公司',
  '省电力公司',
  '市第一医院',
  '省地质局',
  '铁路局',
  '市一中',
  '师范学院',
  '冶金设计院',
  '省邮电局',
  '市食品公司',
  '省粮食局',
  '市公交公司',
  '省印刷厂',
  '市轻工局',
  '省农科院',
  '市园林局',
  '卷烟厂',
  '日报社',
  '省水利厅',
  '市百货公司',
];
const WORK_UNIT_SUFFIXES = ['宿舍', '家属区', '生活区', '职工宿舍'];
const PHASES = ['二期', '三期', '四期', '五期', '六期', '七期', '八期', '九期', '十期'];

/** How the 1,450 projects spread over the lifecycle (eligible compounds). */
const STATE_WEIGHTS: Record<ProjectState, number> = {
  SURVEY: 20,
  ORGANIZING: 12,
  CONSULTATION: 12,
  APPLIED: 8,
  PLANNED: 8,
  DESIGN: 7,
  JOINT_REVIEW: 4,
  PERMITTING: 4,
  CONSTRUCTION: 12,
  ACCEPTANCE: 4,
  ARCHIVING: 2,
  LONG_TERM: 3,
  CLOSED: 2,
  ON_HOLD: 1,
  CANCELLED: 1,
};

export interface CompoundOverrides {
  name?: string;
  households?: number;
  buildYear?: number;
  buildings?: number;
  unitsPerBuilding?: number;
  doorsPerFloor?: number;
  projectState?: ProjectState;
}

interface CompoundPlan {
  id: string;
  name: string;
  address: string;
  buildYear: number;
  households: number;
  buildings: number;
  unitsPerBuilding: number;
  doorsPerFloor: number;
  /** Floor area of each door position's layout, in m² (the same layout on every floor). */
  layouts: number[];
  hasElevator: boolean;
  inShantytownPlan: boolean;
  dangerRating: 'A' | 'B' | 'C' | 'D';
  latitude: string;
  longitude: string;
  project: {
    state: ProjectState;
    resumeState: ProjectState | null;
    ruleProfile: string;
    version: number;
    createdAt: Date;
    updatedAt: Date;
  };
}

export interface SeedSummary {
  city: string;
  districts: number;
  compounds: number;
  households: number;
  projects: number;
  byState: Record<string, number>;
  tallyBenchCompoundId: string;
  tallyBenchProjectId: string;
  supervision: SupervisionSummary;
  seconds: number;
}

export interface SeedOptions {
  seed?: number;
  log?: (line: string) => void;
}

/** Households of one compound, and the floor-area sum in hundredths of m². */
function householdsOf(prng: Prng, plan: CompoundPlan, sink: HouseholdSink): bigint {
  const { households, buildings, unitsPerBuilding: units, doorsPerFloor: doors } = plan;
  let areaCenti = 0n;
  for (let b = 0; b < buildings; b++) {
    const inBuilding = Math.floor(households / buildings) + (b < households % buildings ? 1 : 0);
    for (let u = 0; u < units; u++) {
      const inUnit = Math.floor(inBuilding / units) + (u < inBuilding % units ? 1 : 0);
      for (let k = 0; k < inUnit; k++) {
        const floor = Math.floor(k / doors) + 1;
        const door = (k % doors) + 1;
        // The same layout on every floor, give or take the surveyor's tape.
        const area = clamp(plan.layouts[door - 1] + prng.normal(0, 0.8), 40, 140);
        const centi = Math.round(area * 100);
        areaCenti += BigInt(centi);
        sink.push(plan.id, String(b + 1), String(u + 1), `${floor}${String(door).padStart(2, '0')}`, centi);
      }
    }
  }
  return areaCenti;
}

const centiText = (c: bigint | number) => {
  const v = BigInt(c);
  return `${v / 100n}.${String(v % 100n).padStart(2, '0')}`;
};

/** Rows waiting for one multi-row INSERT ... SELECT FROM unnest(...). */
class HouseholdSink {
  compoundIds: string[] = [];
  buildings: string[] = [];
  units: string[] = [];
  rooms: string[] = [];
  areas: string[] = [];
  written = 0;

  constructor(private readonly client: pg.ClientBase) {}

  push(compoundId: string, building: string, unit: string, room: string, areaCenti: number): void {
    this.compoundIds.push(compoundId);
    this.buildings.push(building);
    this.units.push(unit);
    this.rooms.push(room);
    this.areas.push(centiText(areaCenti));
  }

  get pending(): number {
    return this.compoundIds.length;
  }

  async flush(): Promise<void> {
    for (let i = 0; i < this.pending; i += HOUSEHOLD_BATCH) {
      const part = <T>(a: T[]) => a.slice(i, i + HOUSEHOLD_BATCH);
      await this.client.query(
        `INSERT INTO households (compound_id, building, unit, room, floor_area)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::numeric[])`,
        [part(this.compoundIds), part(this.buildings), part(this.units), part(this.rooms), part(this.areas)],
      );
    }
    this.written += this.pending;
    this.compoundIds = [];
    this.buildings = [];
    this.units = [];
    this.rooms = [];
    this.areas = [];
  }
}

function buildYear(prng: Prng): number {
  const era = prng.weighted({ early: 20, middle: 45, late: 32, after: 3 });
  switch (era) {
    case 'early':
      return prng.int(1975, 1984);
    case 'middle':
      return prng.int(1985, 1994);
    case 'late':
      return prng.int(1995, 2000);
    case 'after':
      return prng.int(2001, 2005);
  }
}

function projectFor(prng: Prng, year: number, forced?: ProjectState): CompoundPlan['project'] {
  // Compounds built after 2000 are not eligible without an approved exception: surveyed, or dropped.
  const state: ProjectState = forced ?? (year > 2000 ? (prng.chance(0.7) ? 'SURVEY' : 'CANCELLED') : prng.weighted(STATE_WEIGHTS));
  const resumeState: ProjectState | null = state === 'ON_HOLD' ? prng.pick<ProjectState>(['DESIGN', 'PERMITTING', 'CONSTRUCTION']) : null;
  const step = LIFECYCLE_MAIN_LINE.indexOf(resumeState ?? state);
  const version = state === 'CANCELLED' ? prng.int(2, 4) : step + 1 + (state === 'ON_HOLD' ? 1 : 0) + (prng.chance(0.1) ? 2 : 0);
  const createdAt = new Date(Date.UTC(2019, 0, 1) + prng.int(0, 6 * 365) * 86_400_000 + prng.int(0, 86_399) * 1000);
  const updatedAt = new Date(Math.min(createdAt.getTime() + prng.int(0, 900) * 86_400_000, Date.UTC(2026, 4, 31)));
  return {
    state,
    resumeState,
    ruleProfile: prng.chance(0.85) ? 'changsha-two-80' : 'civil-code-278-major',
    version,
    createdAt,
    updatedAt: updatedAt < createdAt ? createdAt : updatedAt,
  };
}

class Names {
  private readonly used = new Map<string, number>();

  constructor(private readonly prng: Prng) {}

  next(): string {
    const base = this.prng.chance(0.35)
      ? `${this.prng.pick(WORK_UNITS)}${this.prng.pick(WORK_UNIT_SUFFIXES)}`
      : `${this.prng.pick(PLACES)}${this.prng.pick(PLACE_SUFFIXES)}`;
    return this.unique(base);
  }

  unique(base: string): string {
    const n = this.used.get(base) ?? 0;
    this.used.set(base, n + 1);
    return n === 0 ? base : `${base}${PHASES[n - 1] ?? `${n + 1}期`}`;
  }
}

function planCompound(prng: Prng, names: Names, district: DistrictDef, households: number, o: CompoundOverrides = {}): CompoundPlan {
  const year = o.buildYear ?? buildYear(prng);
  const buildings = o.buildings ?? clamp(Math.round(households / prng.uniform(24, 60)), 1, 40);
  const doors = o.doorsPerFloor ?? (prng.chance(0.8) ? 2 : prng.int(3, 4));
  const floorsHint = year < 1995 ? prng.int(5, 7) : prng.pick([6, 7, 7, 9, 11, 18]);
  const units = o.unitsPerBuilding ?? clamp(Math.ceil(households / buildings / (floorsHint * doors)), 1, 6);
  // Older flats are smaller: a compound's typical flat grows with the build year.
  const typical = clamp(50 + (year - 1975) * 1.1 + prng.normal(0, 7), 42, 100);
  const layouts = Array.from({ length: doors }, () =>
    prng.chance(0.02) ? prng.uniform(110, 140) : clamp(prng.normal(typical, typical * 0.15), 40, 140),
  );
  const project = projectFor(prng, year, o.projectState);
  return {
    id: prng.uuid(),
    name: o.name ? names.unique(o.name) : names.next(),
    address: `${district.name}${prng.pick(district.roads)}${prng.int(1, 600)}号`,
    buildYear: year,
    households,
    buildings,
    unitsPerBuilding: units,
    doorsPerFloor: doors,
    layouts,
    hasElevator: prng.chance(year >= 1998 ? 0.15 : 0.02),
    inShantytownPlan: prng.chance(0.02),
    dangerRating: prng.weighted({ A: 10, B: 55, C: 30, D: 5 }),
    latitude: (district.lat + prng.normal(0, 0.02)).toFixed(6),
    longitude: (district.lon + prng.normal(0, 0.02)).toFixed(6),
    project,
  };
}

/** Households per compound: log-normal around a median of 150 within 20..2,000, scaled to the city total. */
function householdCounts(prng: Prng, n: number, total: number): number[] {
  const raw = Array.from({ length: n }, () => clamp(prng.logNormal(150, 0.55), 20, 2000));
  const scale = total / raw.reduce((s, x) => s + x, 0);
  const counts = raw.map((x) => clamp(Math.round(x * scale), 20, 2000));
  let diff = total - counts.reduce((s, x) => s + x, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % n) {
    const step = Math.sign(diff);
    if (counts[i] + step >= 20 && counts[i] + step <= 2000) {
      counts[i] += step;
      diff -= step;
    }
  }
  return counts;
}

/** Writes compounds, their projects and households; returns the project ids by compound id. */
async function writeCompounds(client: pg.ClientBase, districtId: string, plans: CompoundPlan[], prng: Prng): Promise<Map<string, string>> {
  const sink = new HouseholdSink(client);
  const areas = plans.map((p) => householdsOf(prng, p, sink));
  const col = <T>(f: (p: CompoundPlan, i: number) => T) => plans.map(f);
  await client.query(
    `INSERT INTO compounds (id, district_id, name, address, build_year, buildings, households, floor_area, has_elevator,
                            in_shantytown_plan, danger_rating, latitude, longitude)
     SELECT u.id, $1, u.name, u.address, u.build_year, u.buildings, u.households, u.floor_area, u.has_elevator,
            u.in_shantytown_plan, u.danger_rating, u.latitude, u.longitude
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::numeric[], $9::bool[], $10::bool[],
                   $11::text[], $12::numeric[], $13::numeric[])
         AS u(id, name, address, build_year, buildings, households, floor_area, has_elevator, in_shantytown_plan, danger_rating,
              latitude, longitude)`,
    [
      districtId,
      col((p) => p.id),
      col((p) => p.name),
      col((p) => p.address),
      col((p) => p.buildYear),
      col((p) => p.buildings),
      col((p) => p.households),
      col((_, i) => centiText(areas[i])),
      col((p) => p.hasElevator),
      col((p) => p.inShantytownPlan),
      col((p) => p.dangerRating),
      col((p) => p.latitude),
      col((p) => p.longitude),
    ],
  );
  const projects: { id: string; compound_id: string }[] = (
    await client.query(
      `INSERT INTO projects (compound_id, district_id, name, state, resume_state, rule_profile, version, created_at, updated_at)
       SELECT u.compound_id, $1, u.name, u.state, u.resume_state, u.rule_profile, u.version, u.created_at, u.updated_at
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::timestamptz[], $9::timestamptz[])
           AS u(compound_id, name, state, resume_state, rule_profile, version, created_at, updated_at)
       RETURNING id, compound_id`,
      [
        districtId,
        col((p) => p.id),
        col((p) => `${p.name}综合改造`),
        col((p) => p.project.state),
        col((p) => p.project.resumeState),
        col((p) => p.project.ruleProfile),
        col((p) => p.project.version),
        col((p) => p.project.createdAt.toISOString()),
        col((p) => p.project.updatedAt.toISOString()),
      ],
    )
  ).rows;
  // Each project covers its one compound, as its lead; a closed or cancelled one has let it go.
  await client.query(
    `INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at, released_at)
     SELECT id, compound_id, district_id, true, 1, created_at, CASE WHEN state IN ('CLOSED', 'CANCELLED') THEN updated_at END
       FROM projects WHERE id = ANY($1::uuid[])`,
    [projects.map((p) => p.id)],
  );
  await sink.flush();
  return new Map(projects.map((r) => [r.compound_id, r.id]));
}

/** True when this generator's city is already in the database. */
export async function cityExists(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query(
    'SELECT 1 FROM districts d JOIN cities c ON c.id = d.city_id WHERE c.name = $1 AND d.code = ANY($2) LIMIT 1',
    [SEED_CITY.name, DISTRICTS.map((d) => d.code)],
  );
  return rows.length > 0;
}

/**
 * Fills a migrated database with the city, in one transaction. Returns null, changing nothing,
 * when the city is already there.
 */
export async function seedCity(client: pg.ClientBase, options: SeedOptions = {}): Promise<SeedSummary | null> {
  const log = options.log ?? ((line: string) => console.log(line));
  const prng = new Prng(options.seed ?? DEFAULT_SEED);
  const names = new Names(prng);
  const started = performance.now();
  const counts = householdCounts(prng, TOTAL_COMPOUNDS - 1, TOTAL_HOUSEHOLDS - TALLY_BENCH_HOUSEHOLDS);
  const byState: Record<string, number> = {};
  let households = 0;
  let compounds = 0;
  let tally: { compoundId: string; projectId: string } | null = null;
  const districtIds: string[] = [];
  const seeded: SeededProject[] = [];
  let supervision: SupervisionSummary;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK]);
    if (await cityExists(client)) {
      await client.query('ROLLBACK');
      return null;
    }
    const { rows: cityRows } = await client.query(
      `INSERT INTO cities (code, name) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [SEED_CITY.code, SEED_CITY.name],
    );
    const cityId: string = cityRows[0].id;
    let next = 0;
    for (const district of DISTRICTS) {
      const t0 = performance.now();
      const { rows } = await client.query('INSERT INTO districts (code, name, city_id) VALUES ($1, $2, $3) RETURNING id', [
        district.code,
        district.name,
        cityId,
      ]);
      const districtId: string = rows[0].id;
      districtIds.push(districtId);
      const withTallyCompound = district.code === '430111';
      const plans: CompoundPlan[] = [];
      for (let i = 0; i < district.compounds - (withTallyCompound ? 1 : 0); i++)
        plans.push(planCompound(prng, names, district, counts[next++]));
      if (withTallyCompound) {
        plans.push(
          planCompound(prng, names, district, TALLY_BENCH_HOUSEHOLDS, {
            name: TALLY_BENCH_COMPOUND_NAME,
            buildYear: 1992,
            buildings: 40,
            unitsPerBuilding: 3,
            doorsPerFloor: 2,
            projectState: 'CONSULTATION',
          }),
        );
      }
      const projectIds = await writeCompounds(client, districtId, plans, prng);
      for (const p of plans) {
        const { state, resumeState, createdAt } = p.project;
        seeded.push({ id: projectIds.get(p.id)!, districtId, compoundId: p.id, state, resumeState, households: p.households, createdAt });
      }
      if (withTallyCompound) {
        const compoundId = plans[plans.length - 1].id;
        tally = { compoundId, projectId: projectIds.get(compoundId)! };
      }
      const inDistrict = plans.reduce((s, p) => s + p.households, 0);
      for (const p of plans) byState[p.project.state] = (byState[p.project.state] ?? 0) + 1;
      households += inDistrict;
      compounds += plans.length;
      log(
        `  ${district.name} (${district.code}): ${plans.length} compounds, ${inDistrict.toLocaleString('en-US')} households, ` +
          `${plans.length} projects in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    const t0 = performance.now();
    supervision = await seedSupervision(client, prng, districtIds, seeded);
    log(
      `  plans, funds and supervision: ${supervision.fundingPlans} funding plans, ${supervision.reports} progress reports, ` +
        `${supervision.findings} findings, ${supervision.complaints} complaints in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
  await client.query(
    'ANALYZE districts, compounds, households, projects, project_admissions, funding_plans, funding_sources, progress_reports, findings, complaints',
  );
  return {
    city: SEED_CITY.name,
    districts: DISTRICTS.length,
    compounds,
    households,
    projects: compounds,
    byState,
    tallyBenchCompoundId: tally!.compoundId,
    tallyBenchProjectId: tally!.projectId,
    supervision,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The tally-benchmark compound of a seeded city and its active project. */
export async function findTallyBenchCompound(
  client: pg.ClientBase,
): Promise<{ compoundId: string; projectId: string; districtId: string }> {
  const { rows } = await client.query(
    `SELECT c.id AS compound_id, p.id AS project_id, c.district_id FROM compounds c
       JOIN projects p ON p.compound_id = c.id AND p.state NOT IN ('CLOSED', 'CANCELLED')
      WHERE c.name = $1`,
    [TALLY_BENCH_COMPOUND_NAME],
  );
  if (rows.length !== 1) throw new Error(`the seeded compound "${TALLY_BENCH_COMPOUND_NAME}" was not found; run seed:scale first`);
  return { compoundId: rows[0].compound_id, projectId: rows[0].project_id, districtId: rows[0].district_id };
}

/**
 * One more compound of a given size in an existing district, with a project in the given state,
 * for benchmarks that need a bigger roster than the city has (e.g. 100,000 households).
 */
export async function addCompound(
  client: pg.ClientBase,
  districtId: string,
  overrides: CompoundOverrides & { households: number; name: string },
  seed = DEFAULT_SEED + 1,
): Promise<{ compoundId: string; projectId: string }> {
  const prng = new Prng(seed);
  const { rows } = await client.query('SELECT code, name FROM districts WHERE id = $1', [districtId]);
  if (!rows[0]) throw new Error(`no district ${districtId}`);
  const def = DISTRICTS.find((d) => d.code === rows[0].code) ?? { ...DISTRICTS[0], code: rows[0].code, name: rows[0].name };
  const plan = planCompound(prng, new Names(prng), def, overrides.households, overrides);
  await client.query('BEGIN');
  try {
    const projects = await writeCompounds(client, districtId, [plan], prng);
    await client.query('COMMIT');
    await client.query('ANALYZE households');
    return { compoundId: plan.id, projectId: projects.get(plan.id)! };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
