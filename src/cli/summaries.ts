/**
 * The one-line summary of every command, kept apart from the command modules so `deploy-kit --help`
 * can list them all without loading any (see lazyCommand in commands.ts).
 */
export const SUMMARIES = {
  pin: 'pin uses: references to full commit SHAs (--check lists unpinned ones)',
  pipeline: 'run deploy -> verify -> score -> rollback-on-failure from a deploy-kit.yml',
  demo: 'run the release pipeline on the embedded simulator: one good release, two rolled back',
  'build-and-push': 'build a container image, tag it from the release, push it and print the registry digest',
  version: 'print the release version resolved from the runner event (GITHUB_REF, GITHUB_EVENT_PATH) or --version',
  tags: 'print the image tags (metadata-action rules) and OCI labels build-and-push would use for the runner event',
  cluster: 'run the embedded Kubernetes API simulator (deploy-kit cluster up) and write a kubeconfig for it',
  'health-check': 'wait until URLs answer and pass their assertions (retries, backoff, deadline)',
  'smoke-test': 'run a YAML suite of HTTP checks with assertions and captures; JSON + JUnit reports',
  'perf-gate':
    "load-test a URL with exact percentiles, k6-style thresholds and baseline regression; 'perf-gate merge' combines shard reports",
  'quality-score': 'one explainable 0-100 release score from test, coverage, lint, security, perf and health reports',
  deploy: 'apply manifests with server-side apply, wait like kubectl rollout status, fail fast, roll back on failure',
  rollback: 'roll workloads back to exactly what ran before a deploy (deploy record) or kubectl-undo style',
  analyze: 'judge a release by its production metrics (Prometheus, JSON endpoints, pod health); canary vs baseline',
  notify: 'post the release outcome to webhooks and record a GitHub Deployment',
  'perf-baseline':
    'fetch the perf report of the last successful release of an environment (GitHub artifacts) as a baseline',
  canary: 'status, promote or abort the canary / blue-green release in flight on a Deployment (manual gates)',
} as const;
