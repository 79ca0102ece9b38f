import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where the console's typed client reads the API's shapes from; checked in. */
export const CLIENT_SCHEMA_FILE = 'apps/console/src/api/schema.d.ts';

const HEADER = `/*
 * Generated from the API's OpenAPI document (/docs-json) by \`npm run console:client\`; do not edit.
 * A test fails when this file differs from what the current API generates.
 */
`;

/** The TypeScript declarations openapi-typescript makes of the API's OpenAPI document. */
export async function clientTypes(document: unknown): Promise<string> {
  return HEADER + astToString(await openapiTS(document as OpenAPI3));
}
