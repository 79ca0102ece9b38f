import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCitiesAndBulletinsPerCity1764600000000 implements MigrationInterface {
  name = 'CreateCitiesAndBulletinsPerCity1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        name text NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The one rule that turns a city written as text into a city row, found by name or created with
    // a code derived from it (an admin may rename the code later): the existing districts below and
    // the writers that still name the city by text, through the trigger, go the same way.
    await q.query(`
      CREATE FUNCTION city_for_name(city_name text) RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE found uuid;
      BEGIN
        SELECT id INTO found FROM cities WHERE name = city_name;
        IF found IS NULL THEN
          INSERT INTO cities (code, name) VALUES ('city-' || substr(md5(city_name), 1, 10), city_name)
            ON CONFLICT (name) DO NOTHING RETURNING id INTO found;
          IF found IS NULL THEN
            SELECT id INTO found FROM cities WHERE name = city_name;
          END IF;
        END IF;
        RETURN found;
      END $$`);
    await q.query('ALTER TABLE districts ADD COLUMN city_id uuid REFERENCES cities(id)');
    await q.query('UPDATE districts SET city_id = city_for_name(city)');
    await q.query('ALTER TABLE districts ALTER COLUMN city_id SET NOT NULL');
    await q.query('CREATE INDEX districts_city_idx ON districts (city_id)');
    // districts.city stays readable as the name of the district's city, kept by the database: a row
    // written with city_id gets the name, one written with the name alone (or a changed name) gets
    // the city it names.
    await q.query(`
      CREATE FUNCTION districts_city_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.city IS NOT NULL AND (NEW.city_id IS NULL
            OR (TG_OP = 'UPDATE' AND NEW.city_id = OLD.city_id AND NEW.city IS DISTINCT FROM OLD.city)) THEN
          NEW.city_id := city_for_name(NEW.city);
        END IF;
        NEW.city := (SELECT name FROM cities WHERE id = NEW.city_id);
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER districts_city_name BEFORE INSERT OR UPDATE ON districts FOR EACH ROW EXECUTE FUNCTION districts_city_name()`,
    );
    await q.query(`
      CREATE FUNCTION cities_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE districts SET city = NEW.name WHERE city_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cities_renamed AFTER UPDATE OF name ON cities FOR EACH ROW EXECUTE FUNCTION cities_renamed()`);

    // A bulletin ranks the districts of one city. A stored one goes to the city its districts are in;
    // with a single city every one does. One that ranked districts of several cities together stays
    // as it was published, under no city: no city's bulletin of that month, which can now be built.
    await q.query('ALTER TABLE monthly_bulletins ADD COLUMN city_id uuid REFERENCES cities(id)');
    await q.query(`
      UPDATE monthly_bulletins b SET city_id = x.city_id
        FROM (SELECT b2.month, (array_agg(DISTINCT d.city_id))[1] AS city_id
                FROM monthly_bulletins b2
                CROSS JOIN LATERAL jsonb_array_elements(b2.content -> 'districts') e
                JOIN districts d ON d.id = (e ->> 'id')::uuid
               GROUP BY b2.month HAVING count(DISTINCT d.city_id) = 1) x
       WHERE x.month = b.month`);
    await q.query(
      `UPDATE monthly_bulletins SET city_id = (SELECT id FROM cities) WHERE city_id IS NULL AND (SELECT count(*) FROM cities) = 1`,
    );
    await q.query('ALTER TABLE monthly_bulletins DROP CONSTRAINT monthly_bulletins_pkey');
    await q.query('CREATE UNIQUE INDEX monthly_bulletins_city_month ON monthly_bulletins (city_id, month)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX monthly_bulletins_city_month');
    // One bulletin per month again: the first stored of each month stays.
    await q.query('DELETE FROM monthly_bulletins a USING monthly_bulletins b WHERE a.month = b.month AND a.built_at > b.built_at');
    await q.query('ALTER TABLE monthly_bulletins ADD PRIMARY KEY (month)');
    await q.query('ALTER TABLE monthly_bulletins DROP COLUMN city_id');
    await q.query('DROP TRIGGER cities_renamed ON cities');
    await q.query('DROP FUNCTION cities_renamed()');
    await q.query('DROP TRIGGER districts_city_name ON districts');
    await q.query('DROP FUNCTION districts_city_name()');
    await q.query('ALTER TABLE districts DROP COLUMN city_id');
    await q.query('DROP FUNCTION city_for_name(text)');
    await q.query('DROP TABLE cities');
  }
}
