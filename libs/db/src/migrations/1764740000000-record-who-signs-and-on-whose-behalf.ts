import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signature on the acceptance form and an opinion in joint review say how they were entered: by the
 * party itself, or by a PM on its behalf from the paper it signed (the signer, the paper form's
 * number, the photo's sha256). Rows from before were entered by whoever recorded them with nothing
 * to show for it: they are marked as such, not passed off as either. A user may name the body they
 * work for, which is how the system knows a user is a party.
 */
export class RecordWhoSignsAndOnWhoseBehalf1764740000000 implements MigrationInterface {
  name = 'RecordWhoSignsAndOnWhoseBehalf1764740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN organisation text CHECK (organisation ~ '^[A-Z_]{2,64}$')`);
    for (const table of ['acceptance_signatures', 'review_opinions']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN entry text NOT NULL DEFAULT 'UNVERIFIED' CHECK (entry IN ('SELF', 'ON_BEHALF', 'UNVERIFIED')),
          ADD COLUMN form_number text,
          ADD COLUMN photo_sha256 text CHECK (photo_sha256 ~ '^[0-9a-f]{64}$'),
          ADD CHECK ((entry = 'ON_BEHALF') = (form_number IS NOT NULL AND photo_sha256 IS NOT NULL))`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN entry DROP DEFAULT`);
    }
    // An opinion names who gave it from now on; earlier ones named nobody.
    await q.query('ALTER TABLE review_opinions ADD COLUMN signer text');
    await q.query(`ALTER TABLE review_opinions ADD CHECK (entry = 'UNVERIFIED' OR signer IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE review_opinions DROP COLUMN signer');
    for (const table of ['acceptance_signatures', 'review_opinions'])
      await q.query(`ALTER TABLE ${table} DROP COLUMN entry, DROP COLUMN form_number, DROP COLUMN photo_sha256`);
    await q.query('ALTER TABLE users DROP COLUMN organisation');
  }
}
