import { ERROR_CODES } from '@domain/errors';
import { CODE_MESSAGES, problemOf, toProblem, ApiError } from './problem';

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
});
