import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, COUNCIL, districtWithCompound, type Place } from './support/fixtures.js';

describe('project lifecycle from SURVEY to CONSULTATION', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let committee: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'walk');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    const res = await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201);
    projectId = res.body.id;
  });

  afterAll(() => api.close());

  it('walks SURVEY -> ORGANIZING -> CONSULTATION as the PM and the committee', async () => {
    const blocked = await api.http.get(`/projects/${projectId}/transitions`).set(pm.auth).expect(200);
    const complete = blocked.body.events.find((e: { event: string }) => e.event === 'COMPLETE_SURVEY');
    expect(complete).toMatchObject({ to: 'ORGANIZING', permitted: true, ready: false });
    expect(complete.guards.filter((g: { ok: boolean }) => !g.ok).map((g: { code: string }) => g.code)).toEqual([
      'SURVEY.BASE_DATA_INCOMPLETE',
      'SURVEY.ASSETS_MISSING',
      'SURVEY.WILLINGNESS_MISSING',
    ]);
    expect(complete.guards[0].practices).toContain('xiangtan-three-fold-survey');

    await api.http.put(`/projects/${projectId}/survey`).set(pm.auth).send(COMPLETE_SURVEY).expect(200);
    const organizing = await api.http
      .post(`/projects/${projectId}/transitions`)
      .set(pm.auth)
      .send({ event: 'COMPLETE_SURVEY' })
      .expect(200);
    expect(organizing.body.project).toMatchObject({ state: 'ORGANIZING', version: 2 });

    await api.http.post(`/projects/${projectId}/bodies`).set(committee.auth).send(COUNCIL).expect(201);
    const consultation = await api.http
      .post(`/projects/${projectId}/transitions`)
      .set(pm.auth)
      .send({ event: 'START_CONSULTATION' })
      .expect(200);
    expect(consultation.body.project.state).toBe('CONSULTATION');

    const history = await api.http.get(`/projects/${projectId}/history`).set(committee.auth).expect(200);
    const transitions = history.body.items.filter((e: { fromState: string | null }) => e.fromState);
    expect(
      transitions.map((e: { action: string; fromState: string; toState: string; actorId: string }) => [
        e.action,
        e.fromState,
        e.toState,
        e.actorId,
      ]),
    ).toEqual([
      ['COMPLETE_SURVEY', 'SURVEY', 'ORGANIZING', pm.id],
      ['START_CONSULTATION', 'ORGANIZING', 'CONSULTATION', pm.id],
    ]);
  });
});
