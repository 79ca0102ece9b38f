import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tally's gap named bare unit keys; it now says for each household where it stands (not reached
 * yet, abstained, against, agreed without signing). Frozen tallies get the status their household
 * had when the round closed: votes cannot change after close, so the current vote is that one.
 * The households keep the order they were published in.
 */
export class NameWhereGapHouseholdsStand1764720000000 implements MigrationInterface {
  name = 'NameWhereGapHouseholdsStand1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE consultation_rounds r
         SET tally = jsonb_set(r.tally, '{conditions}', (
           SELECT coalesce(jsonb_agg((c.value - 'gapUnits') || jsonb_build_object('gapHouseholds', (
                    SELECT coalesce(jsonb_agg(jsonb_build_object('unitKey', u.key, 'status', s.status, 'statusName', s.name) ORDER BY u.n), '[]'::jsonb)
                      FROM jsonb_array_elements_text(c.value->'gapUnits') WITH ORDINALITY AS u(key, n)
                      LEFT JOIN round_households rh ON rh.round_id = r.id AND rh.unit_key = u.key
                      LEFT JOIN votes v ON v.round_id = r.id AND v.household_id = rh.household_id
                      CROSS JOIN LATERAL (
                        SELECT CASE v.choice WHEN 'ABSTAIN' THEN 'ABSTAINED' WHEN 'DISAGREE' THEN 'DISAGREED' WHEN 'AGREE' THEN 'AGREED_UNSIGNED' ELSE 'NOT_RESPONDED' END,
                               CASE v.choice WHEN 'ABSTAIN' THEN '已弃权' WHEN 'DISAGREE' THEN '已反对' WHEN 'AGREE' THEN '已同意未签字' ELSE '未表态' END
                      ) AS s(status, name)
                  )) ORDER BY c.n), '[]'::jsonb)
             FROM jsonb_array_elements(r.tally->'conditions') WITH ORDINALITY AS c(value, n)))
       WHERE r.tally ? 'conditions'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE consultation_rounds r
         SET tally = jsonb_set(r.tally, '{conditions}', (
           SELECT coalesce(jsonb_agg((c.value - 'gapHouseholds') || jsonb_build_object('gapUnits', (
                    SELECT coalesce(jsonb_agg(h.value->'unitKey' ORDER BY h.n), '[]'::jsonb)
                      FROM jsonb_array_elements(c.value->'gapHouseholds') WITH ORDINALITY AS h(value, n)
                  )) ORDER BY c.n), '[]'::jsonb)
             FROM jsonb_array_elements(r.tally->'conditions') WITH ORDINALITY AS c(value, n)))
       WHERE r.tally ? 'conditions'`);
  }
}
