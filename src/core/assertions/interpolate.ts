/**
 * `{{name}}` placeholders in check values: `{{base_url}}`, variables given to the action,
 * `{{env.NAME}}` from the environment, and values captured by earlier checks.
 */
export interface Scope {
  values: Record<string, string>;
  env: Readonly<Record<string, string | undefined>>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export class InterpolationError extends Error {
  constructor(
    readonly variable: string,
    available: string[],
  ) {
    super(
      variable.startsWith('env.')
        ? `environment variable ${variable.slice(4)} is not set (referenced as {{${variable}}})`
        : `unknown variable {{${variable}}}; known: ${available.length ? available.map((a) => `{{${a}}}`).join(', ') : '(none)'}, or {{env.NAME}}`,
    );
    this.name = 'InterpolationError';
  }
}

/** Names referenced by `{{...}}` in a text, for up-front validation. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export function hasPlaceholder(text: string): boolean {
  return placeholders(text).length > 0;
}

/** Replaces every placeholder; throws InterpolationError naming the first unknown one. */
export function interpolate(text: string, scope: Scope): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = name.startsWith('env.') ? scope.env[name.slice(4)] : scope.values[name];
    if (value === undefined) throw new InterpolationError(name, Object.keys(scope.values));
    return value;
  });
}

/** Interpolates every string inside a JSON value (request bodies given as `json:`). */
export function interpolateDeep(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return interpolate(value, scope);
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, scope));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, scope)]));
  }
  return value;
}
