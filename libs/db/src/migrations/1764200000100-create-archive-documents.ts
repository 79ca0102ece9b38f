import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateArchiveDocuments1764200000100 implements MigrationInterface {
  name = 'CreateArchiveDocuments1764200000100';

  async up(q: QueryRunner): Promise<void> {
    // One row per filed document: an uploaded file (stored by its sha256), an external reference
    // (an archive number, a URL), or a reference to a record the system itself holds.
    await q.query(`
      CREATE TABLE archive_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        kind text NOT NULL CHECK (kind IN ('SURVEY_LEDGER', 'CONSENT_RECORDS', 'PLAN_VERSIONS', 'REVIEW_OPINIONS', 'PERMITS',
          'CONTRACTS', 'PROGRESS_REPORTS', 'CHANGE_ORDERS', 'ACCEPTANCE_FORM', 'PHOTOS')),
        source text NOT NULL CHECK (source IN ('UPLOAD', 'REFERENCE', 'SYSTEM')),
        title text NOT NULL CHECK (length(title) > 0),
        filename text,
        content_type text,
        size_bytes bigint CHECK (size_bytes > 0),
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        reference text,
        detail jsonb,
        filed_by uuid NOT NULL REFERENCES users(id),
        filed_at timestamptz NOT NULL,
        CHECK ((source = 'UPLOAD') = (sha256 IS NOT NULL AND size_bytes IS NOT NULL AND filename IS NOT NULL AND content_type IS NOT NULL)),
        CHECK ((source = 'UPLOAD') = (reference IS NULL))
      )`);
    await q.query('CREATE INDEX archive_documents_project_idx ON archive_documents (project_id, kind)');
    // Collecting the system's records twice, or twice at once, files each record once.
    await q.query(`CREATE UNIQUE INDEX archive_documents_system_once ON archive_documents (project_id, reference) WHERE source = 'SYSTEM'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE archive_documents');
  }
}
