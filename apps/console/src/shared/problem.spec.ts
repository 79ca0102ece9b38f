import { ERROR_CODES } from '@domain/errors';
import { CODE_MESSAGES, problemOf, toProblem, ApiError, waitText } from './problem';

const HAN = /\p{Script=Han}/u;

describe('problems in Chinese', () => {
  it('has a Chinese sentence for every code the API can answer', () => {
    expect(Object.keys(CODE_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) expect(CODE_MESSAGES[code]).toMatch(HAN);
  });

  it('reads the code of a problem-details body, keeping the API text as the detail', () => {
    const p = problemOf(409, { code: 'PLAN.FROZEN', detail: 'version 2 is frozen', status: 409 });
    expect(p).toMatchObject({ status: 409, code: 'PLAN.FROZEN', message: CODE_MESSAGES['PLAN.FROZEN'], detail: 'version 2 is frozen' });
  });

  it('lists field errors with Chinese text by their constraint', () => {
    const p = problemOf(400, {
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [
        { field: 'planYear', code: 'max', message: 'planYear must not be greater than 2100' },
        { field: 'name', code: 'whitelistValidation', message: 'x' },
        { field: 'odd', code: 'somethingNew', message: 'y' },
      ],
    });
    expect(p.fields).toEqual([
      { field: 'planYear', code: 'max', message: '数值太大' },
      { field: 'name', code: 'whitelistValidation', message: '填写有误' },
      { field: 'odd', code: 'somethingNew', message: '填写有误' },
    ]);
    expect(p.guards).toEqual([]);
  });

  it('lists each refusing guard with its Chinese message and the practices that help', () => {
    const p = problemOf(422, {
      code: 'MACHINE.GUARD_FAILED',
      errors: [
        {
          guard: 'surveyBaseData',
          ok: false,
          code: 'SURVEY.BASE_DATA_INCOMPLETE',
          message: { zh: '基础数据未录入', en: 'no base data' },
          practices: ['xiangtan-three-fold-survey'],
        },
        { guard: 'noMessage', ok: false, code: 'X.Y' },
      ],
    });
    expect(p.message).toBe(CODE_MESSAGES['MACHINE.GUARD_FAILED']);
    expect(p.guards).toEqual([
      {
        guard: 'surveyBaseData',
        code: 'SURVEY.BASE_DATA_INCOMPLETE',
        message: '基础数据未录入',
        practices: ['xiangtan-three-fold-survey'],
      },
      { guard: 'noMessage', code: 'X.Y', message: '条件未满足', practices: [] },
    ]);
  });

  it.each([
    [401, 'AUTH.UNAUTHENTICATED'],
    [403, 'ACCESS.FORBIDDEN'],
    [404, 'RESOURCE.NOT_FOUND'],
    [413, 'REQUEST.TOO_LARGE'],
    [502, 'SERVER.ERROR'],
    [503, 'SERVER.UNAVAILABLE'],
    [418, 'REQUEST.MALFORMED'],
  ])('falls back on the status %s when the body is not a problem (%s)', (status, code) => {
    for (const body of [null, '<html>', { code: 'NOT.A.CODE' }]) expect(problemOf(status, body).code).toBe(code);
  });

  it('says when the server could not be reached, and turns anything thrown into a problem', () => {
    expect(problemOf(0, null)).toMatchObject({ code: 'NETWORK', message: expect.stringMatching(HAN) });
    expect(toProblem(new ApiError(problemOf(404, {})))).toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
    expect(toProblem(new TypeError('boom'))).toMatchObject({ message: expect.stringMatching(HAN), detail: 'boom' });
  });

  it('names the wait of a throttled login, from seconds to hours', () => {
    const p = problemOf(429, { code: 'AUTH.RATE_LIMITED', retryAfterSeconds: 900, detail: 'retry in 900 s' });
    expect(p.message).toBe('登录失败次数过多，请在 15 分钟后再试。');
    expect(problemOf(429, { code: 'REQUEST.RATE_LIMITED', retryAfterSeconds: 59 }).message).toBe('操作太频繁，请在 59 秒后再试。');
    expect(waitText(60)).toBe('1 分钟');
    expect(waitText(61)).toBe('2 分钟');
    expect(waitText(3600)).toBe('1 小时');
    expect(waitText(5400)).toBe('1 小时 30 分钟');
    // Without a wait the code's own sentence stays.
    expect(problemOf(429, { code: 'AUTH.RATE_LIMITED' }).message).toBe(CODE_MESSAGES['AUTH.RATE_LIMITED']);
  });

  it("shows the password policy's and other domain rules' Chinese words next to the field", () => {
    const p = problemOf(422, {
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [
        { field: 'newPassword', code: 'TOO_SHORT', message: '密码至少需要 12 个字符' },
        { field: 'currentPassword', code: 'WRONG', message: '当前密码不正确' },
        { field: 'districtIds', code: 'UNKNOWN', message: 'one or more districts do not exist' },
        { field: 'x', code: 'ODD', message: 'english only' },
      ],
    });
    expect(p.fields.map((f) => f.message)).toEqual(['密码至少需要 12 个字符', '当前密码不正确', '不是可选的值', '填写有误']);
  });
});
