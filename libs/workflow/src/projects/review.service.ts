import { AppConfig } from '@app/config';
import {
  DomainError,
  invalid,
  maskName,
  notFound,
  seesPersonalData,
  signingEntry,
  type Actor,
  type Entry,
  type ReviewOpinion,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { signatory } from '../identity/signatory.js';
import { Clock } from '../platform/clock.js';
import { DistrictList, type CodedEntry } from '../platform/district-list.js';
import { ProjectService } from './project.service.js';

export type Reviewer = CodedEntry;

export interface ReviewView {
  id: string;
  planVersion: number;
  state: 'OPEN' | 'PASSED' | 'REJECTED';
  reviewers: string[];
  openedAt: Date;
  closedAt: Date | null;
  opinions: {
    reviewer: string;
    opinion: ReviewOpinion;
    comments: string;
    conditions: { text: string; acknowledgedBy: string | null; acknowledgedAt: string | null }[];
    /** Who gave the opinion for the department; null on opinions recorded before it was asked. */
    signer: string | null;
    entry: Entry;
    formNumber: string | null;
    photoSha256: string | null;
    recordedBy: string;
    recordedAt: Date;
  }[];
}

/**
 * A department's opinion. Given by a user who works for the department, `signer` defaults to their
 * name; entered by a PM on its behalf, the signer, the number of the department's paper opinion and
 * the sha256 of its photo are all required (the archive takes uploads only from construction on).
 */
export interface OpinionInput {
  reviewer: string;
  opinion: ReviewOpinion;
  comments: string;
  conditions?: string[];
  signer?: string;
  formNumber?: string;
  photoSha256?: string;
}

/** Joint review (联合审查): one opinion per required department on the submitted plan version. */
@Injectable()
export class ReviewService {
  private readonly list: DistrictList;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    config: AppConfig,
    private readonly projects: ProjectService,
  ) {
    this.list = new DistrictList({ file: 'reviewers.json', table: 'district_reviewers', column: 'reviewers' }, config.SEEDS_DIR);
  }

  /** The departments the product knows, shipped in seeds/reviewers.json. */
  catalog(): Reviewer[] {
    return this.list.catalog();
  }

  /** The district's list, or the whole catalogue where it has none. */
  districtReviewers(districtId: string): Promise<string[]> {
    return this.list.read(this.db.manager, districtId);
  }

  reviewersFor(m: EntityManager, districtId: string): Promise<string[]> {
    return this.list.for(m, districtId);
  }

  setDistrictReviewers(actor: Actor, districtId: string, codes: string[]): Promise<string[]> {
    return this.db.transaction((m) => this.list.set(m, actor, this.clock.now(), districtId, codes));
  }

  /** Opens a review of the submitted version; called inside the SUBMIT_FOR_REVIEW transition. */
  async open(m: EntityManager, projectId: string, districtId: string, planVersion: number, at: Date): Promise<void> {
    await m.query(`INSERT INTO joint_reviews (project_id, plan_version, reviewers, state, opened_at) VALUES ($1, $2, $3, 'OPEN', $4)`, [
      projectId,
      planVersion,
      await this.reviewersFor(m, districtId),
      at,
    ]);
  }

  /** Closes the open review as the transition decided; called inside PASS_REVIEW and REJECT_REVIEW. */
  async close(m: EntityManager, projectId: string, state: 'PASSED' | 'REJECTED', at: Date): Promise<void> {
    await m.query(`UPDATE joint_reviews SET state = $2, closed_at = $3 WHERE project_id = $1 AND state = 'OPEN'`, [projectId, state, at]);
  }

  async current(actor: Actor, projectId: string): Promise<ReviewView | null> {
    await this.projects.get(actor, projectId);
    const review = await this.latest(this.db.manager, projectId);
    return review && this.seenBy(actor, review);
  }

  /** Signers are named people: masked for supervisors like other names. */
  private seenBy(actor: Actor, review: ReviewView): ReviewView {
    if (seesPersonalData(actor.role)) return review;
    return { ...review, opinions: review.opinions.map((o) => ({ ...o, signer: o.signer && maskName(o.signer) })) };
  }

  async latest(m: EntityManager, projectId: string): Promise<ReviewView | null> {
    const [r] = await m.query(
      `SELECT * FROM joint_reviews WHERE project_id = $1 ORDER BY (state = 'OPEN') DESC, opened_at DESC, id LIMIT 1`,
      [projectId],
    );
    if (!r) return null;
    const opinions = await m.query('SELECT * FROM review_opinions WHERE review_id = $1 ORDER BY recorded_at, reviewer', [r.id]);
    return {
      id: r.id,
      planVersion: r.plan_version,
      state: r.state,
      reviewers: r.reviewers,
      openedAt: r.opened_at,
      closedAt: r.closed_at,
      opinions: opinions.map((o: Record<string, never>) => ({
        reviewer: o.reviewer,
        opinion: o.opinion,
        comments: o.comments,
        conditions: o.conditions,
        signer: o.signer,
        entry: o.entry,
        formNumber: o.form_number,
        photoSha256: o.photo_sha256,
        recordedBy: o.recorded_by,
        recordedAt: o.recorded_at,
      })),
    };
  }

  /** The version the last rejected review was about. */
  async lastRejectedVersion(m: EntityManager, projectId: string): Promise<number | null> {
    const [row]: { v: number | null }[] = await m.query(
      `SELECT max(plan_version) AS v FROM joint_reviews WHERE project_id = $1 AND state = 'REJECTED'`,
      [projectId],
    );
    return row?.v ?? null;
  }

  async recordOpinion(actor: Actor, projectId: string, input: OpinionInput): Promise<ReviewView> {
    const conditions = (input.conditions ?? []).map((c) => c.trim()).filter(Boolean);
    if (input.opinion === 'APPROVE_WITH_CONDITIONS' && conditions.length === 0) {
      throw invalid([{ field: 'conditions', code: 'REQUIRED', message: 'an approval with conditions lists its conditions' }]);
    }
    if (input.opinion !== 'APPROVE_WITH_CONDITIONS' && conditions.length > 0) {
      throw invalid([{ field: 'conditions', code: 'NOT_ALLOWED', message: `an ${input.opinion} opinion carries no conditions` }]);
    }
    return this.db.transaction(async (m) => {
      const review = await this.openReview(m, actor, projectId);
      if (!review.reviewers.includes(input.reviewer)) {
        throw invalid([
          {
            field: 'reviewer',
            code: 'NOT_ON_LIST',
            message: `${input.reviewer} is not on this review's list: ${review.reviewers.join(', ')}`,
          },
        ]);
      }
      const who = await signatory(m, actor);
      const entry = signingEntry(who, input.reviewer, {
        signer: input.signer,
        formNumber: input.formNumber,
        photo: { field: 'photoSha256', value: input.photoSha256 },
      });
      if (review.opinions.some((o) => o.reviewer === input.reviewer))
        throw new DomainError('RESOURCE.ALREADY_RECORDED', `${input.reviewer} has already given its opinion`);
      const at = this.clock.now();
      await m.query(
        `INSERT INTO review_opinions (review_id, reviewer, opinion, comments, conditions, signer, entry, form_number, photo_sha256, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          review.id,
          input.reviewer,
          input.opinion,
          input.comments,
          JSON.stringify(conditions.map((text) => ({ text, acknowledgedBy: null, acknowledgedAt: null }))),
          input.signer ?? who.displayName,
          entry,
          input.formNumber ?? null,
          input.photoSha256 ?? null,
          actor.userId,
          at,
        ],
      );
      await appendAudit(m, {
        actor,
        at,
        subjectType: 'joint-review',
        subjectId: review.id,
        projectId,
        action: 'review.opinion-recorded',
        detail: {
          reviewer: input.reviewer,
          opinion: input.opinion,
          entry,
          formNumber: input.formNumber ?? null,
          photoSha256: input.photoSha256 ?? null,
        },
      });
      return this.seenBy(actor, (await this.latest(m, projectId))!);
    });
  }

  /** The PM confirms a condition will be met. */
  async acknowledge(actor: Actor, projectId: string, reviewer: string, index: number): Promise<ReviewView> {
    return this.db.transaction(async (m) => {
      const review = await this.openReview(m, actor, projectId);
      const opinion = review.opinions.find((o) => o.reviewer === reviewer);
      const condition = opinion?.conditions[index];
      if (!condition) throw notFound(`condition ${index} of ${reviewer}`);
      if (condition.acknowledgedBy) throw new DomainError('RESOURCE.ALREADY_RECORDED', 'the condition is already acknowledged');
      const at = this.clock.now();
      const conditions = opinion!.conditions.map((c, i) =>
        i === index ? { ...c, acknowledgedBy: actor.userId, acknowledgedAt: at.toISOString() } : c,
      );
      await m.query('UPDATE review_opinions SET conditions = $3 WHERE review_id = $1 AND reviewer = $2', [
        review.id,
        reviewer,
        JSON.stringify(conditions),
      ]);
      await appendAudit(m, {
        actor,
        at,
        subjectType: 'joint-review',
        subjectId: review.id,
        projectId,
        action: 'review.condition-acknowledged',
        detail: { reviewer, index },
      });
      return (await this.latest(m, projectId))!;
    });
  }

  private async openReview(m: EntityManager, actor: Actor, projectId: string): Promise<ReviewView> {
    await this.projects.lockIn(m, actor, projectId, ['JOINT_REVIEW'], 'opinions are recorded');
    const review = await this.latest(m, projectId);
    if (!review || review.state !== 'OPEN') throw new DomainError('PROJECT.WRONG_STAGE', 'no open joint review');
    return review;
  }
}
