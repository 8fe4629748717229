import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from '../../src/api/openapi-document.ts';

/** An app that serves its OpenAPI document at /api/openapi.json (the Vigie app, or a small one in a test). */
export interface DocumentedApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** What the checker needs of one answer. */
export interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  /** the parsed JSON body, when the answer is JSON */
  json: unknown;
}

/** A response the OpenAPI document does not allow: the test that made the call fails with this. */
export class ContractError extends Error {
  constructor(answer: Answer, problem: string) {
    super(`contract: ${answer.method} ${answer.path} answered ${answer.status}: ${problem}`);
    this.name = 'ContractError';
  }
}

/*
 * Refusals the edge gives before or around any route (authentication, CSRF, body limits and decoding,
 * the store down, a bug), so no route declares them one by one. Their body must still be the Error envelope.
 * A status listed with codes is allowed only with one of those codes.
 */
const EDGE_REFUSALS: Record<number, string[] | 'any'> = {
  400: ['invalid_json', 'bad_request', 'invalid_utf8', 'sealed_text_in_input'],
  401: 'any',
  403: ['csrf'],
  413: 'any',
  500: 'any',
  503: 'any',
};

/** Paths the checker leaves alone: the document itself. */
const UNCHECKED = new Set(['/api/openapi.json']);

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

interface Template {
  path: string;
  pattern: RegExp;
  params: number;
}

/** The response contract of one OpenAPI document: which answers it allows. */
export class Contract {
  private readonly ajv: Ajv2020;
  private readonly templates: Template[];
  private readonly validators = new Map<string, ValidateFunction>();
  private static readonly DOCUMENT_ID = 'vigie-openapi';

  constructor(readonly document: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
    // ajv-formats is CommonJS: its function is the default export's default under NodeNext.
    const addFormats =
      (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.ajv);
    this.ajv.addSchema(document as object, Contract.DOCUMENT_ID);
    // A literal path wins over a template (/api/incidents/map before /api/incidents/{id}).
    this.templates = Object.keys(document.paths)
      .map((path) => {
        const parts = path.split(/\{[^}]+\}/);
        const pattern = new RegExp(`^${parts.map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
        return { path, pattern, params: parts.length - 1 };
      })
      .sort((a, b) => a.params - b.params);
  }

  /** The validator of one response schema (its `$ref`s resolve inside the document). */
  validator(path: string, method: string, status: string, mediaType = 'application/json'): ValidateFunction {
    const ref = `${Contract.DOCUMENT_ID}#/${pointer('paths', path, method, 'responses', status, 'content', mediaType, 'schema')}`;
    const known = this.validators.get(ref);
    if (known) return known;
    const validate = this.ajv.compile({ $ref: ref });
    this.validators.set(ref, validate);
    return validate;
  }

  /** The answer's documented path, or undefined when no documented path matches it. */
  documentedPath(method: string, path: string): string | undefined {
    const bare = path.split('?')[0];
    const matches = this.templates.filter((template) => template.pattern.test(bare));
    return (matches.find((template) => method.toLowerCase() in this.document.paths[template.path]) ?? matches[0])?.path;
  }

  /** Throws a ContractError naming the path, the status and the schema's complaints when the answer breaks the document. */
  check(answer: Answer): void {
    const bare = answer.path.split('?')[0];
    if (!bare.startsWith('/api/') || UNCHECKED.has(bare)) return;
    const isJson = /^application\/([a-z.+-]*\+)?json\b/i.test(answer.contentType ?? '');
    const documented = this.documentedPath(answer.method, bare);
    if (!documented) {
      // The catch-all of unknown routes answers 404 not_found: that is the one undocumented answer.
      if (answer.status === 404 && (answer.json as { error?: { code?: string } })?.error?.code === 'not_found') return;
      throw new ContractError(answer, 'the route is missing from the OpenAPI document');
    }
    const method = answer.method.toLowerCase();
    const operation = this.document.paths[documented][method];
    if (!operation) throw new ContractError(answer, `the document has no ${answer.method} for ${documented}`);
    const responses = operation.responses ?? {};
    const status = String(answer.status);
    const declared = status in responses ? status : `${status[0]}XX` in responses ? `${status[0]}XX` : undefined;
    if (!declared) {
      const edge = EDGE_REFUSALS[answer.status];
      const code = (answer.json as { error?: { code?: string } })?.error?.code ?? '';
      if (!edge || (edge !== 'any' && !edge.includes(code))) {
        throw new ContractError(
          answer,
          `status ${status} is not declared for ${answer.method} ${documented} (declared: ${Object.keys(responses).join(', ')})`,
        );
      }
      this.validate(answer, this.errorValidator(), 'the Error envelope');
      return;
    }
    if (!isJson) return;
    const content = responses[declared].content ?? {};
    // the media type the answer names (a route may answer STIX or plain JSON), else the first JSON one
    const named = (answer.contentType ?? '').split(';')[0].trim().toLowerCase();
    const mediaType =
      (content[named]?.schema !== undefined ? named : undefined) ??
      Object.keys(content).find((type) => /json/i.test(type) && content[type].schema !== undefined);
    if (!mediaType) {
      throw new ContractError(
        answer,
        `it answered JSON but the document declares ${Object.keys(content).join(', ') || 'no body'}`,
      );
    }
    this.validate(answer, this.validator(documented, method, declared, mediaType), `${documented} ${declared}`);
  }

  private errorValidator(): ValidateFunction {
    const ref = `${Contract.DOCUMENT_ID}#/components/schemas/Error`;
    const known = this.validators.get(ref);
    if (known) return known;
    const validate = this.ajv.compile({ $ref: ref });
    this.validators.set(ref, validate);
    return validate;
  }

  private validate(answer: Answer, validate: ValidateFunction, what: string): void {
    if (validate(answer.json)) return;
    const problems = (validate.errors ?? [])
      .slice(0, 12)
      .map((error) => `  ${error.instancePath || '(body)'} ${error.message}${paramsOf(error.params)}`)
      .join('\n');
    throw new ContractError(answer, `the body does not match ${what}:\n${problems}\n  body: ${preview(answer.json)}`);
  }
}

function paramsOf(params: Record<string, unknown>): string {
  const values = Object.values(params ?? {});
  return values.length ? ` (${values.map((value) => JSON.stringify(value)).join(', ')})` : '';
}

function preview(json: unknown): string {
  const text = JSON.stringify(json) ?? String(json);
  return text.length > 400 ? `${text.slice(0, 400)}...` : text;
}

// One compiled contract per document text (every app of a run serves the same one), fetched once per app.
const byText = new Map<string, Contract>();
const byApp = new WeakMap<DocumentedApp, Promise<Contract>>();

/** The contract an app serves at /api/openapi.json, fetched once per app. */
export function contractOf(app: DocumentedApp): Promise<Contract> {
  let contract = byApp.get(app);
  if (!contract) {
    contract = (async () => {
      const response = await app.request('/api/openapi.json');
      if (response.status !== 200) throw new Error(`contract: /api/openapi.json answered ${response.status}`);
      const text = await response.text();
      let known = byText.get(text);
      if (!known) {
        known = new Contract(JSON.parse(text) as OpenApiDocument);
        byText.set(text, known);
      }
      return known;
    })();
    byApp.set(app, contract);
  }
  return contract;
}
