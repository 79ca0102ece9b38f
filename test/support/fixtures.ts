import { chinaDate } from '@app/domain';
import { DeadlineRunner } from '@app/workflow';
import type { TestApi } from './api.js';

export interface Place {
  districtId: string;
  compoundId: string;
}

/** The city of that code, created by an admin over HTTP unless it exists. */
export async function cityOf(
  api: TestApi,
  admin: { auth: { Authorization: string } },
  code = 'changsha',
  name = '长沙市',
): Promise<string> {
  const cities: { id: string; code: string }[] = (await api.http.get('/cities').set(admin.auth).expect(200)).body;
  return (
    cities.find((c) => c.code === code)?.id ?? (await api.http.post('/cities').set(admin.auth).send({ code, name }).expect(201)).body.id
  );
}

/** A district with one compound, created by an admin over HTTP. */
export async function districtWithCompound(api: TestApi, code: string, compound: Record<string, unknown> = {}): Promise<Place> {
  const admin = await api.user('ADMIN');
  const cityId = await cityOf(api, admin);
  const district = await api.http
    .post('/districts')
    .set(admin.auth)
    .send({ code, name: `${code} 区`, cityId })
    .expect(201);
  const created = await api.http
    .post('/compounds')
    .set(admin.auth)
    .send({ districtId: district.body.id, name: `${code} 小区`, address: '测试路 1 号', buildYear: 1995, ...compound })
    .expect(201);
  return { districtId: district.body.id, compoundId: created.body.id };
}

/** A survey that satisfies every SURVEY guard. */
export const COMPLETE_SURVEY = {
  baseData: { buildings: 4, households: 120, floorArea: 9600.5, buildYear: 1995 },
  assets: { items: [{ kind: 'VACANT_ROOM', description: '1号楼闲置车棚', quantity: 80, unit: 'm²' }] },
  willingness: { surveyedHouseholds: 110, willingHouseholds: 96, method: 'DOOR_TO_DOOR' },
};

export const COUNCIL = {
  kind: 'RENOVATION_COUNCIL',
  name: '改造理事会',
  establishedOn: '2026-05-20',
  members: [
    { name: '张建国', position: '理事长', resident: true },
    { name: '李秀英', position: '理事', resident: true },
    { name: '王卫东', position: '理事', resident: true },
  ],
};

/** A plan item of quantity 1 at the given unit price (yuan). */
export const planItem = (key: string, unitPrice: number) => ({
  key,
  name: key,
  category: 'BASIC',
  quantity: 1,
  unit: '项',
  unitPrice,
  paidBy: 'GOVERNMENT',
  required: true,
});

/**
 * A project with a plan brought to CONSTRUCTION by its PM. SURVEY to PERMITTING are walked over
 * HTTP in consent-walk and plan-to-permits; here DESIGN and PERMITTING are set directly, and the
 * plan, exemption, team and START_CONSTRUCTION go through the API. The plan's quantities are
 * confirmed on site at once, so that completion waits on the work alone (the confirmation itself
 * is tested in change-orders and full-lifecycle).
 */
export async function projectInConstruction(
  api: TestApi,
  place: Place,
  pm: { auth: { Authorization: string } },
  items = [planItem('a', 1000), planItem('b', 3000)],
): Promise<string> {
  const projectId: string = (
    await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)
  ).body.id;
  await api.db.query(`UPDATE projects SET state = 'DESIGN' WHERE id = $1`, [projectId]);
  await api.http.post(`/projects/${projectId}/plans`).set(pm.auth).send({ items }).expect(201);
  await startConstruction(api, projectId, pm);
  await confirmQuantities(api, projectId, pm);
  return projectId;
}

/** A project with a plan set in PERMITTING, given its exemption and team, and started into CONSTRUCTION by its PM. */
export async function startConstruction(api: TestApi, projectId: string, pm: { auth: { Authorization: string } }): Promise<void> {
  await api.db.query(`UPDATE projects SET state = 'PERMITTING' WHERE id = $1`, [projectId]);
  await api.http
    .put(`/projects/${projectId}/permits/exemption`)
    .set(pm.auth)
    .send({ bases: ['NO_ADDED_FLOOR_AREA', 'NO_FUNCTION_OR_STRUCTURE_CHANGE', 'NO_PLANNING_CONDITION_CHANGE'] })
    .expect(200);
  await api.http
    .put(`/projects/${projectId}/team`)
    .set(pm.auth)
    .send({ contractor: '某建设公司', supervisionCompany: '某监理公司', epc: false, volunteerSupervisors: [{ name: '刘建华' }] })
    .expect(200);
  await api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event: 'START_CONSTRUCTION' }).expect(200);
}

/**
 * The written on-site confirmation of a project without content changes (Huitong): the latest plan
 * version's quantities, confirmed by the PM for the project HQ with one resident representative.
 */
