import { z } from 'zod';
import { parseDuration } from '../../shared/duration.js';
import { METHODS } from '../http/types.js';

const durationText = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseDuration(String(value));
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `must be a duration such as 500ms, 10s or 1m, got '${value}'` });
    return z.NEVER;
  }
  return ms;
});

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
/** CR, LF or NUL in a header would split the request (or fail deep inside the HTTP library): refuse it here. */
const headerValue = scalar.refine((value) => !/[\r\n\0]/.test(value), {
  message: 'header values must not contain CR, LF or NUL characters (put one header value on one line)',
});
const headerMap = z.record(z.string().regex(/^[!#$%&'*+.^_`|~\w-]+$/, 'is not a valid header name'), headerValue);
const expectList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(/\r?\n/)).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
  );

const checkSchema = z
  .object({
    name: z.string().min(1, 'a check needs a name'),
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(METHODS, { error: `method must be one of ${METHODS.join(', ')}` }))
      .default('GET'),
    path: z.string().optional(),
    url: z.string().optional(),
    headers: headerMap.default({}),
    body: z.string().optional(),
    json: z.unknown().optional(),
    expect: expectList.default(['status 2xx']),
    capture: z
      .record(z.string().regex(/^[A-Za-z_][\w-]*$/, 'capture names are letters, digits, _ and -'), z.string())
      .default({}),
    retries: z.number().int().min(0).max(20).default(0),
    'retry-delay': durationText.default(1000),
    timeout: durationText.optional(),
    'follow-redirects': z.boolean().default(false),
    insecure: z.boolean().default(false),
  })
  .strict()
  .superRefine((check, ctx) => {
    if ((check.path === undefined) === (check.url === undefined)) {
      ctx.addIssue({ code: 'custom', message: "give exactly one of 'path' (joined to base-url) or 'url'", path: [] });
    }
    if (check.body !== undefined && check.json !== undefined) {
      ctx.addIssue({ code: 'custom', message: "give 'body' or 'json', not both", path: ['json'] });
    }
  });

/** The smoke-test spec file: variables, request defaults, and the ordered list of checks. */
export const specSchema = z
  .object({
    variables: z.record(z.string(), scalar).default({}),
    defaults: z
      .object({
        headers: headerMap.default({}),
        timeout: durationText.optional(),
        retries: z.number().int().min(0).max(20).optional(),
      })
      .strict()
      .default({ headers: {} }),
    checks: z.array(checkSchema).min(1, 'the spec needs at least one check'),
  })
  .strict();

export type SpecFile = z.output<typeof specSchema>;
export type SpecCheck = z.output<typeof checkSchema>;
