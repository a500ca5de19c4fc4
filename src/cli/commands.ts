import type { CliCommand } from './command.js';
import { pinCommand } from './pin-command.js';
import { pipelineCommand } from './pipeline-command.js';
import { demoCommand } from './demo-command.js';
import { perfCommand } from './perf-command.js';
import { actionCommand } from './action-command.js';
import { versionCommand } from './version-command.js';
import { tagsCommand } from './tags-command.js';
import { clusterCommand } from './cluster-command.js';
import { definition as buildAndPushDefinition } from '../actions/build-and-push/main.js';
import { definition as healthCheckDefinition } from '../actions/health-check/main.js';
import { definition as smokeTestDefinition } from '../actions/smoke-test/main.js';
import { definition as notifyDefinition } from '../actions/notify/main.js';
import { definition as qualityScoreDefinition } from '../actions/quality-score/main.js';
import { definition as deployDefinition } from '../actions/deploy/main.js';
import { definition as rollbackDefinition } from '../actions/rollback/main.js';

/**
 * Every `deploy-kit <command>`. Each part of the kit adds its commands here, one line each;
 * action-backed commands come from actionCommand() so they share the action's schema and core.
 */
export const commands: CliCommand[] = [
  pinCommand,
  pipelineCommand,
  demoCommand,
  actionCommand('build', 'build a container image, tag it from the release, push it and print the registry digest', buildAndPushDefinition),
  versionCommand,
  tagsCommand,
  clusterCommand,
  actionCommand('health', 'wait until URLs answer and pass their assertions (retries, backoff, deadline)', healthCheckDefinition),
  actionCommand('smoke', 'run a YAML suite of HTTP checks with assertions and captures; JSON + JUnit reports', smokeTestDefinition),
  perfCommand,
  actionCommand('score', 'one explainable 0-100 release score from test, coverage, lint, security, perf and health reports', qualityScoreDefinition),
  actionCommand('deploy', 'apply manifests with server-side apply, wait like kubectl rollout status, fail fast, roll back on failure', deployDefinition),
  actionCommand('rollback', 'roll workloads back to exactly what ran before a deploy (deploy record) or kubectl-undo style', rollbackDefinition),
  actionCommand('notify', 'post the release outcome to webhooks and record a GitHub Deployment', notifyDefinition),
];
