import { chinaDate, ROLES, type Role } from '@app/domain';
import { DeadlineRunner, DemoSeeder, WebhookService, type DemoCredentials } from '@app/workflow';
import { binary, startApi, type TestApi } from './support/api.js';
import { operationsOf, ResponseValidator, successProblems, type OpenApiDocument } from './support/openapi.js';
import { PAPER_OPINION } from './support/fixtures.js';

type Auth = { Authorization: string };
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Test = ReturnType<TestApi['http']['post']>;
type Params = Record<string, string>;

/**
 * The document a typed client is generated from must say what every operation returns. These tests
 * hold it to that: every operation declares its success response, and the bodies the API really
 * gives, over the demo's projects in every lifecycle state and for every role, match the declared
 * schemas with no field left undeclared.
 */
describe('the OpenAPI document', () => {
  let api: TestApi;
  let doc: OpenApiDocument;
  let validator: ResponseValidator;
  const as = {} as Record<Role, Auth>;
  let credentials: DemoCredentials[];

  /** Calls the API and checks the answer against the document: the status, the problems found, and the JSON body. */
  const call = async (method: Method, url: string, auth?: Auth, body?: object | ((req: Test) => Test)) => {
    let req = api.http[method](url);
    if (auth) req = req.set(auth);
    if (typeof body === 'function') req = body(req);
    else if (body !== undefined) req = req.send(body);
    const res = await req.buffer(true).parse(binary);
    const text = (res.body as Buffer).toString('utf8');
    const json = /json/.test(res.headers['content-type'] ?? '') && text ? JSON.parse(text) : undefined;
    return {
      status: res.status,
      body: json,
      problems: validator.problems(method, url, { status: res.status, headers: res.headers, body: json }),
    };
  };

  beforeAll(async () => {
    api = await startApi({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    doc = (await api.http.get('/docs-json').expect(200)).body;
    validator = new ResponseValidator(doc);
    credentials = (await api.app.get(DemoSeeder).seed())!;
    for (const c of credentials) {
      const res = await api.http.post('/auth/login').send({ username: c.username, password: c.password }).expect(200);
      as[c.role] = { Authorization: `Bearer ${res.body.accessToken}` };
    }
    // A stored bulletin, for the reads of /bulletins/{month}.
    await api.http.post('/bulletins').set(as.SUPERVISOR).send({ month: '2026-05' }).expect(201);
  });
  afterAll(() => api.close());

  it('declares a success response on every operation: a schema, a binary media type, or 204', () => {
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(100);
    const lacking = operations.flatMap(({ method, path, op }) => successProblems(op).map((p) => `${method.toUpperCase()} ${path}: ${p}`));
    expect(lacking).toEqual([]);
  });

  it('gives every property of every schema a type, so that a typed client does not read one as an empty object', () => {
    const untyped = Object.entries(doc.components?.schemas ?? {}).flatMap(([name, schema]) =>
      Object.entries((schema as { properties?: Record<string, Record<string, unknown>> }).properties ?? {})
        .filter(([, p]) => !['type', '$ref', 'allOf', 'oneOf', 'anyOf', 'enum'].some((k) => k in p))
        .map(([property]) => `${name}.${property}`),
    );
    expect(untyped).toEqual([]);
  });

  it('describes the bodies of the writes, each operation called once or more across the lifecycle', async () => {
    const problems: string[] = [];
    /** A write that must answer `expected`; its body is checked against the document. */
    const write = async (expected: number, method: Method, url: string, auth: Auth | undefined, body?: object | ((req: Test) => Test)) => {
      const res = await call(method, url, auth, body);
      if (res.status !== expected)
        throw new Error(`${method.toUpperCase()} ${url}: ${res.status}, not ${expected}: ${JSON.stringify(res.body)}`);
      problems.push(...res.problems);
      return res.body;
    };
    const { ADMIN: admin, DISTRICT_PM: pm, RESIDENTS_COMMITTEE: committee, SUPERVISOR: supervisor } = as;
    const [district] = (await api.http.get('/districts').set(pm)).body as { id: string }[];
    const projects: { id: string; state: string }[] = (await api.http.get('/projects?limit=50').set(pm).expect(200)).body.items;
    const inState = (state: string) => projects.find((p) => p.state === state)!.id;
    // Nothing listens on the discard port: deliveries fail and are recorded.
    const hook = { url: 'http://127.0.0.1:9/hook', secret: 'sixteen-or-more-chars' };

    const { username, password } = credentials.find((c) => c.role === 'SUPERVISOR')!;
    await write(200, 'post', '/auth/login', undefined, { username, password });
    // Administration: a city, renamed, and a district of the demo's city.
    const city = await write(201, 'post', '/cities', admin, { code: 'openapi-city', name: '核对市' });
    await write(200, 'patch', `/cities/${city.id}`, admin, { name: '核对新市' });
    const newDistrict = await write(201, 'post', '/districts', admin, { code: 'openapi-check', name: '核对区', cityCode: 'changsha' });
    const user = await write(201, 'post', '/users', admin, {
      username: 'openapi-pm',
      displayName: '核对员',
      role: 'DISTRICT_PM',
      password: 'a long enough password',
      districtIds: [district!.id],
    });
    await write(200, 'put', `/users/${user.id}/scope`, admin, { replace: true, districtIds: [district!.id, newDistrict.id] });
    await write(200, 'patch', `/users/${user.id}`, admin, { active: false });
    await write(200, 'put', `/districts/${newDistrict.id}/webhook`, admin, hook);
    const reviewers: { code: string }[] = (await api.http.get('/reviewers').set(admin).expect(200)).body;
    await write(200, 'put', `/districts/${newDistrict.id}/reviewers`, admin, { reviewers: reviewers.map((r) => r.code) });
    const parties: { code: string }[] = (await api.http.get('/acceptance-parties').set(admin).expect(200)).body;
    await write(200, 'put', `/districts/${newDistrict.id}/acceptance-parties`, admin, { parties: parties.map((p) => p.code) });

    // A compound with its roster, and a project on it through the survey.
    const compound = await write(201, 'post', '/compounds', pm, {
      districtId: district!.id,
      name: '核对小区',
      address: '核对路 1 号',
      buildYear: 1995,
    });
    await write(200, 'patch', `/compounds/${compound.id}`, pm, { buildings: 2, dangerRating: 'B', latitude: 28.1128, longitude: 112.9823 });
    await write(200, 'put', `/compounds/${compound.id}/eligibility-exception`, pm, {
      reason: '区政府批准纳入改造',
      approvalRef: '区改造办〔2026〕1号',
    });
    await write(200, 'delete', `/compounds/${compound.id}/eligibility-exception`, pm);
    const household = await write(201, 'post', `/compounds/${compound.id}/households`, pm, {
      building: '1',
      unit: '1',
      room: '101',
      floorArea: 80.5,
      ownerName: '张建国',
      ownerPhone: '13800000000',
    });
    await write(200, 'patch', `/households/${household.id}`, pm, { floorArea: 81 });
    const roster = '楼栋,单元,房号,面积\n1,1,102,75.5\n2,1,101,90\n2,1,102,90';
    await write(200, 'post', `/compounds/${compound.id}/households/import`, pm, (req) =>
      req.attach('file', Buffer.from(roster), 'roster.csv'),
    );
    // A dry run answers its row errors and its sample in the same body.
    await write(200, 'post', `/compounds/${compound.id}/households/import?dryRun=true`, pm, (req) =>
      req.attach('file', Buffer.from(`${roster}\n3,1,101,八十`), 'roster.csv'),
    );
    await write(200, 'get', '/households/import-template.xlsx', pm);
    const users: { id: string; username: string }[] = (await api.http.get('/users').set(admin).expect(200)).body;
    const recorder = users.find((u) => u.username === 'demo-committee')!;
    await write(200, 'patch', `/users/${recorder.id}/scope`, admin, { add: { compoundIds: [compound.id] } });

    const project = await write(201, 'post', '/projects', pm, { compoundId: compound.id, name: '核对小区综合改造' });
    // A neighbour joins the project area while it is surveyed, and leaves it again.
    const neighbour = await write(201, 'post', '/compounds', pm, {
      districtId: district!.id,
      name: '核对邻区',
      address: '核对路 3 号',
      buildYear: 1996,
    });
    await write(200, 'post', `/projects/${project.id}/compounds`, pm, { compoundId: neighbour.id });
    await write(200, 'delete', `/projects/${project.id}/compounds/${neighbour.id}`, pm);
    await write(200, 'put', `/projects/${project.id}/survey`, pm, {
      baseData: { buildings: 2, households: 4, floorArea: 337, buildYear: 1995 },
      assets: { items: [{ kind: 'PARKING', description: '闲置车棚', quantity: 40, unit: 'm²' }] },
      willingness: { surveyedHouseholds: 4, willingHouseholds: 4, method: 'DOOR_TO_DOOR' },
    });
    await write(200, 'post', `/projects/${project.id}/transitions`, pm, { event: 'COMPLETE_SURVEY' });
    await write(201, 'post', `/projects/${project.id}/bodies`, committee, {
      kind: 'RENOVATION_COUNCIL',
      name: '核对小区改造理事会',
      establishedOn: '2026-05-20',
      members: ['张建国', '李秀英', '王卫东'].map((name) => ({ name, position: '理事', resident: true })),
    });

    // A consultation round: open, votes one by one and by file, an objection answered, closed.
    const round = await write(201, 'post', `/projects/${project.id}/rounds`, committee, { subject: 'WILLINGNESS', title: '改造意愿征询' });
    await write(201, 'post', `/compounds/${compound.id}/roster/confirmation`, committee, { reason: '名册经居委会逐户核对' });
    await write(200, 'post', `/rounds/${round.id}/transitions`, committee, { event: 'OPEN' });
    await write(200, 'post', `/rounds/${round.id}/votes`, committee, {
      householdId: household.id,
      choice: 'AGREE',
      signed: true,
      channel: 'DOOR_TO_DOOR',
      formNumber: 'HD-0001',
    });
    const tally = '楼栋,单元,房号,意见,签字\n1,1,102,同意,是\n2,1,101,不同意,否';
    await write(200, 'post', `/rounds/${round.id}/votes/import?dryRun=true`, committee, (req) =>
      req.attach('file', Buffer.from(`${tally}\n9,9,909,同意,是`), 'tally.csv'),
    );
    await write(200, 'post', `/rounds/${round.id}/votes/import`, committee, (req) => req.attach('file', Buffer.from(tally), 'tally.csv'));
    await write(200, 'get', '/votes/import-template.xlsx', committee);
    await write(200, 'get', `/rounds/${round.id}/votes/import-template.xlsx`, committee);
    const objection = await write(201, 'post', `/rounds/${round.id}/objections`, committee, {
      householdId: household.id,
      text: '车棚不要拆',
    });
    await write(200, 'post', `/objections/${objection.id}/response`, pm, { response: 'EXPLAINED', text: '车棚改建为充电车棚' });
    await write(200, 'post', `/rounds/${round.id}/transitions`, committee, { event: 'CLOSE' });

    // Planning, a plan version, the review, permits.
    await write(200, 'put', `/projects/${project.id}/planning/plan-year`, pm, { planYear: 2026 });
    await write(200, 'put', `/projects/${project.id}/planning/admission/DEMOLISH_ILLEGAL_STRUCTURES`, pm, { basis: '业主大会决议' });
    await write(200, 'put', `/projects/${project.id}/planning/implementing-entity`, pm, { name: '区城投公司' });
    await write(200, 'put', `/projects/${project.id}/planning/funding`, pm, {
      budget: 800000,
      sources: [
        { source: 'CENTRAL_BUDGET', amount: 500000, received: 100000 },
        { source: 'RESIDENTS', amount: 50000, note: '自选项目' },
      ],
    });
    const design = inState('DESIGN');
    const drafted = await write(201, 'post', `/projects/${design}/plans`, pm, { changeNote: '核对' });
    await write(200, 'put', `/projects/${design}/plans/${drafted.version}`, pm, { changeNote: '核对，再改' });
    const inReview = inState('JOINT_REVIEW');
    const review = (await api.http.get(`/projects/${inReview}/review`).set(pm).expect(200)).body as {
      reviewers: string[];
      opinions: { reviewer: string }[];
    };
    const reviewer = review.reviewers.find((r) => !review.opinions.some((o) => o.reviewer === r))!;
    await write(201, 'post', `/projects/${inReview}/review/opinions`, pm, {
      reviewer,
      ...PAPER_OPINION,
      opinion: 'APPROVE_WITH_CONDITIONS',
      comments: '同意',
      conditions: ['施工期间保持消防通道畅通'],
    });
    await write(200, 'post', `/projects/${inReview}/review/opinions/${reviewer}/conditions/0/acknowledge`, pm);
    const permitting = inState('PERMITTING');
    await write(201, 'post', `/projects/${permitting}/permits`, pm, {
      type: '建筑工程施工许可证',
      number: 'OPENAPI-0001',
      issuer: '区住建局',
      issuedOn: '2026-05-01',
    });
    await write(200, 'put', `/projects/${permitting}/permits/exemption`, pm, {
      bases: ['NO_ADDED_FLOOR_AREA', 'NO_FUNCTION_OR_STRUCTURE_CHANGE', 'NO_PLANNING_CONDITION_CHANGE'],
      note: '核对',
    });
    await write(200, 'put', `/projects/${permitting}/team`, pm, {
      contractor: '某建设公司',
      supervisionCompany: '某监理公司',
      epc: false,
      volunteerSupervisors: [{ name: '刘建华', phone: '13900000000' }],
    });

    // Construction: a report submitted and returned with a finding, a change order, a complaint.
    const building = inState('CONSTRUCTION');
    await write(200, 'put', `/projects/${building}/report-schedule`, pm, { intervalDays: 15 });
    const reports: { id: string; state: string }[] = (await api.http.get(`/projects/${building}/reports`).set(pm).expect(200)).body;
    const plans: { items: { key: string; quantity: string }[] }[] = (await api.http.get(`/projects/${building}/plans`).set(pm).expect(200))
      .body;
    const due = reports.find((r) => r.state === 'DUE' || r.state === 'OVERDUE')!;
    const report = { items: plans.at(-1)!.items.map((i) => ({ key: i.key, percent: 100 })), narrative: '按计划推进', photos: ['photo-1'] };
    await write(200, 'post', `/reports/${due.id}/submit`, pm, report);
    await write(200, 'post', `/reports/${due.id}/return`, supervisor, {
      findings: [{ severity: 'MEDIUM', description: '围挡缺失', deadline: '2026-06-10T00:00:00Z', responsible: '项目经理' }],
    });
    await write(200, 'post', `/reports/${due.id}/submit`, pm, { ...report, issues: '围挡已补设' });
    await write(200, 'post', `/reports/${due.id}/accept`, supervisor);
    const [finding] = (await api.http.get(`/findings?projectId=${building}`).set(pm).expect(200)).body as { id: string }[];
    await write(200, 'post', `/findings/${finding!.id}/transitions`, pm, { event: 'RECTIFY', evidence: '已补设围挡' });
    // The quantities built, confirmed on site; then a change order argued, reviewed and approved by the government.
    await write(200, 'put', `/projects/${building}/site-confirmation`, pm, {
      documentNumber: 'QZ-OPENAPI-1',
      confirmedOn: chinaDate(api.clock.now()),
      residentRepresentatives: [{ name: '张建国' }],
      items: plans.at(-1)!.items.map((i) => ({ key: i.key, quantity: Number(i.quantity) })),
    });
    const order = await write(201, 'post', `/projects/${building}/change-orders`, pm, {
      title: '管线长度增加',
      reason: '开挖后发现走向不符',
      lines: [
        { key: plans.at(-1)!.items[0]!.key, quantity: 700 },
        { key: 'bike-shed', quantity: 1, unitPrice: 5000, name: '车棚', category: 'IMPROVEMENT', unit: '处', paidBy: 'GOVERNMENT' },
      ],
    });
    await write(200, 'post', `/change-orders/${order.id}/transitions`, pm, {
      event: 'ARGUE',
      parties: ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR', 'OWNER_REPRESENTATIVES'],
      opinion: '五方论证意见书',
      meetingDecision: '项目指挥部会议纪要第3号',
    });
    await write(200, 'post', `/change-orders/${order.id}/transitions`, pm, { event: 'REVIEW_BUDGET', financeReview: '县财政预算评审意见' });
    await write(200, 'post', `/change-orders/${order.id}/transitions`, supervisor, {
      event: 'APPROVE',
      decision: { authority: '雨花区人民政府', documentNumber: '雨政函〔2026〕18号', decidedOn: chinaDate(api.clock.now()) },
    });
    const complaint = await write(201, 'post', `/projects/${building}/complaints`, committee, {
      subject: '夜间施工噪音',
      complainantName: '李秀英',
      complainantContact: '13700000000',
    });
    await write(200, 'post', `/complaints/${complaint.id}/transitions`, pm, { event: 'HANDLE', handler: '项目部' });

    // Acceptance, archive, long-term management.
    const accepting = inState('ACCEPTANCE');
    // The demo's form is signed by every party: one more party on it leaves a signature to record.
    await api.db.query(`UPDATE acceptance_forms SET parties = array_append(parties, 'WITNESS') WHERE project_id = $1 AND state = 'OPEN'`, [
      accepting,
    ]);
    const [photo] = await api.db.query(
      `SELECT id FROM archive_documents WHERE project_id = $1 AND kind = 'ACCEPTANCE_FORM' AND source = 'UPLOAD'`,
      [accepting],
    );
    await write(201, 'post', `/projects/${accepting}/acceptance/signatures`, pm, {
      party: 'WITNESS',
      signer: '王工',
      opinion: 'PASS',
      comments: '合格',
      formNumber: 'YS-2026-099',
      photoDocumentId: photo.id,
    });
    const archiving = inState('ARCHIVING');
    await write(201, 'post', `/projects/${archiving}/archive/references`, pm, {
      kind: 'PHOTOS',
      title: '竣工照片',
      reference: '档案馆 A-12',
    });
    const pdf = Buffer.from('%PDF-1.4\n核对\n%%EOF');
    const upload = await write(201, 'post', `/projects/${archiving}/archive/documents`, pm, (req) =>
      req.field('kind', 'CONTRACTS').field('title', '补充协议').attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }),
    );
    await write(204, 'post', `/projects/${archiving}/archive/documents/${upload.id}/withdraw`, pm, { reason: '传错了文件' });
    await write(200, 'post', `/projects/${archiving}/archive/collect`, pm);
    const longTerm = inState('LONG_TERM');
    await write(200, 'put', `/projects/${longTerm}/long-term/property`, pm, { mode: 'SELF_MANAGED', contractStart: '2026-05-01' });
    await write(200, 'put', `/projects/${longTerm}/long-term/fund-plan`, pm, {});
    await write(201, 'post', `/projects/${longTerm}/long-term/fund-collections`, committee, {
      amount: 1234.5,
      collectedOn: '2026-05-30',
      building: '1',
    });
    const { revisits } = (await api.http.get(`/projects/${longTerm}/long-term`).set(pm).expect(200)).body as {
      revisits: { months: number; state: string; dueAt: string }[];
    };
    const next = revisits.find((r) => r.state !== 'DONE')!;
    const now = api.clock.now();
    api.clock.set(new Date(new Date(next.dueAt).getTime() + 1000));
    try {
      await write(201, 'post', `/projects/${longTerm}/long-term/revisits/${next.months}`, supervisor, {
        score: 92,
        summary: '运行良好',
        findings: [{ description: '个别路灯不亮', severity: 'LOW' }],
      });
    } finally {
      api.clock.set(now);
    }

    // A month on, the worker's deadlines: late work is told to the inbox and to the district's webhook.
    await write(200, 'put', `/districts/${district!.id}/webhook`, admin, hook);
    api.clock.set(new Date(now.getTime() + 30 * 24 * 3600 * 1000));
    try {
      const runner = api.app.get(DeadlineRunner);
      for (const d of await runner.pending()) if (d.dueAt <= api.clock.now()) await runner.fire(d.id, api.clock.now());
    } finally {
      api.clock.set(now);
    }
    const [delivery] = (await api.http.get(`/districts/${district!.id}/webhook/deliveries`).set(admin).expect(200)).body as {
      id: string;
    }[];
    // The attempt fails and is recorded, as the queue would retry it.
    await expect(api.app.get(WebhookService).deliver(delivery!.id)).rejects.toThrow();
    const [attempted] = await write(200, 'get', `/districts/${district!.id}/webhook/deliveries`, admin);
    expect(attempted).toMatchObject({ attempts: 1, deliveredAt: null });

    // Reports, and the inbox.
    await write(201, 'post', '/bulletins', supervisor, { month: '2026-04' });
    await write(200, 'post', '/bulletins', admin, { month: '2026-04', cityCode: 'changsha' });
    const [notice] = (await api.http.get('/me/notifications').set(pm).expect(200)).body as { id: string }[];
    await write(204, 'post', `/me/notifications/${notice!.id}/read`, pm);

    expect(problems).toEqual([]);
  });

  it('describes every body the GET operations give, for every role, over the demo in every state', async () => {
    const pm = as.DISTRICT_PM;
    const list = async (url: string, auth: Auth = pm) => (await api.http.get(url).set(auth).expect(200)).body;
    const projects: { id: string }[] = (await list('/projects?limit=500')).items;
    const rounds: { id: string }[] = (await Promise.all(projects.map((p) => list(`/projects/${p.id}/rounds`)))).flat();
    const plans: Params[] = (
      await Promise.all(
        projects.map(async (p) =>
          ((await list(`/projects/${p.id}/plans`)) as { version: number }[]).map((v) => ({ id: p.id, version: String(v.version) })),
        ),
      )
    ).flat();
    const bulletins: { month: string }[] = await list('/bulletins');
    // Path parameters by the path up to the last of them; a GET route with a parameter not named here fails the test.
    const params: Record<string, Params[]> = {
      '/projects/{id}': projects.map((p) => ({ id: p.id })),
      '/projects/{id}/plans/{version}': plans,
      '/rounds/{id}': rounds.map((r) => ({ id: r.id })),
      '/compounds/{id}': (await list('/compounds?limit=500')).items.map((c: { id: string }) => ({ id: c.id })),
      '/districts/{id}': (await list('/districts')).map((d: { id: string }) => ({ id: d.id })),
      '/bulletins/{month}': bulletins.map((b) => ({ month: b.month })),
      '/meta/machines/{name}': (await list('/meta/machines')).map((m: { name: string }) => ({ name: m.name })),
      '/practices/{id}': (await list('/practices')).map((p: { id: string }) => ({ id: p.id })),
    };
    // Query parameters that change the shape of the answer.
    const queries: Record<string, string[]> = {
      '/meta/machines/{name}': ['', '?format=mermaid'],
      '/me/notifications': ['', '?unread=true'],
    };

    const problems = new Set<string>();
    const unanswered: string[] = [];
    const gets = operationsOf(doc).filter((o) => o.method === 'get');
    expect(bulletins.length).toBeGreaterThan(0);
    for (const { path } of gets) {
      const last = /^(.*\})[^}]*$/.exec(path)?.[1];
      const sets = last ? params[last] : [{}];
      if (!sets?.length) {
        problems.add(`GET ${path}: no ids to call it with`);
        continue;
      }
      let answered = 0;
      for (const set of sets) {
        for (const query of queries[path] ?? ['']) {
          const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(set[name]!)) + query;
          for (const role of ROLES) {
            const res = await call('get', url, as[role]);
            res.problems.forEach((p) => problems.add(p));
            if (res.status < 300) answered++;
          }
        }
      }
      if (!answered) unanswered.push(path);
    }
    expect([...problems]).toEqual([]);
    expect(unanswered).toEqual([]);
    // Every GET of every role over fifteen projects: about half a minute alone, twice that beside other work.
  }, 240_000);
});
