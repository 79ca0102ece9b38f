import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { expectProblem } from './support/problem.js';
import { startApi, TEST_JWT_SECRET, TEST_PASSWORD, type TestApi } from './support/api.js';
import { districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const signer = new JwtService({ secret: TEST_JWT_SECRET });
/** The tests' requests come from the loopback; trusting it lets a test speak for any client address. */
const TRUSTED_LOOPBACK = { TRUST_PROXY: '127.0.0.1, ::1' };

describe('authentication', () => {
  let api: TestApi;
  let place: Place;
  let admin: User;

  /** Failed logins come from their own address so they never throttle the helpers' logins. */
  const login = (username: string, password: string, address = '10.9.9.9') =>
    api.http.post('/auth/login').set('X-Forwarded-For', address).send({ username, password });

  beforeAll(async () => {
    api = await startApi(TRUSTED_LOOPBACK);
    place = await districtWithCompound(api, 'auth');
    admin = await api.user('ADMIN');
  });

  afterAll(() => api.close());

  it('login returns a bearer token that works on GET /me with the role and scope', async () => {
    await api.user('DISTRICT_PM', { districtIds: [place.districtId] }, 'auth-pm');
    const res = await login('auth-pm', TEST_PASSWORD).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: api.config.JWT_TTL_SECONDS,
      role: 'DISTRICT_PM',
    });

    const me = await api.http.get('/me').set(bearer(res.body.accessToken)).expect(200);
    const [{ id }] = await api.db.query('SELECT id FROM users WHERE username = $1', ['auth-pm']);
    expect(me.body).toEqual({
      userId: id,
      username: 'auth-pm',
      displayName: 'auth-pm',
      role: 'DISTRICT_PM',
      districtIds: [place.districtId],
      compoundIds: [],
      districts: [{ id: place.districtId, name: expect.any(String) }],
      compounds: [],
    });
  });

  it('a committee recorder sees their compound scope on GET /me', async () => {
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    const me = await api.http.get('/me').set(committee.auth).expect(200);
    expect(me.body).toMatchObject({ userId: committee.id, role: 'RESIDENTS_COMMITTEE', districtIds: [], compoundIds: [place.compoundId] });
  });

  it('wrong password and unknown user both give 401 AUTH.INVALID_CREDENTIALS with the same body', async () => {
    await api.user('SUPERVISOR', { districtIds: [place.districtId] }, 'auth-sup');
    const wrongPassword = await login('auth-sup', 'not the password at all');
    const unknownUser = await login('nobody-here', 'not the password at all');
    expectProblem(wrongPassword, 401, 'AUTH.INVALID_CREDENTIALS');
    expectProblem(unknownUser, 401, 'AUTH.INVALID_CREDENTIALS');
    // Alike but for the id of the request each answers.
    expect({ ...unknownUser.body, requestId: null }).toEqual({ ...wrongPassword.body, requestId: null });
    expect(wrongPassword.body.accessToken).toBeUndefined();
  });

  it('a login without a password is a 400 validation problem, not a login attempt', async () => {
    const res = await api.http.post('/auth/login').set('X-Forwarded-For', '10.9.9.8').send({ username: 'auth-sup' });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('password');
  });

  it('GET /me without a token is 401 AUTH.UNAUTHENTICATED', async () => {
    expectProblem(await api.http.get('/me'), 401, 'AUTH.UNAUTHENTICATED');
  });

  it.each([
    ['a Basic scheme', (t: string) => `Basic ${t}`],
    ['no space after Bearer', (t: string) => `Bearer${t}`],
    ['Bearer with no token', () => 'Bearer '],
    ['the token alone', (t: string) => t],
  ])('a malformed Authorization header (%s) is 401 AUTH.UNAUTHENTICATED', async (_, header) => {
    const token = (await login('auth-pm', TEST_PASSWORD).expect(200)).body.accessToken as string;
    expectProblem(await api.http.get('/me').set('Authorization', header(token)), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a garbage token is 401 AUTH.UNAUTHENTICATED', async () => {
    expectProblem(await api.http.get('/me').set(bearer('not.a.jwt')), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await api.http.get('/me').set(bearer('garbage')), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('an expired token is 401 AUTH.UNAUTHENTICATED while the same token unexpired works', async () => {
    const fresh = await signer.signAsync({ sub: admin.id, ver: 0 }, { expiresIn: 60 });
    await api.http.get('/me').set(bearer(fresh)).expect(200);

    const expired = await signer.signAsync({ sub: admin.id, ver: 0 }, { expiresIn: -10 });
    expectProblem(await api.http.get('/me').set(bearer(expired)), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a token signed with another secret, or unsigned, is 401 AUTH.UNAUTHENTICATED', async () => {
    const forged = await new JwtService({ secret: 'another-secret-that-is-long-enough-for-hs256' }).signAsync({ sub: admin.id });
    expectProblem(await api.http.get('/me').set(bearer(forged)), 401, 'AUTH.UNAUTHENTICATED');

    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: admin.id, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    expectProblem(await api.http.get('/me').set(bearer(unsigned)), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a validly signed token without an expiry is 401 AUTH.UNAUTHENTICATED', async () => {
    const forever = await signer.signAsync({ sub: admin.id, role: 'ADMIN' });
    expect(JSON.parse(Buffer.from(forever.split('.')[1], 'base64url').toString())).not.toHaveProperty('exp');
    const res = await api.http.get('/me').set(bearer(forever));
    expectProblem(res, 401, 'AUTH.UNAUTHENTICATED');
    expect(res.body.detail).toBe('the token has no expiry');
  });

  it('a validly signed token without a credentials version is 401 AUTH.UNAUTHENTICATED', async () => {
    await api.http
      .get('/me')
      .set(bearer(await signer.signAsync({ sub: admin.id, ver: 0 }, { expiresIn: 60 })))
      .expect(200);
    for (const ver of [undefined, '0', 0.5]) {
      const res = await api.http.get('/me').set(bearer(await signer.signAsync({ sub: admin.id, ver }, { expiresIn: 60 })));
      expectProblem(res, 401, 'AUTH.UNAUTHENTICATED');
    }
  });

  it('a valid token for a user that does not exist is 401 AUTH.UNAUTHENTICATED', async () => {
    const token = await signer.signAsync({ sub: randomUUID(), ver: 0 }, { expiresIn: 60 });
    expectProblem(await api.http.get('/me').set(bearer(token)), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a validly signed token whose subject is not a user id is 401 AUTH.UNAUTHENTICATED, never 500', async () => {
    const token = await signer.signAsync({ sub: 'admin', ver: 0 }, { expiresIn: 60 });
    expectProblem(await api.http.get('/me').set(bearer(token)), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a validly signed token without a subject is 401 AUTH.UNAUTHENTICATED, never 500', async () => {
    const token = await signer.signAsync({ role: 'ADMIN' }, { expiresIn: 60 });
    const res = await api.http.get('/me').set(bearer(token));
    expect(res.body.userId).toBeUndefined();
    expectProblem(res, 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a deactivated user is refused at once with their still-valid token, and cannot log in', async () => {
    const pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] }, 'auth-leaver');
    await api.http.get('/me').set(pm.auth).expect(200);

    const off = await api.http.patch(`/users/${pm.id}`).set(admin.auth).send({ active: false }).expect(200);
    expect(off.body).toMatchObject({ id: pm.id, active: false });

    expectProblem(await api.http.get('/me').set(pm.auth), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await api.http.get(`/compounds/${place.compoundId}`).set(pm.auth), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await login('auth-leaver', TEST_PASSWORD), 401, 'AUTH.INVALID_CREDENTIALS');

    await api.http.patch(`/users/${pm.id}`).set(admin.auth).send({ active: true }).expect(200);
    await api.http.get('/me').set(pm.auth).expect(200);
  });

  it('stores the password as a salted scrypt hash, never the password', async () => {
    const a = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    const b = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    const rows: { id: string; password_hash: string }[] = await api.db.query('SELECT id, password_hash FROM users WHERE id = ANY($1)', [
      [a.id, b.id],
    ]);
    expect(rows).toHaveLength(2);
    for (const { password_hash } of rows) {
      expect(password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
      expect(password_hash).not.toContain(TEST_PASSWORD);
    }
    expect(rows[0].password_hash).not.toBe(rows[1].password_hash);
  });

  it('never returns the password hash in user responses', async () => {
    const created = await api.http
      .post('/users')
      .set(admin.auth)
      .send({ username: 'auth-new', displayName: 'auth-new', role: 'ADMIN', password: TEST_PASSWORD })
      .expect(201);
    const list = await api.http.get('/users').set(admin.auth).expect(200);
    const bodies = JSON.stringify([created.body, list.body]);
    expect(list.body.map((u: { username: string }) => u.username)).toContain('auth-new');
    expect(bodies).not.toMatch(/passwordHash|password_hash|scrypt\$/);
  });
});

describe('login throttling per address and per account from an address', () => {
  let api: TestApi;
  const ADDRESS_LIMIT = 25;

  const login = (username: string, password: string, address: string) =>
    api.http.post('/auth/login').set('X-Forwarded-For', address).send({ username, password });
  const fail = async (username: string, address: string, times = 1) => {
    for (let i = 0; i < times; i++) expectProblem(await login(username, 'wrong password!', address), 401, 'AUTH.INVALID_CREDENTIALS');
  };

  beforeAll(async () => {
    api = await startApi({ ...TRUSTED_LOOPBACK, LOGIN_ADDRESS_MAX_ATTEMPTS: String(ADDRESS_LIMIT) });
  });

  afterAll(() => api.close());

  it('ten failures from one address throttle that address only: the owner signs in from another', async () => {
    expect(api.config.LOGIN_MAX_ATTEMPTS).toBe(10);
    await api.user('ADMIN', {}, 'rl-owner');
    await fail('rl-owner', '10.1.0.1', 10);

    const throttled = await login('rl-owner', TEST_PASSWORD, '10.1.0.1');
    expectProblem(throttled, 429, 'AUTH.RATE_LIMITED');
    expect(throttled.headers['retry-after']).toBe(String(api.config.LOGIN_WINDOW_SECONDS));
    expect(throttled.body).toMatchObject({ retryAfterSeconds: api.config.LOGIN_WINDOW_SECONDS });
    expect(throttled.body.accessToken).toBeUndefined();

    const elsewhere = await login('rl-owner', TEST_PASSWORD, '10.1.0.2').expect(200);
    expect(elsewhere.body.accessToken).toEqual(expect.any(String));
    // The address itself is under its own limit: another account signs in from it.
    await api.user('ADMIN', {}, 'rl-colleague');
    await login('rl-colleague', TEST_PASSWORD, '10.1.0.1').expect(200);
  });

  it('one failure short of the limit, the owner still signs in from the same address', async () => {
    await api.user('ADMIN', {}, 'rl-nearly');
    await fail('rl-nearly', '10.1.1.1', 9);
    await login('rl-nearly', TEST_PASSWORD, '10.1.1.1').expect(200);
  });

  it('a success from an address clears that account-and-address counter', async () => {
    await api.user('ADMIN', {}, 'rl-forgetful');
    await fail('rl-forgetful', '10.4.0.1', 9);
    await login('rl-forgetful', TEST_PASSWORD, '10.4.0.1').expect(200);
    // Without the reset the tenth and later failures would be refused with 429.
    await fail('rl-forgetful', '10.4.0.1', 9);
    await login('rl-forgetful', TEST_PASSWORD, '10.4.0.1').expect(200);
  });

  it('the address limit counts failures over every username, exactly at its edge', async () => {
    await api.user('ADMIN', {}, 'rl-innocent');
    for (let i = 0; i < ADDRESS_LIMIT - 1; i++) await fail(`rl-guess-${i}`, '10.2.0.1');
    // One short: a success is not counted against the address.
    await login('rl-innocent', TEST_PASSWORD, '10.2.0.1').expect(200);
    await fail('rl-guess-last', '10.2.0.1');
    expectProblem(await login('rl-innocent', TEST_PASSWORD, '10.2.0.1'), 429, 'AUTH.RATE_LIMITED');
    expectProblem(await login('rl-someone-else', 'wrong password!', '10.2.0.1'), 429, 'AUTH.RATE_LIMITED');

    await login('rl-innocent', TEST_PASSWORD, '10.2.0.2').expect(200);
  });

  it('Retry-After counts down to the end of the window, after which the address may try again', async () => {
    await api.user('ADMIN', {}, 'rl-patient');
    await fail('rl-patient', '10.3.0.1', 10);
    api.clock.advance((api.config.LOGIN_WINDOW_SECONDS - 5) * 1000);
    const later = await login('rl-patient', TEST_PASSWORD, '10.3.0.1');
    expectProblem(later, 429, 'AUTH.RATE_LIMITED');
    expect(later.headers['retry-after']).toBe('5');

    api.clock.advance(6 * 1000);
    await login('rl-patient', TEST_PASSWORD, '10.3.0.1').expect(200);
  });

  it('attempts refused over the limit are not counted against the address', async () => {
    await api.user('ADMIN', {}, 'rl-insistent');
    await api.user('ADMIN', {}, 'rl-neighbour');
    await fail('rl-insistent', '10.7.0.1', 10);
    for (let i = 0; i < ADDRESS_LIMIT; i++) expectProblem(await login('rl-insistent', TEST_PASSWORD, '10.7.0.1'), 429, 'AUTH.RATE_LIMITED');
    await login('rl-neighbour', TEST_PASSWORD, '10.7.0.1').expect(200);
  });

  /** Fired together: every guess counted before any is checked, so no more than the limit are checked. */
  const parallel = async (guesses: { username: string; address: string }[]) => {
    const answers = await Promise.all(guesses.map((g) => login(g.username, 'wrong password!', g.address)));
    for (const res of answers) expect([401, 429]).toContain(res.status);
    return { checked: answers.filter((r) => r.status === 401).length, refused: answers.filter((r) => r.status === 429).length };
  };

  it('60 parallel wrong guesses at one account from one address: exactly the limit are checked, the rest 429', async () => {
    await api.user('ADMIN', {}, 'rl-raced');
    const guesses = Array.from({ length: 60 }, () => ({ username: 'rl-raced', address: '10.5.0.1' }));
    expect(await parallel(guesses)).toEqual({ checked: 10, refused: 50 });
    await login('rl-raced', TEST_PASSWORD, '10.5.0.2').expect(200);
  });

  it('60 wrong guesses at one account from 60 addresses lock nobody out: each address has its own counter', async () => {
    await api.user('ADMIN', {}, 'rl-spread');
    const guesses = Array.from({ length: 60 }, (_, i) => ({ username: 'rl-spread', address: `10.5.1.${i + 1}` }));
    expect(await parallel(guesses)).toEqual({ checked: 60, refused: 0 });
    await login('rl-spread', TEST_PASSWORD, '10.5.2.1').expect(200);
  });

  it('bursts of parallel guesses at one account from one address, refused and taken back together, never answer 5xx', async () => {
    const statuses = new Set<number>();
    for (let burst = 0; burst < 15; burst++) {
      const answers = await Promise.all(Array.from({ length: 40 }, () => login(`rl-burst-${burst}`, 'wrong password!', `10.5.3.${burst}`)));
      for (const res of answers) statuses.add(res.status);
    }
    expect([...statuses].sort()).toEqual([401, 429]);
  });

  it('60 parallel wrong guesses from one address over 60 accounts: exactly the address limit are checked', async () => {
    const guesses = Array.from({ length: 60 }, (_, i) => ({ username: `rl-spray-${i}`, address: '10.6.0.1' }));
    expect(await parallel(guesses)).toEqual({ checked: ADDRESS_LIMIT, refused: 60 - ADDRESS_LIMIT });
  });
});

describe('TRUST_PROXY: whose X-Forwarded-For is believed', () => {
  const keys = async (api: TestApi) =>
    ((await api.db.query('SELECT key FROM login_throttle ORDER BY key')) as { key: string }[]).map((r) => r.key);

  /** Two failures, each claiming another address, then the right password claiming a third. */
  const forge = async (api: TestApi) => {
    await api.user('ADMIN', {}, 'tp-user');
    for (const from of ['10.8.0.1', '10.8.0.2']) {
      const res = await api.http
        .post('/auth/login')
        .set('X-Forwarded-For', from)
        .send({ username: 'tp-user', password: 'wrong password!' });
      expectProblem(res, 401, 'AUTH.INVALID_CREDENTIALS');
    }
    return api.http.post('/auth/login').set('X-Forwarded-For', '10.8.0.3').send({ username: 'tp-user', password: TEST_PASSWORD });
  };

  it.each([
    ['nobody is trusted (the default)', {}],
    ['only another network is trusted', { TRUST_PROXY: '192.0.2.0/24' }],
  ])('%s: a forged header does not change the throttled address', async (_, env) => {
    const api = await startApi({ LOGIN_MAX_ATTEMPTS: '2', ...env });
    try {
      // Every attempt counted against the socket's own address, whatever the header claimed.
      expectProblem(await forge(api), 429, 'AUTH.RATE_LIMITED');
      const counted = await keys(api);
      expect(counted.join(' ')).not.toContain('10.8.');
      expect(counted).toEqual(expect.arrayContaining([expect.stringMatching(/^user:tp-user@(::ffff:)?127\.0\.0\.1$/)]));
    } finally {
      await api.close();
    }
  });

  it('from a trusted proxy, the header names the client that is throttled', async () => {
    const api = await startApi({ LOGIN_MAX_ATTEMPTS: '2', ...TRUSTED_LOOPBACK });
    try {
      expect((await forge(api)).status).toBe(200);
      expect(await keys(api)).toEqual(expect.arrayContaining(['addr:10.8.0.1', 'user:tp-user@10.8.0.2']));
    } finally {
      await api.close();
    }
  });
});