export async function confirmQuantities(
  api: TestApi,
  projectId: string,
  pm: { auth: { Authorization: string } },
  status = 200,
  edit: (items: { key: string; quantity: number }[]) => { key: string; quantity: number }[] = (items) => items,
) {
  const plans: { items: { key: string; quantity: string }[] }[] = (
    await api.http.get(`/projects/${projectId}/plans`).set(pm.auth).expect(200)
  ).body;
  const items = plans.at(-1)!.items.map((i) => ({ key: i.key, quantity: Number(i.quantity) }));
  return api.http
    .put(`/projects/${projectId}/site-confirmation`)
    .set(pm.auth)
    .send({
      documentNumber: 'QZ-001',
      confirmedOn: chinaDate(api.clock.now()),
      residentRepresentatives: [{ name: '张建国' }],
      items: edit(items),
    })
    .expect(status);
}

/**
 * Confirms a compound's roster complete, as its committee or PM does before a round opens: with a
 * reason wherever the roster's count differs from the survey's (or there is no survey yet).
 */
export async function confirmRoster(
  api: TestApi,
  compoundId: string,
  who: { auth: { Authorization: string } },
  reason = '名册经居委会逐户核对，户数差异已说明',
): Promise<void> {
  const status = (await api.http.get(`/compounds/${compoundId}/roster/confirmation`).set(who.auth).expect(200)).body;
  const differs = status.surveyHouseholds !== status.households;
  await api.http
    .post(`/compounds/${compoundId}/roster/confirmation`)
    .set(who.auth)
    .send(differs ? { reason } : {})
    .expect(201);
}

/**
 * A round of the subject taken through to CONCLUDED on the compound's whole roster: every household
 * answers (the first `agreeing` agree and sign, the rest disagree), the notice runs its one day on
 * the test clock, and the deadline fires as the worker fires it.
 */
export async function concludedRound(
  api: TestApi,
  projectId: string,
  subject: string,
  committee: { auth: { Authorization: string } },
  agreeing = Infinity,
): Promise<string> {
  const [{ compound_id: compoundId }] = await api.db.query('SELECT compound_id FROM projects WHERE id = $1', [projectId]);
  const status = (await api.http.get(`/compounds/${compoundId}/roster/confirmation`).set(committee.auth).expect(200)).body;
  if (status.state !== 'CONFIRMED') await confirmRoster(api, compoundId, committee);
  const fire = (id: string, event: string) => api.http.post(`/rounds/${id}/transitions`).set(committee.auth).send({ event }).expect(200);
  const id: string = (
    await api.http
      .post(`/projects/${projectId}/rounds`)
      .set(committee.auth)
      .send({ subject, title: `${subject} 征询`, publicityDays: 1 })
      .expect(201)
  ).body.id;
  await fire(id, 'OPEN');
  const units: { building: string; unit: string; room: string }[] = await api.db.query(
    'SELECT building, unit, room FROM households WHERE compound_id = $1 ORDER BY building, unit, room',
    [compoundId],
  );
  const csv = [
    '楼栋,单元,房号,意见,签字',
    ...units.map((u, i) => `${u.building},${u.unit},${u.room},${i < agreeing ? '同意' : '不同意'},是`),
  ];
  await api.http
    .post(`/rounds/${id}/votes/import`)
    .set(committee.auth)
    .attach('file', Buffer.from(csv.join('\n')), 'tally.csv')
    .expect(200);
  await fire(id, 'CLOSE');
  await fire(id, 'START_PUBLICITY');
  api.clock.advance(24 * 3600 * 1000);
  const [{ id: deadlineId }] = await api.db.query(`SELECT id FROM deadlines WHERE subject_id = $1 AND state = 'PENDING'`, [id]);
  await api.app.get(DeadlineRunner).fire(deadlineId, api.clock.now());
  return id;
}

/**
 * The paper a PM enters a department's opinion from on its behalf: who signed it, the opinion's
 * number and its photo's sha256 (joint review comes before the archive takes uploads).
 */
export const PAPER_OPINION = { signer: '李审查', formNumber: 'SC-2026-001', photoSha256: 'a'.repeat(64) };

/** A photo (PNG) of a signed paper form filed in the project's archive: what a PM enters signatures from. */
export const FORM_PHOTO = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR signed page')]);

export async function fileFormPhoto(
  api: TestApi,
  projectId: string,
  pm: { auth: { Authorization: string } },
  photo: { bytes: Buffer; contentType: string } = { bytes: FORM_PHOTO, contentType: 'image/png' },
): Promise<{ id: string; sha256: string }> {
  const res = await api.http
    .post(`/projects/${projectId}/archive/documents`)
    .set(pm.auth)
    .field('kind', 'ACCEPTANCE_FORM')
    .field('title', '联合验收表签字页')
    .attach('file', photo.bytes, { filename: 'form.png', contentType: photo.contentType })
    .expect(201);
  return { id: res.body.id, sha256: res.body.sha256 };
}
