import { ConfigError, type InputProblem } from '../../shared/errors.js';
import { splitList } from '../../shared/inputs.js';
import { CONTEXT_NAMES, expressionProblems } from './expressions.js';

/** Global tag options, as in metadata-action's `flavor` input. */
export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  suffix: string;
  /** Whether the global prefix/suffix also decorate `latest`. */
  prefixOnLatest: boolean;
  suffixOnLatest: boolean;
}

/** Parses `latest=auto`, `prefix=app-,onlatest=true`, `suffix=-slim` lines (commas also separate). */
export function parseFlavor(raw: string, input = 'flavor'): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', suffix: '', prefixOnLatest: false, suffixOnLatest: false };
  const problems: InputProblem[] = [];
  let last: 'prefix' | 'suffix' | undefined;
  for (const item of splitList(raw)) {
    const at = item.indexOf('=');
    const key = at > 0 ? item.slice(0, at).trim() : item;
    const value = at > 0 ? item.slice(at + 1).trim() : '';
    if (key === 'latest') {
      if (['auto', 'true', 'false'].includes(value)) flavor.latest = value as Flavor['latest'];
      else problems.push({ input, message: `latest must be auto, true or false, got '${value}'` });
    } else if (key === 'prefix' || key === 'suffix') {
      flavor[key] = value;
      last = key;
      problems.push(
        ...expressionProblems(value, CONTEXT_NAMES).map((message) => ({ input, message: `${key}: ${message}` })),
      );
    } else if (key === 'onlatest' && last) {
      flavor[last === 'prefix' ? 'prefixOnLatest' : 'suffixOnLatest'] = value === 'true';
    } else {
      problems.push({
        input,
        message: `unknown flavor '${item}'; valid: latest=auto|true|false, prefix=..., suffix=..., onlatest=true after a prefix or suffix`,
      });
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return flavor;
}
