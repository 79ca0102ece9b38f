import {
  chinaDate,
  chinaTime,
  GENESIS_HASH,
  maskName,
  ROUND_SUBJECT_LABELS,
  roundMachine,
  TALLY_RESULT_LABELS,
  voteChoiceLabel,
  type Actor,
  type VoteChoice,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { centiToDecimal } from '../imports/tabular.js';
import { Clock } from '../platform/clock.js';
import { printHtml, printWorkbook, type Area, type PrintDocument } from '../reports/printable.js';
import { RoundService } from './round.service.js';
import { RuleProfileCatalog } from './rule-profile.catalog.js';

interface NoticeHousehold {
  unit_key: string;
  area_centi: string;
  owner_name: string | null;
  choice: VoteChoice | null;
  signed: boolean | null;
}

/** The households of one building as the notice counts them. */
interface BuildingCount {
  households: number;
  agreed: number;
  signed: number;
  disagreed: number;
  abstained: number;
  notAnswered: number;
}

/** Buildings in walking order: 2 before 10, named ones as written. */
const byBuilding = new Intl.Collator('zh-CN', { numeric: true }).compare;

/** Per building of the snapshot, plus the whole compound; signed counts the agreeing who signed, as the rule does. */
function countByBuilding(households: NoticeHousehold[]): { building: string; count: BuildingCount }[] {
  const empty = (): BuildingCount => ({ households: 0, agreed: 0, signed: 0, disagreed: 0, abstained: 0, notAnswered: 0 });
  const buildings = new Map<string, BuildingCount>();
  const total = empty();
  for (const h of households) {
    const building = h.unit_key.split('/')[0]!;
    const counts = buildings.get(building) ?? empty();
    buildings.set(building, counts);
    for (const c of [counts, total]) {
      c.households++;
      if (h.choice === 'AGREE') {
        c.agreed++;
        if (h.signed) c.signed++;
      } else if (h.choice === 'DISAGREE') c.disagreed++;
      else if (h.choice === 'ABSTAIN') c.abstained++;
      else c.notAnswered++;
    }
  }
  return [
    ...[...buildings.keys()].sort(byBuilding).map((building) => ({ building, count: buildings.get(building)! })),
    { building: '合计', count: total },
  ];
}

const area = (centi: string): Area => ({ m2: Number(centiToDecimal(BigInt(centi))) });
const dateZh = (at: Date) => {
  const [y, m, d] = chinaDate(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * A round's tally and its public notice (公示), as a committee posts it: the result judged by the
 * round's rule, and every household of the snapshot with its answer, so each can check its own.
 * A notice is read by anyone passing the board: owners' names are masked for every reader, as
 * the API masks them for supervisors, and no phone is printed.
 */
@Injectable()
export class TallyNoticeService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly rounds: RoundService,
    private readonly profiles: RuleProfileCatalog,
  ) {}

  async workbook(actor: Actor, roundId: string): Promise<Buffer> {
    return printWorkbook(await this.document(actor, roundId));
  }

  async printable(actor: Actor, roundId: string): Promise<string> {
    return printHtml(await this.document(actor, roundId));
  }

  private async document(actor: Actor, roundId: string): Promise<PrintDocument> {
    // The tally read decides who may see it, and refuses a round that has none.
    const tally = await this.rounds.tally(actor, roundId);
    const round = await this.rounds.get(actor, roundId);
    const profile = await this.profiles.get(tally.profile);
    const [place]: { project: string; compound: string }[] = await this.db.query(
      `SELECT p.name AS project, c.name AS compound FROM consultation_rounds r
         JOIN projects p ON p.id = r.project_id JOIN compounds c ON c.id = r.compound_id WHERE r.id = $1`,
      [roundId],
    );
    const households: NoticeHousehold[] = await this.db.query(
      `SELECT rh.unit_key, rh.area_centi, h.owner_name, v.choice, v.signed
         FROM round_households rh JOIN households h ON h.id = rh.household_id
         LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id
        WHERE rh.round_id = $1 ORDER BY rh.unit_key`,
      [roundId],
    );
    const subject = ROUND_SUBJECT_LABELS[round.subject].zh;
    const result = TALLY_RESULT_LABELS[tally.result].zh;
    const satisfaction = round.subject === 'SATISFACTION';
    const heading = `${place!.compound}${subject}（${round.title}）`;
    const opened = round.openedAt ? `${chinaTime(round.openedAt)}开始征询` : '';
    const closed = round.closedAt ? `，${chinaTime(round.closedAt)}截止计票` : '，尚未截止，以下为打印时的计票';
    const summary = `${heading}于${opened}${closed}。名册共${tally.rosterSize}户，已表决${tally.responded}户，未表决${tally.notResponded}户。按“${profile.name.zh}”判定，结果为：${result}。`;
    const agreeWord = voteChoiceLabel('AGREE', satisfaction).zh;
    const disagreeWord = voteChoiceLabel('DISAGREE', satisfaction).zh;
    const perBuilding = countByBuilding(households).map(({ building, count: c }) => [
      building === '合计' ? building : `${building}栋`,
      c.households,
      c.agreed,
      c.signed,
      c.disagreed,
      c.abstained,
      c.notAnswered,
    ]);
    // The head the round froze at close; anyone may later recompute the chain and compare.
    const ledger = `表决记录链${tally.frozen ? '截止计票时' : '打印时'}共${round.ledgerCount}条，链头哈希：${round.ledgerHead ?? GENESIS_HASH}。此后任何时候均可通过 GET /rounds/${round.id}/ledger/verify 重新核算：返回的 count 与 head 与此处一致，即表决记录未被改动。`;
    const voided = round.voidReason ? [{ text: `本次征询已作废，结果不作为任何决定的依据：${round.voidReason}` }] : [];

    return {
      title: `${heading}计票结果及公示`,
      sheets: [
        {
          name: '计票结果',
          title: `${heading}计票结果`,
          widths: [30, 18, 14, 14, 10, 10, 10],
          blocks: [
            {
              rows: [
                ['项目', place!.project],
                ['小区', place!.compound],
                ['征询事项', `${subject}：${round.title}`],
                ['判定规则', profile.name.zh],
                ['征询状态', roundMachine.states[round.state].label.zh],
                ['计票结果', tally.frozen ? result : `${result}（尚未截止）`],
                ['名册户数', tally.rosterSize],
                ['已表决户数', tally.responded],
                ['未表决户数', tally.notResponded],
                ['计票时间（北京时间）', chinaTime(tally.computedAt)],
              ],
            },
            ...voided,
            {
              header: ['条件', '口径', '实得', '基数', '门槛', '是否达到', '尚差户数'],
              rows: tally.conditions.map((c) => {
                const figure = (n: string) => (c.weight === 'AREA' ? area(n) : Number(n));
                return [
                  c.label.zh,
                  c.weight === 'AREA' ? '按建筑面积（㎡）' : '按户数',
                  figure(c.numerator),
                  figure(c.denominator),
                  `${c.strict ? '>' : '≥'} ${c.threshold}`,
                  c.passed ? '达到' : '未达到',
                  c.gap ?? '—',
                ];
              }),
            },
          ],
        },
        {
          name: '公示',
          title: `关于${heading}结果的公示`,
          widths: [8, 16, 16, 16, 12, 12, 12],
          blocks: [
            { text: summary },
            ...voided,
            {
              text: round.publicityEndsAt
                ? `公示期${round.publicityDays}天，至${chinaTime(round.publicityEndsAt)}止。公示期内对计票结果有异议的，请向居民委员会书面提出。`
                : `公示期${round.publicityDays}天，自开始公示之日起计算。公示期内对计票结果有异议的，请向居民委员会书面提出。`,
            },
            {
              header: ['楼栋', '户数', agreeWord, `其中${agreeWord}并签字`, disagreeWord, '弃权', '未表决'],
              rows: perBuilding,
            },
            {
              header: ['序号', '房号', '户主', '建筑面积（㎡）', satisfaction ? '评价' : '意见', '签字'],
              rows: households.map((h, i) => [
                i + 1,
                h.unit_key,
                h.owner_name ? maskName(h.owner_name) : '—',
                area(h.area_centi),
                h.choice ? voteChoiceLabel(h.choice, satisfaction).zh : '未表决',
                h.choice ? (h.signed ? '已签字' : '未签字') : '—',
              ]),
            },
            { text: ledger },
            { text: `${place!.compound}居民委员会　${dateZh(this.clock.now())}` },
          ],
        },
      ],
    };
  }
}
