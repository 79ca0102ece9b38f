import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project area (片区, "打捆"): one project, one plan and one funding ledger over several
 * neighbouring compounds of one district, each compound keeping its own residents' part (survey,
 * self-governance bodies, consent rounds, admission commitments, complaints). Every existing project
 * covers its one compound, as its lead.
 */
export class ProjectAreasCoverSeveralCompounds1764600000200 implements MigrationInterface {
  name = 'ProjectAreasCoverSeveralCompounds1764600000200';

  async up(q: QueryRunner): Promise<void> {
    // The pairs the coverage refers to, so that a project covers compounds of its own district only.
    await q.query('ALTER TABLE projects ADD CONSTRAINT projects_id_district_key UNIQUE (id, district_id)');
    await q.query('ALTER TABLE compounds ADD CONSTRAINT compounds_id_district_key UNIQUE (id, district_id)');
    await q.query(`
      CREATE TABLE project_compounds (
        project_id uuid NOT NULL,
        compound_id uuid NOT NULL,
        district_id uuid NOT NULL,
        lead boolean NOT NULL DEFAULT false,
        position int NOT NULL CHECK (position >= 1),
        added_at timestamptz NOT NULL,
        added_by uuid REFERENCES users(id),
        released_at timestamptz,
        PRIMARY KEY (project_id, compound_id),
        FOREIGN KEY (project_id, district_id) REFERENCES projects(id, district_id),
        FOREIGN KEY (compound_id, district_id) REFERENCES compounds(id, district_id)
      )`);
    // A compound is in at most one active project, even under concurrent writes; a project has one lead.
    await q.query('CREATE UNIQUE INDEX project_compounds_one_active_project ON project_compounds (compound_id) WHERE released_at IS NULL');
    await q.query('CREATE UNIQUE INDEX project_compounds_one_lead ON project_compounds (project_id) WHERE lead');
    // The order compounds joined in, the lead first.
    await q.query('CREATE UNIQUE INDEX project_compounds_position ON project_compounds (project_id, position)');
    await q.query('CREATE INDEX project_compounds_compound_idx ON project_compounds (compound_id)');
    await q.query(`
      INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at, released_at)
      SELECT id, compound_id, district_id, true, 1, created_at, CASE WHEN state IN ('CLOSED', 'CANCELLED') THEN updated_at END FROM projects`);
    await q.query('DROP INDEX projects_one_active_per_compound');

    // What each compound's residents do is theirs: it refers to the compound's place in the project
    // (a survey goes with it; the rest keeps the compound in the project).
    const theirs: [table: string, primaryKey: string | null, onDelete: string][] = [
      ['project_surveys', 'project_id, compound_id', 'ON DELETE CASCADE'],
      ['governance_bodies', null, ''],
      ['admission_confirmations', 'project_id, compound_id, item', ''],
      // The maintenance fund is each compound's owners'.
      ['maintenance_fund_lines', 'project_id, compound_id, building', ''],
      ['maintenance_fund_collections', null, ''],
    ];
    for (const [table, primaryKey] of theirs) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN compound_id uuid`);
      await q.query(`UPDATE ${table} t SET compound_id = p.compound_id FROM projects p WHERE p.id = t.project_id`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN compound_id SET NOT NULL`);
      if (primaryKey) {
        await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
        await q.query(`ALTER TABLE ${table} ADD PRIMARY KEY (${primaryKey})`);
      }
    }
    // Rounds and complaints carried their compound already.
    for (const table of [...theirs.map(([t]) => t), 'consultation_rounds', 'complaints']) {
      const onDelete = theirs.find(([t]) => t === table)?.[2] ?? '';
      await q.query(`
        ALTER TABLE ${table} ADD CONSTRAINT ${table}_covered
          FOREIGN KEY (project_id, compound_id) REFERENCES project_compounds(project_id, compound_id) ${onDelete}`);
    }

    // A plan item may belong to one compound of the area (NULL: shared by the area), which lets the
    // area's progress be read per compound.
    await q.query('ALTER TABLE plan_items ADD COLUMN compound_id uuid');
    await q.query(`
      ALTER TABLE plan_items ADD CONSTRAINT plan_items_covered
        FOREIGN KEY (project_id, compound_id) REFERENCES project_compounds(project_id, compound_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plan_items DROP CONSTRAINT plan_items_covered, DROP COLUMN compound_id');
    await q.query('DELETE FROM maintenance_fund_lines l USING projects p WHERE p.id = l.project_id AND l.compound_id <> p.compound_id');
    await q.query('ALTER TABLE maintenance_fund_lines DROP CONSTRAINT maintenance_fund_lines_pkey');
    await q.query('ALTER TABLE maintenance_fund_lines ADD PRIMARY KEY (project_id, building)');
    for (const table of ['maintenance_fund_lines', 'maintenance_fund_collections']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_covered, DROP COLUMN compound_id`);
    }
    for (const table of ['consultation_rounds', 'complaints']) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_covered`);
    await q.query('DELETE FROM admission_confirmations a USING projects p WHERE p.id = a.project_id AND a.compound_id <> p.compound_id');
    await q.query('ALTER TABLE admission_confirmations DROP CONSTRAINT admission_confirmations_covered');
    await q.query('ALTER TABLE admission_confirmations DROP CONSTRAINT admission_confirmations_pkey');
    await q.query('ALTER TABLE admission_confirmations DROP COLUMN compound_id');
    await q.query('ALTER TABLE admission_confirmations ADD PRIMARY KEY (project_id, item)');
    await q.query('ALTER TABLE governance_bodies DROP CONSTRAINT governance_bodies_covered, DROP COLUMN compound_id');
    await q.query('DELETE FROM project_surveys s USING projects p WHERE p.id = s.project_id AND s.compound_id <> p.compound_id');
    await q.query('ALTER TABLE project_surveys DROP CONSTRAINT project_surveys_covered');
    await q.query('ALTER TABLE project_surveys DROP CONSTRAINT project_surveys_pkey');
    await q.query('ALTER TABLE project_surveys DROP COLUMN compound_id');
    await q.query('ALTER TABLE project_surveys ADD PRIMARY KEY (project_id)');
    await q.query(
      `CREATE UNIQUE INDEX projects_one_active_per_compound ON projects (compound_id) WHERE state NOT IN ('CLOSED', 'CANCELLED')`,
    );
    await q.query('DROP TABLE project_compounds');
    await q.query('ALTER TABLE compounds DROP CONSTRAINT compounds_id_district_key');
    await q.query('ALTER TABLE projects DROP CONSTRAINT projects_id_district_key');
  }
}
