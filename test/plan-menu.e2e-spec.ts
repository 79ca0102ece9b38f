import { MANDATORY_ITEMS } from '@app/domain';
import { startApi, type TestApi } from './support/api.js';
import { concludedRound, confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

const item = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  name: key,
  category: 'BASIC',
  quantity: 1,
  unit: '项',
  unitPrice: 10000,
  paidBy: 'GOVERNMENT',
  required: true,
  ...extra,
});

/** Residents pick optional items with their vote (由居民点菜); the next plan version follows the majority. */
describe('the menu of optional items, and the funding ledger', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let committee: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;
  let roundId: string;
  let households: { id: string }[];

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'menu');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    const roster = ['楼栋,单元,房号,面积', ...Array.from({ length: 6 }, (_, i) => `1,1,${101 + i},80`)].join('\n');
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'r.csv')
      .expect(200);
    households = (await api.http.get(`/compounds/${place.compoundId}/households`).set(committee.auth).expect(200)).body.items;
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    // The stages before DESIGN are walked in consent-walk.e2e-spec.ts; here the project starts in DESIGN.
    await api.db.query(`UPDATE projects SET state = 'DESIGN' WHERE id = $1`, [projectId]);
  });

  afterAll(() => api.close());

  it('counts an optional item in only when more than half of the respondents chose it', async () => {
    const items = [
      ...MANDATORY_ITEMS.map((kind) => item(kind.toLowerCase().replace(/_/g, '-'), { kind })),
      item('ev-charging', { required: false, category: 'IMPROVEMENT', paidBy: 'RESIDENTS', unitPrice: 2000 }),
      item('facade-paint', { required: false, category: 'UPGRADE' }),
    ];
    await api.http
      .post(`/projects/${projectId}/plans`)
      .set(pm.auth)
      .send({ items, sections: { residentOpinions: '入户征求意见' } })
      .expect(201);
    roundId = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'PLAN', title: '方案第一轮', planVersion: 1 })
        .expect(201)
    ).body.id;
    await confirmRoster(api, place.compoundId, committee);
    await api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);

    const vote = (i: number, chosenItems: string[]) =>
      api.http
        .post(`/rounds/${roundId}/votes`)
        .set(committee.auth)
        .send({ householdId: households[i].id, choice: 'AGREE', signed: true, channel: 'MEETING', chosenItems });
    // ev-charging: 4 of 6 (in); facade-paint: 3 of 6, exactly half (out).
    const picks = [
      ['ev-charging', 'facade-paint'],
      ['ev-charging', 'facade-paint'],
      ['ev-charging', 'facade-paint'],
      ['ev-charging'],
      [],
      [],
    ];
    for (const [i, chosen] of picks.entries()) await vote(i, chosen).expect(200);

    const unknown = await vote(0, ['rain-sewage-separation']).expect(422);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'chosenItems', code: 'NOT_OPTIONAL_ITEM' });
    // The same choices in another order are the same vote.
    expect((await vote(0, ['facade-paint', 'ev-charging']).expect(200)).body.changed).toBe(false);

    const outcome = await api.http.get(`/rounds/${roundId}/item-choices`).set(pm.auth).expect(200);
    expect(outcome.body).toEqual({
      respondents: 6,
      items: [
        { key: 'ev-charging', name: 'ev-charging', chosen: 4, included: true },
        { key: 'facade-paint', name: 'facade-paint', chosen: 3, included: false },
      ],
    });
    const verify = await api.http.get(`/rounds/${roundId}/ledger/verify`).set(pm.auth).expect(200);
    expect(verify.body).toMatchObject({ ok: true, count: 6 });
  });

  it('detects a rewritten item choice in the ledger', async () => {
    await api.db.query('ALTER TABLE vote_ledger DISABLE TRIGGER vote_ledger_append_only');
    await api.db.query(`UPDATE vote_ledger SET chosen_items = '{}' WHERE round_id = $1 AND seq = 4`, [roundId]);
    await api.db.query('ALTER TABLE vote_ledger ENABLE TRIGGER vote_ledger_append_only');
    const verify = await api.http.get(`/rounds/${roundId}/ledger/verify`).set(pm.auth).expect(200);
    expect(verify.body).toMatchObject({ ok: false, brokenAt: 4, reason: 'HASH' });
  });

  it('carries the majority into the next version: chosen items become required, the others leave', async () => {
    const early = await api.http.post(`/projects/${projectId}/plans`).set(pm.auth).send({ applyChoicesFrom: roundId }).expect(422);
    expect(early.body.errors[0].code).toBe('NOT_A_CLOSED_PLAN_ROUND');
    await api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event: 'CLOSE' }).expect(200);
    const v2 = await api.http
      .post(`/projects/${projectId}/plans`)
      .set(pm.auth)
      .send({ applyChoicesFrom: roundId, changeNote: '按居民选择调整' })
      .expect(201);
    const keys = v2.body.items.map((i: { key: string }) => i.key);
    expect(keys).toContain('ev-charging');
    expect(keys).not.toContain('facade-paint');
    expect(v2.body.items.find((i: { key: string }) => i.key === 'ev-charging').required).toBe(true);
    expect(v2.body.budget).toBe('52000.00');
  });

  it('keeps one account: committed, received, the gap against the current plan, and what residents pay', async () => {
    const over = await api.http
      .put(`/projects/${projectId}/planning/funding`)
      .set(pm.auth)
      .send({ budget: 52000, sources: [{ source: 'LOCAL_BUDGET', amount: 30000, received: 30000.01 }] })
      .expect(422);
    expect(over.body.errors[0].code).toBe('RECEIVED_EXCEEDS_COMMITTED');
    const res = await api.http
      .put(`/projects/${projectId}/planning/funding`)
      .set(pm.auth)
      .send({
        budget: 52000,
        sources: [
          { source: 'LOCAL_BUDGET', amount: 48000, received: 20000 },
          { source: 'RESIDENTS', amount: 1500 },
        ],
      })
      .expect(200);
    expect(res.body.funding).toMatchObject({
      budget: '52000.00',
      raised: '49500.00',
      received: '20000.00',
      planBudget: '52000.00',
      planGap: '2500.00',
      residentsItems: '2000.00',
      residentsCommitted: '1500.00',
    });
  });

  it('takes social capital for public space only once the owners entrusted it in a PUBLIC_SPACE_OPERATION round', async () => {
    const funding = (social: Record<string, unknown>) =>
      api.http
        .put(`/projects/${projectId}/planning/funding`)
        .set(pm.auth)
        .send({
          budget: 52000,
          sources: [
            { source: 'LOCAL_BUDGET', amount: 48000 },
            { source: 'SOCIAL_CAPITAL', amount: 4000, ...social },
          ],
        });
    const codes = (res: { body: { errors: { code: string }[] } }) => res.body.errors.map((e) => e.code);
    const committed = async () => (await api.http.get(`/projects/${projectId}/planning`).set(pm.auth).expect(200)).body.funding.raised;
    const before = await committed();

    expect(codes(await funding({}).expect(422))).toEqual(['PUBLIC_SPACE_UNSTATED']);
    const notSocial = await api.http
      .put(`/projects/${projectId}/planning/funding`)
      .set(pm.auth)
      .send({ budget: 52000, sources: [{ source: 'RESIDENTS', amount: 1, publicSpace: false }] })
      .expect(422);
    expect(codes(notSocial)).toEqual(['NOT_SOCIAL_CAPITAL']);
    const unvoted = await funding({ publicSpace: true }).expect(422);
    expect(unvoted.body.errors).toEqual([
      expect.objectContaining({
        code: 'CONSENT.PUBLIC_SPACE_NOT_VOTED',
        practices: expect.arrayContaining(['xiangtan-units-competitive-admission', 'changsha-cost-sharing-space-rights']),
      }),
    ]);
    expect(await committed()).toBe(before);

    // Social capital that runs no common part needs no vote.
    const plain = (await funding({ publicSpace: false }).expect(200)).body.funding.sources;
    expect(plain.find((x: { source: string }) => x.source === 'SOCIAL_CAPITAL')).toMatchObject({
      publicSpace: false,
      consentRoundId: null,
    });

    const roundId = await concludedRound(api, projectId, 'PUBLIC_SPACE_OPERATION', committee);
    const sources = (await funding({ publicSpace: true, note: '停车场与广告位经营权' }).expect(200)).body.funding.sources;
    expect(sources.find((x: { source: string }) => x.source === 'SOCIAL_CAPITAL')).toMatchObject({
      publicSpace: true,
      consentRoundId: roundId,
    });
    expect(sources.find((x: { source: string }) => x.source === 'LOCAL_BUDGET')).toMatchObject({ publicSpace: null, consentRoundId: null });
  });
});
