import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { escapeWorkflowCommands } from './masking.js';
import type { Annotation, Runtime } from './runtime.js';

function toProperties(annotation?: Annotation): core.AnnotationProperties | undefined {
  if (!annotation) return undefined;
  return {
    file: annotation.file,
    startLine: annotation.startLine,
    endLine: annotation.endLine,
    title: annotation.title,
  };
}

/** The Runtime of a JavaScript action step, over @actions/core. */
export function createActionsRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  return {
    kind: 'actions',
    input: (name) => core.getInput(name),
    output: (name, value) => core.setOutput(name, value),
    secret: (value) => {
      if (value) core.setSecret(value);
    },
    debug: (message) => core.debug(message),
    // core.info writes raw text: escape it so a value cannot inject a workflow command.
    info: (message) => core.info(escapeWorkflowCommands(message)),
    warning: (message, annotation) => core.warning(message, toProperties(annotation)),
    error: (message, annotation) => core.error(message, toProperties(annotation)),
    group: (title, fn) => core.group(title, fn),
    summary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
    env,
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
  };
}
