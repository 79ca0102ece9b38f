import type { Bilingual } from '@domain/roles';
import type { ErrorCode } from '@domain/errors';

/** What the user is told for each stable code of the API's problem details. */
export const CODE_MESSAGES: Record<ErrorCode, string> = {
  'REQUEST.VALIDATION_FAILED': '填写的内容有误，请按提示修改。',
  'REQUEST.MALFORMED': '请求格式不正确，请刷新页面后重试。',
  'REQUEST.TOO_LARGE': '文件或内容太大，超过了允许的大小。',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': '不支持这种文件类型，或文件内容与类型不符。',
  'REQUEST.URI_TOO_LONG': '请求的地址太长，请缩短查询条件后重试。',
  'REQUEST.HEADERS_TOO_LARGE': '请求头太大，请重新登录后重试。',
  'REQUEST.TIMEOUT': '请求超时，请检查网络后重试。',
  'REQUEST.ILL_FORMED_TEXT': '内容中含有无法保存的字符（如空字符或残缺的字符），请删除后重新输入。',
  'REQUEST.RATE_LIMITED': '操作太频繁，请稍等片刻再试。',
  'AUTH.UNAUTHENTICATED': '登录已过期或已失效，请重新登录。',
  'AUTH.INVALID_CREDENTIALS': '用户名或密码不正确。',
  'AUTH.RATE_LIMITED': '登录失败次数过多，请稍后再试。',
  'ACCESS.FORBIDDEN': '您的角色不能进行此操作。',
  'RESOURCE.NOT_FOUND': '没有找到，或不在您的管辖范围内。',
  'RESOURCE.TAKEN': '已有相同的记录（编号、名称或房号重复），请核对后再填。',
  'RESOURCE.ALREADY_RECORDED': '这项内容已经登记过，不能重复登记。',
  'RESOURCE.IN_USE': '这条记录已被其他记录引用，须保留，不能删除。',
  'MACHINE.UNKNOWN_EVENT': '没有这个操作。',
  'MACHINE.EVENT_NOT_ALLOWED': '当前所处阶段不能进行此操作，可能已被他人办理，请查看最新状态。',
  'MACHINE.ROLE_NOT_ALLOWED': '您的角色不能进行此操作。',
  'MACHINE.GUARD_FAILED': '条件尚未满足，暂不能进行此操作：',
  'MACHINE.CONCURRENT_CHANGE': '项目刚被他人更新，请刷新后再试。',
  'PROJECT.ACTIVE_EXISTS': '该小区已有一个进行中的改造项目。',
  'PROJECT.WRONG_STAGE': '项目当前所处的阶段不能进行此操作。',
  'HOUSEHOLD.DEPARTED': '该住户已离开名册，记录保持原样，不能再修改或变动。',
  'HOUSEHOLD.MERGED': '该住户已并入另一户，本轮由并入后的住户表态。',
  'DOMAIN.INVALID': '内容不符合业务规则，请按提示修改。',
  'IMPORT.REJECTED': '导入未完成：文件中有错误的行，已全部退回，请修改后重新导入。',
  'IMPORT.UNREADABLE': '无法读取该文件，请使用 UTF-8 或 GBK 编码的 CSV，或 XLSX 文件。',
  'ROUND.NOT_OPEN': '征询未开启，或已经关闭。',
  'USER.LAST_ADMIN': '这是最后一个启用的管理员账号，不能停用。',
  'PLAN.FROZEN': '该方案版本已用于征询，不能再修改；请基于它新建版本。',
  'PLAN.MISSING': '项目还没有改造方案。',
  'ROUND.NOT_PLAN': '只有改造方案征询才请居民选择改造项目。',
  'REVISIT.NOT_DUE': '这次回访还没有到期。',
  'SERVER.ERROR': '服务器出错了，请稍后重试；问题持续时请联系管理员。',
  'SERVER.UNAVAILABLE': '服务暂时不可用，请稍后重试。',
};

/** What a throttled answer says before the wait it names. */
const THROTTLED: Partial<Record<ErrorCode, string>> = {
  'AUTH.RATE_LIMITED': '登录失败次数过多',
  'REQUEST.RATE_LIMITED': '操作太频繁',
};

const NETWORK_MESSAGE = '无法连接到服务器，请检查网络后重试。';

