import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDistrictsUsersCompounds1763700000000 implements MigrationInterface {
  name = 'CreateDistrictsUsersCompounds1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE districts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        city text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        district_ids uuid[] NOT NULL DEFAULT '{}',
        compound_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Failed logins per account and per address, shared by every API replica.
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        failures int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE compounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        name text NOT NULL,
        address text NOT NULL,
        build_year int NOT NULL CHECK (build_year BETWEEN 1900 AND 2200),
        buildings int CHECK (buildings >= 0),
        households int CHECK (households >= 0),
        floor_area numeric(14, 2) CHECK (floor_area >= 0),
        has_elevator boolean NOT NULL DEFAULT false,
        in_shantytown_plan boolean NOT NULL DEFAULT false,
        danger_rating text CHECK (danger_rating IN ('A', 'B', 'C', 'D')),
        latitude numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
        longitude numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
        eligibility_exception jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX compounds_district_idx ON compounds (district_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compounds`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE districts`);
  }
}
