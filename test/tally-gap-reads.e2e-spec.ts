import { tally, type Candidate, type RuleProfile, type Totals, type VoteChoice } from '@app/domain';
import { RuleProfileCatalog } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

/**
 * The live tally reads only the households a failing condition's gap can name. Whatever it reads,
 * it must name the same households in the same order as the domain's tally over every household
 * not yet signed-agreeing, read here in full: ties by area and by standing, unit keys whose
 * code-point order is not their numeric or dictionary order, and gaps both within and beyond the
 * first read.
 */
describe('the gap households of a live tally', () => {
  let api: TestApi;
  let place: Place;
  let committee: User;
  let projectId: string;
  const N = 600;
  // Buildings named so that code-point order differs from numeric and from dictionary order.
  const BUILDINGS = ['1', '10', '2', '9', 'A', 'a', 'B', '甲'];
  const household = (i: number) => ({
    building: BUILDINGS[i % BUILDINGS.length]!,
    unit: `${1 + ((i >> 3) % 3)}`,
    room: `${101 + Math.floor(i / 24)}`,
    // Few distinct areas, so that many households tie on an area condition's gain.
    area: ['60.00', '80.50', '80.50', '95.25', '120.00'][i % 5]!,
  });

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'gap-reads');
    const admin = await api.user('ADMIN');
    const pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    const compoundId = (
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send({ districtId: place.districtId, name: '缺口小区', address: '测试路 5 号', buildYear: 1990 })
        .expect(201)
    ).body.id as string;
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [compoundId] });
    const roster = [
      '楼栋,单元,房号,面积',
      ...Array.from({ length: N }, (_, i) => household(i)).map((h) => `${h.building},${h.unit},${h.room},${h.area}`),
    ];
    await api.http
      .post(`/compounds/${compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster.join('\n')), 'roster.csv')
      .expect(200);
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId, name: '综合改造' }).expect(201)).body.id;
    await confirmRoster(api, compoundId, committee);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Opens a round under the profile and records, for household i, choice(i) (null: none). */
  async function round(ruleProfile: string, choice: (i: number) => { choice: VoteChoice; signed: boolean } | null): Promise<string> {
    const id = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'WILLINGNESS', title: '缺口', ruleProfile, ruleProfileReason: '业主大会议事规则' })
        .expect(201)
    ).body.id as string;
    await api.http.post(`/rounds/${id}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
    const zh = { AGREE: '同意', DISAGREE: '不同意', ABSTAIN: '弃权' };
    const lines = ['楼栋,单元,房号,意见,签字,方式,表单编号'];
    for (let i = 0; i < N; i++) {
      const v = choice(i);
      const h = household(i);
      if (v) lines.push(`${h.building},${h.unit},${h.room},${zh[v.choice]},${v.signed ? '是' : '否'},入户,G-${i}`);
    }
    await api.http
      .post(`/rounds/${id}/votes/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(lines.join('\n')), 'tally.csv')
      .expect(200);
    return id;
  }

  /** The domain's tally over every snapshot household not yet signed-agreeing, as the tally read them all before. */
  async function reference(roundId: string) {
    const [r] = await api.db.query('SELECT rule_profile FROM consultation_rounds WHERE id = $1', [roundId]);
    const profile: RuleProfile = await api.app.get(RuleProfileCatalog).get(r.rule_profile);
    const rows: { unit_key: string; area_centi: string; choice: VoteChoice | null; signed: boolean | null }[] = await api.db.query(
      `SELECT rh.unit_key, rh.area_centi, v.choice, v.signed FROM round_households rh
         LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id WHERE rh.round_id = $1`,
      [roundId],
    );
    const sum = (xs: typeof rows) => ({ headcount: BigInt(xs.length), areaCenti: xs.reduce((a, x) => a + BigInt(x.area_centi), 0n) });
    const totals: Totals = {
      ALL: sum(rows),
      PARTICIPANTS: sum(rows.filter((x) => x.choice !== null)),
      AGREE: sum(rows.filter((x) => x.choice === 'AGREE')),
      SIGNED_AGREE: sum(rows.filter((x) => x.choice === 'AGREE' && x.signed)),
    };
    const candidates: Candidate[] = rows
      .filter((x) => !(x.choice === 'AGREE' && x.signed))
      .map((x) => ({ unitKey: x.unit_key, areaCenti: BigInt(x.area_centi), choice: x.choice }));
    return { profile, totals, result: tally(profile, totals, candidates) };
  }

  // Deterministic mixes: household i's standing from a small hash of i.
  const mix = (i: number, seed: number) => ((i * 2654435761 + seed * 40503) >>> 0) % 1000;
  const voting = (answer: number, agree: number, signed: number, seed: number) => (i: number) => {
    const x = mix(i, seed);
    if (x >= answer) return null;
    const y = mix(i, seed + 1);
    return y < agree
      ? { choice: 'AGREE' as const, signed: mix(i, seed + 2) < signed }
      : { choice: y < agree + (1000 - agree) / 2 ? ('DISAGREE' as const) : ('ABSTAIN' as const), signed: false };
  };

  it.each([
    // [profile, answered per mille, agreeing of those, signed of agreeing]
    ['civil-code-278-major', 640, 740, 900], // every condition a few short: within the first read
    ['civil-code-278-major', 350, 600, 900], // hundreds short by headcount and by area: read again
    ['civil-code-278-ordinary', 500, 480, 700],
    ['changsha-two-80', 900, 790, 970], // a few short of 80% agreeing
    ['changsha-two-80', 700, 500, 600], // both conditions far short
  ] as const)(
    '%s, %d‰ answered, %d‰ of them agreeing, %d‰ of those signed: the same gap as over every household',
    async (profile, answer, agree, signed) => {
      const id = await round(profile, voting(answer, agree, signed, answer + agree));
      const { result } = await reference(id);
      const live = (await api.http.get(`/rounds/${id}/tally`).set(committee.auth).expect(200)).body;
      expect(live.result).toBe(result.result);
      expect(live.conditions).toEqual(result.conditions);
      expect(live.conditions.some((c: { passed: boolean }) => !c.passed)).toBe(true);
    },
  );

  it('names the households of a gap longer than the first read, as a read of every household would', async () => {
    const id = await round('civil-code-278-major', voting(200, 500, 500, 7));
    const { result } = await reference(id);
    // The tally's first read takes 128 of each kind per condition.
    expect(result.conditions.filter((c) => (c.gap ?? 0) > 128).map((c) => c.weight)).toEqual(expect.arrayContaining(['AREA', 'HEADCOUNT']));
    const live = (await api.http.get(`/rounds/${id}/tally`).set(committee.auth).expect(200)).body;
    expect(live.conditions.map((c: { gapHouseholds: unknown }) => c.gapHouseholds)).toEqual(result.conditions.map((c) => c.gapHouseholds));
  });
});
