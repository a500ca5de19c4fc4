import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';

/** Everything a conformance case needs to talk to one cluster, named only by its kubeconfig. */
export interface Cluster {
  name: string;
  kubeconfig: string;
  kc: KubeConfig;
  apps: AppsV1Api;
  core: CoreV1Api;
  namespace: string;
  kubectl(args: string[], input?: string): Promise<KubectlResult>;
  raw(method: string, path: string, body?: string, contentType?: string): Promise<RawResult>;
  close(): void;
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RawResult {
  status: number;
  body: any;
}

/** Connects to the cluster of a kubeconfig with the real kubectl (own discovery cache) and client-node. */
export function connect(name: string, kubeconfig: string): Cluster {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const cacheDir = mkdtempSync(join(tmpdir(), 'dk-conf-cache-'));
  const namespace = `dk-conf-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const kubectl = (args: string[], input?: string) =>
    new Promise<KubectlResult>((resolve) => {
      const child = execFile(
        '/usr/bin/kubectl',
        ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...args],
        { timeout: 120_000 },
        (err, stdout, stderr) => {
          const code = err
            ? typeof (err as { code?: unknown }).code === 'number'
              ? (err as { code: number }).code
              : 1
            : 0;
          resolve({
            code,
            stdout,
            stderr: stderr
              .split('\n')
              .filter((l) => !/version difference|Warning: version/i.test(l))
              .join('\n'),
          });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
      else child.stdin?.end();
    });
  const raw = async (method: string, path: string, body?: string, contentType = 'application/json') => {
    const url = new URL(path, kc.getCurrentCluster()!.server);
    const opts: RequestOptions = {
      method,
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      headers: {},
    };
    await kc.applyToHTTPSOptions(opts as never);
    opts.headers = {
      ...(opts.headers as object),
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)) } : {}),
    };
    return new Promise<RawResult>((resolve, reject) => {
      const send = url.protocol === 'https:' ? request : httpRequest;
      const req = send(opts, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* keep text */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  };
  return {
    name,
    kubeconfig,
    kc,
    apps: kc.makeApiClient(AppsV1Api),
    core: kc.makeApiClient(CoreV1Api),
    namespace,
    kubectl,
    raw,
    close: () => rmSync(cacheDir, { recursive: true, force: true }),
  };
}

/** A Deployment manifest (YAML) for the cases. */
export function deploymentYaml(
  ns: string,
  name: string,
  image: string,
  extra: { replicas?: number; progressDeadlineSeconds?: number } = {},
): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {name: ${name}, namespace: ${ns}, labels: {suite: conformance}}`,
    'spec:',
    `  replicas: ${extra.replicas ?? 1}`,
    ...(extra.progressDeadlineSeconds ? [`  progressDeadlineSeconds: ${extra.progressDeadlineSeconds}`] : []),
    `  selector: {matchLabels: {app: ${name}}}`,
    '  template:',
    `    metadata: {labels: {app: ${name}}}`,
    `    spec: {containers: [{name: app, image: "${image}", env: [{name: MODE, value: conformance}]}]}`,
    '',
  ].join('\n');
}

/** Polls until `check` returns a value (not undefined) or the timeout passes. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

/** The Status body of a client-node ApiException (its body is JSON text). */
export function statusOf(err: unknown): { code: number; reason: string; details?: any; message: string } {
  const e = err as { code?: number; body?: unknown };
  const body = typeof e.body === 'string' ? JSON.parse(e.body) : e.body;
  return { code: e.code ?? body?.code, reason: body?.reason, details: body?.details, message: body?.message };
}

export async function expectApiError(promise: Promise<unknown>): Promise<ReturnType<typeof statusOf>> {
  try {
    await promise;
  } catch (err) {
    return statusOf(err);
  }
  throw new Error('expected the API call to fail');
}
