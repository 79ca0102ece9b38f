import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the tests read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  tags?: string[];
  summary?: string;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}

type Schema = Record<string, unknown>;

export interface DocumentedOperation {
  method: string;
  path: string;
  op: Operation;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];

export function operationsOf(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ method, path, op })),
  );
}

export const JSON_MEDIA = 'application/json';

/** Media types whose bodies are files, declared with a binary string schema rather than a shape. */
const isBinary = (schema: Schema | undefined) => schema?.type === 'string' && schema.format === 'binary';

/**
 * What is wrong with an operation's success responses: none declared, a body without a schema, a
 * 204 with a body, or a non-JSON body that is neither a binary file nor text.
 */
export function successProblems(op: Operation): string[] {
  const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (!success.length) return ['no success response'];
  return success.flatMap(([status, response]) => {
    if (status === '204') return response.content ? ['204 with a body'] : [];
    const content = Object.entries(response.content ?? {});
    if (!content.length) return [`${status} without content`];
    return content.flatMap(([media, { schema }]) => {
      if (!schema) return [`${status} ${media} without a schema`];
      if (media === JSON_MEDIA) return isBinary(schema) ? [`${status} declares JSON as binary`] : [];
      return isBinary(schema) || schema.type === 'string' ? [] : [`${status} ${media} is not a file or text`];
    });
  });
}

const DOC_ID = 'openapi';

/**
 * OpenAPI 3.0 schemas as the JSON Schema ajv checks: `nullable` becomes a union with null, `$ref`s
 * point into the document, and an object with declared properties refuses any other, so that a
 * field the document does not name fails validation.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', `${DOC_ID}#/$defs/`);
    else if (key === 'properties' && value && typeof value === 'object')
      out.properties = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toJsonSchema(s)]));
    else if (key === 'example' || key === 'examples') continue;
    else out[key] = toJsonSchema(value);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

// A CommonJS package: Node's ESM loader hands over its module.exports, TypeScript's types its `default`.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const formats = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formats.default ?? formats;

/** Validates response bodies against the schemas the document declares for them. */
export class ResponseValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  private readonly compiled = new Map<Schema, ValidateFunction>();
  private readonly templates: { method: string; path: string; pattern: RegExp; op: Operation }[];

  constructor(doc: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: DOC_ID, $defs: toJsonSchema(doc.components?.schemas ?? {}) as object });
    this.templates = operationsOf(doc).map(({ method, path, op }) => ({
      method,
      path,
      op,
      pattern: new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+?')}$`),
    }));
  }

  /** The documented operation a request went to, by its method and URL. */
  operation(method: string, url: string): DocumentedOperation | undefined {
    const path = new URL(url, 'http://x').pathname;
    const found = this.templates.find((t) => t.method === method.toLowerCase() && t.pattern.test(path));
    return found && { method: found.method, path: found.path, op: found.op };
  }

  /** Empty when the response is what the document declares for its operation and status. */
  problems(method: string, url: string, res: { status: number; headers: Record<string, string>; body: unknown }): string[] {
    const found = this.operation(method, url);
    if (!found) return [`${method.toUpperCase()} ${url}: no such operation in the document`];
    const where = `${method.toUpperCase()} ${found.path} ${res.status}`;
    const declared = found.op.responses?.[String(res.status)];
    if (!declared) return [`${where}: status not declared`];
    if (res.status === 204) return [];
    const media = (res.headers['content-type'] ?? '').split(';')[0]!.trim();
    const content = declared.content?.[media];
    if (!content?.schema) return [`${where}: media type ${media || '(none)'} not declared`];
    if (media !== JSON_MEDIA) return [];
    const validate = this.validator(content.schema);
    if (validate(res.body)) return [];
    return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`);
  }

  private validator(schema: Schema): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as object);
      this.compiled.set(schema, validate);
    }
    return validate;
  }
}
