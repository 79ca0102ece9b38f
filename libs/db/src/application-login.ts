import pg from 'pg';

/** The group the migrations grant the application's privileges to (see the least-privilege migration). */
export const APPLICATION_GROUP = 'renovation_app';

export interface ApplicationLogin {
  user: string;
  password: string;
}

/** The same server and database as `ownerUrl`, signed in as the application's login. */
export function applicationUrl(ownerUrl: string, login: ApplicationLogin): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(login.user);
  url.password = encodeURIComponent(login.password);
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Signs in as the login and tells whether it is the least-privileged member it must be. */
async function probe(url: string): Promise<'ok' | 'privileged' | 'absent'> {
  try {
    return await withClient(url, async (client) => {
      const [row] = (
        await client.query(
          `SELECT r.rolsuper OR r.rolbypassrls OR r.rolcreaterole
                  OR EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS privileged,
                  pg_has_role(r.oid, $1, 'USAGE') AS member
             FROM pg_roles r WHERE r.rolname = current_user`,
          [APPLICATION_GROUP],
        )
      ).rows as { privileged: boolean; member: boolean }[];
      if (row!.privileged) return 'privileged';
      return row!.member ? 'ok' : 'absent';
    });
  } catch {
    return 'absent';
  }
}

/**
 * Makes sure the application's login exists with this password and belongs to the group, and
 * answers its URL. The owner changes the catalog only when signing in as the login fails, so the
 * processes of a running system (API replicas, workers) find it ready and do not race on it. A
 * login with more than the group's rights (a superuser or the tables' owner named by mistake) stops the start.
 */
export async function ensureApplicationLogin(ownerUrl: string, login: ApplicationLogin): Promise<string> {
  const url = applicationUrl(ownerUrl, login);
  let found = await probe(url);
  if (found === 'absent') {
    await withClient(ownerUrl, async (owner) => {
      const role = owner.escapeIdentifier(login.user);
      await owner.query(`DO $$ BEGIN CREATE ROLE ${role}; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
      await owner.query(`ALTER ROLE ${role} LOGIN PASSWORD ${owner.escapeLiteral(login.password)}`);
      await owner.query(`GRANT ${APPLICATION_GROUP} TO ${role}`);
    });
    found = await probe(url);
  }
  if (found === 'privileged') {
    throw new Error(`the application's database login ${login.user} has more rights than ${APPLICATION_GROUP}: name a login of its own`);
  }
  if (found === 'absent') throw new Error(`cannot sign in to PostgreSQL as the application's login ${login.user}`);
  return url;
}
