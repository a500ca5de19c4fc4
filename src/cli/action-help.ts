import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * One example per action-backed command, shown by `deploy-kit <command> --help`. A test parses
 * each against the command's flags, so an example cannot name a flag that does not exist.
 */
export const EXAMPLES: Record<string, string> = {
  build: 'deploy-kit build --images ghcr.io/acme/shop --context . --version v1.4.0 --push false',
  health: "deploy-kit health --url https://shop.example.com/healthz --expect 'status 200' --timeout 2m",
  smoke: 'deploy-kit smoke --spec smoke.yml --base-url https://staging.shop.example.com --report-dir reports/smoke',
  perf: "deploy-kit perf --url http://127.0.0.1:8080/api/items --duration 30s --thresholds 'p(95) < 300ms' --report perf.json",
  score:
    'deploy-kit score --tests reports/junit.xml --coverage coverage/lcov.info --performance perf.json --min-score 80',
  deploy:
    'deploy-kit deploy --manifests k8s/ --namespace shop --images app=ghcr.io/acme/shop:v1.4.0 --version v1.4.0 --summary-file deploy.md',
  rollback: 'deploy-kit rollback --record deploy-record.json --reason "p95 regressed"',
  notify:
    'deploy-kit notify --status succeeded --version v1.4.0 --environment production --webhook-url https://hooks.example.com/x',
};

/** Where the action.yml files sit: two levels above this module in src/cli and in dist/cli alike. */
const actionYml = (action: string) => fileURLToPath(new URL(`../../actions/${action}/action.yml`, import.meta.url));

/**
 * The input descriptions of an action, read from its action.yml so the CLI help says exactly
 * what the action's documentation says; empty when the file is not shipped beside the CLI.
 */
export function inputDescriptions(action: string): Record<string, string> {
  try {
    const doc = parse(readFileSync(actionYml(action), 'utf8')) as { inputs?: Record<string, { description?: string }> };
    return Object.fromEntries(Object.entries(doc.inputs ?? {}).map(([k, v]) => [k, v.description ?? '']));
  } catch {
    return {};
  }
}

/** Word-wraps a description under its flag, indented, at about 100 columns. */
export function wrapDescription(text: string, indent = 6, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(' '.repeat(indent) + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(' '.repeat(indent) + line);
  return lines;
}
