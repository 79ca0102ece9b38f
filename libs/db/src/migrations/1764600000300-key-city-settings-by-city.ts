import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A city's local settings were keyed by the city's name as districts recorded it. Cities are rows
 * now, whose name and code an admin may change: a setting keys its city by id, so that a rename
 * neither loses it nor hands it to another city. A row whose name is no city's any more applied to
 * no district; it is dropped, with its value kept in the audit trail.
 */
export class KeyCitySettingsByCity1764600000300 implements MigrationInterface {
  name = 'KeyCitySettingsByCity1764600000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH orphans AS (
        DELETE FROM local_settings s WHERE s.scope = 'CITY' AND NOT EXISTS (SELECT 1 FROM cities c WHERE c.name = s.scope_key)
        RETURNING s.scope_key, s.key, s.value
      )
      INSERT INTO audit_log (at, subject_type, subject_id, action, reason, detail)
      SELECT now(), 'city', scope_key, 'settings.dropped', 'no city of this name has a district any more',
             jsonb_build_object('key', key, 'value', value, 'city', scope_key)
        FROM orphans`);
    await q.query(`UPDATE local_settings s SET scope_key = c.id::text FROM cities c WHERE s.scope = 'CITY' AND s.scope_key = c.name`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE local_settings s SET scope_key = c.name FROM cities c WHERE s.scope = 'CITY' AND s.scope_key = c.id::text`);
  }
}
