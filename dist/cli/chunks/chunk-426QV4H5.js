#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  HttpKubeClient,
  loadKubeAccess,
  namespaceOf
} from "./chunk-43TFGX7Z.js";

// src/actions/shared/kube.ts
function connect(inputs, runtime) {
  const access = loadKubeAccess({
    content: inputs.kubeconfig,
    context: inputs.context,
    env: runtime.env,
    secret: (v) => runtime.secret(v)
  });
  runtime.info(`cluster: context '${access.context}' from ${access.source}`);
  const client = new HttpKubeClient(access, {
    attempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 5e3,
    onRetry: (error, attempt, delay) => runtime.warning(`Kubernetes API: ${error.message}; retry ${attempt} in ${delay}ms`)
  });
  return { access, client, namespace: namespaceOf(access, inputs.namespace) };
}

export {
  connect
};
