/** The parts of a joint review its standing is read from (GET /projects/{id}/review). */
export interface ReviewLike {
  state: 'OPEN' | 'PASSED' | 'REJECTED';
  reviewers: string[];
  opinions: { reviewer: string; opinion: string; conditions: { text: string; acknowledgedBy: string | null }[] }[];
}

export interface OpenCondition {
  reviewer: string;
  index: number;
  text: string;
}

export interface ReviewStanding {
  /** Departments on the list that have not given their opinion, in the list's order. */
  pending: string[];
  rejectedBy: string[];
  /** Conditions the PM has still to acknowledge. */
  open: OpenCondition[];
  /**
   * What the review comes to now: WAITING for opinions or acknowledgements, READY for PASS_REVIEW,
   * REJECTING (a department said no: REJECT_REVIEW sends the plan back), or CLOSED.
   */
  outcome: 'WAITING' | 'READY' | 'REJECTING' | 'CLOSED';
}

/** Where a joint review stands, as the PASS_REVIEW and REJECT_REVIEW guards will read it. */
export function reviewStanding(review: ReviewLike): ReviewStanding {
  const given = new Set(review.opinions.map((o) => o.reviewer));
  const pending = review.reviewers.filter((r) => !given.has(r));
  const rejectedBy = review.opinions.filter((o) => o.opinion === 'REJECT').map((o) => o.reviewer);
  const open = review.opinions.flatMap((o) =>
    o.conditions.flatMap((c, index) => (c.acknowledgedBy ? [] : [{ reviewer: o.reviewer, index, text: c.text }])),
  );
  const outcome =
    review.state !== 'OPEN' ? 'CLOSED' : rejectedBy.length > 0 ? 'REJECTING' : pending.length > 0 || open.length > 0 ? 'WAITING' : 'READY';
  return { pending, rejectedBy, open, outcome };
}

/** The standing in one sentence, departments by name. */
export function standingText(s: ReviewStanding, name: (code: string) => string): string {
  const names = (codes: string[]) => codes.map(name).join('、');
  if (s.outcome === 'CLOSED') return '本次联合审查已结束。';
  if (s.outcome === 'REJECTING') return `${names(s.rejectedBy)}不同意：可执行「联合审查退回」，方案退回设计阶段，须形成新版本后再审。`;
  if (s.outcome === 'READY') return '各部门意见已全部收到，附加条件均已确认：可执行「联合审查通过」。';
  const parts = [];
  if (s.pending.length) parts.push(`还差 ${s.pending.length} 个部门的意见（${names(s.pending)}）`);
  if (s.open.length) parts.push(`还有 ${s.open.length} 条附加条件待项目经理确认`);
  return `${parts.join('；')}。`;
}