/** The usual constraint names of a field error, said in Chinese; anything else: "填写有误". */
const FIELD_MESSAGES: Record<string, string> = {
  isNotEmpty: '必填',
  isDefined: '必填',
  isString: '须为文字',
  isInt: '须为整数',
  isNumber: '须为数字',
  isBoolean: '须为是或否',
  isIn: '不是可选的值',
  isEnum: '不是可选的值',
  isUuid: '编号格式不正确',
  isUUID: '编号格式不正确',
  isIso8601: '日期格式不正确',
  isISO8601: '日期格式不正确',
  isDateString: '日期格式不正确',
  min: '数值太小',
  max: '数值太大',
  minLength: '内容太短',
  maxLength: '内容太长',
  arrayMinSize: '数量太少',
  arrayMaxSize: '数量太多',
  matches: '格式不正确',
  isUrl: '网址格式不正确',
  UNKNOWN_FIELD: '不是可填写的项',
  UNKNOWN: '不是可选的值',
  EVIDENCE_REQUIRED: '代为录入时必填',
  NOT_ON_BEHALF: '本单位签署时不填',
  MONTH_NOT_OVER: '这个月还没有结束，月度通报只能在月末之后生成',
  IN_PAST: '整改期限须晚于现在',
  DECREASE_NEEDS_REASON: '比上次采纳的进度低，须说明原因',
  MISSING_ITEM: '每个方案项目都须填报进度',
  UNKNOWN_ITEM: '不是现行方案中的项目',
  isCalendarDay: '日期格式不正确',
  IN_FUTURE: '不能是将来的时间',
  OUT_OF_RANGE: '超出允许的范围',
  EXCEEDS_SURVEYED: '不能多于调查户数',
  EXCEEDS_HOUSEHOLDS: '不能多于小区总户数',
  DUPLICATE: '有重复的项',
  RECEIVED_EXCEEDS_COMMITTED: '到位金额不能多于承诺金额',
  PUBLIC_SPACE_UNSTATED: '社会资本须说明是否以经营公共空间为回报',
  NOT_SOCIAL_CAPITAL: '只有社会资本可以经营公共空间',
  INCOMPLETE_BASIS: '免办须三项依据全部满足',
  COUNT: '人数不符合本地规定',
  COUNCIL_SIZE: '理事会居民成员人数不符合本地规定',
  NOT_RESIDENT: '理事会成员须为本小区居民',
  NOT_COVERED: '不是本项目覆盖的小区',
  NOT_A_CLOSED_PLAN_ROUND: '须为本项目已截止计票的方案征询',
  NOT_ADOPTED: '只能选择已答复为采纳的异议',
};

const HAN = /\p{Script=Han}/u;

/** A field error in Chinese: the constraint's usual sentence, else the API's own words where it already says them in Chinese (the password policy, a wrong current password). */
function fieldMessage(code: string, message: unknown): string {
  return FIELD_MESSAGES[code] ?? (typeof message === 'string' && HAN.test(message) ? message : '填写有误');
}

/** How long to wait before trying again, as a person says it. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} 秒`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} 分钟`;
  return `${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分钟` : ''}`;
}

export interface FieldProblem {
  field: string;
  code: string;
  /** In Chinese. */
  message: string;
}

export interface GuardProblem {
  guard: string;
  code: string;
  message: string;
  /** Ids in the practice catalog (GET /practices). */
  practices: string[];
}

export interface Problem {
  /** 0 when the server could not be reached. */
  status: number;
  code: ErrorCode | 'NETWORK';
  /** The sentence to show, in Chinese. */
  message: string;
  /** The API's own text (English), for the details and for the administrator. */
  detail: string | null;
  fields: FieldProblem[];
  guards: GuardProblem[];
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(CODE_MESSAGES, code);
}

function byStatus(status: number): ErrorCode {
  if (status === 401) return 'AUTH.UNAUTHENTICATED';
  if (status === 403) return 'ACCESS.FORBIDDEN';
  if (status === 404) return 'RESOURCE.NOT_FOUND';
  if (status === 409) return 'MACHINE.EVENT_NOT_ALLOWED';
  if (status === 413) return 'REQUEST.TOO_LARGE';
  if (status === 415) return 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'AUTH.RATE_LIMITED';
  if (status === 503) return 'SERVER.UNAVAILABLE';
  return status >= 500 ? 'SERVER.ERROR' : 'REQUEST.MALFORMED';
}

function zh(message: unknown): string | null {
  return message && typeof message === 'object' && typeof (message as Bilingual).zh === 'string' ? (message as Bilingual).zh : null;
}

/**
 * Reads an answer that was not a success (status 0: no answer at all) into what the user is told:
 * the code's Chinese sentence, each field error in Chinese, each refusing guard with its own
 * Chinese message and the practices that help. Any body, even none, gives a readable problem.
 */
export function problemOf(status: number, body: unknown): Problem {
  if (status === 0) return { status, code: 'NETWORK', message: NETWORK_MESSAGE, detail: null, fields: [], guards: [] };
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = isErrorCode(b.code) ? b.code : byStatus(status);
  const errors = Array.isArray(b.errors) ? (b.errors as Record<string, unknown>[]) : [];
  const guards: GuardProblem[] = errors
    .filter((e) => typeof e.guard === 'string' && e.ok === false)
    .map((e) => ({
      guard: e.guard as string,
      code: String(e.code ?? ''),
      message: zh(e.message) ?? '条件未满足',
      practices: Array.isArray(e.practices) ? (e.practices as string[]) : [],
    }));
  const fields: FieldProblem[] = errors
    .filter((e) => typeof e.field === 'string')
    .map((e) => ({ field: e.field as string, code: String(e.code ?? ''), message: fieldMessage(String(e.code ?? ''), e.message) }));
  // A throttled request says when to come back (the body carries what Retry-After says).
  const wait = typeof b.retryAfterSeconds === 'number' && b.retryAfterSeconds > 0 ? b.retryAfterSeconds : null;
  const message = wait === null ? CODE_MESSAGES[code] : `${THROTTLED[code] ?? '请求太多'}，请在 ${waitText(wait)}后再试。`;
  return { status, code, message, detail: typeof b.detail === 'string' ? b.detail : null, fields, guards };
}

/** What every failed API call throws. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    cause?: unknown,
  ) {
    super(problem.message, { cause });
    this.name = 'ApiError';
  }
}

/** Any thrown value as a problem to show. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    status: 0,
    code: 'SERVER.ERROR',
    message: '页面出错了，请刷新后重试。',
    detail: error instanceof Error ? error.message : null,
    fields: [],
    guards: [],
  };
}
