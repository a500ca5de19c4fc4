import { request } from 'node:http';
import { demoConfig, startDemoApp, type DemoApp } from '../../demo-app/app.js';
import type { ContainerSpec } from './pod-spec.js';

/** What the kubelet stand-in keeps about one pod between passes. */
export interface PodRuntime {
  createdAt: number;
  ip: string;
  app?: DemoApp;
  appState: 'none' | 'starting' | 'running' | 'crashed';
  probeOk?: boolean;
  probing?: boolean;
  said: Set<string>;
  logs: string[];
  terminatingSince?: number;
}

/**
 * Starts a demo-app container in-process with its resolved env; `alive` says whether the pod still
 * exists when the app is up (else it is closed at once), `wake` asks the controllers for a pass.
 */
export function startApp(rt: PodRuntime, env: Record<string, string>, alive: () => boolean, wake: () => void): void {
  rt.appState = 'starting';
  const log = (line: string) => {
    rt.logs.push(line);
    if (rt.logs.length > 1000) rt.logs.shift();
  };
  startDemoApp(demoConfig(env), 0, log)
    .then((app) => {
      if (!alive()) return void app.close();
      rt.app = app;
      rt.appState = 'running';
    })
    .catch(() => void (rt.appState = 'crashed'))
    .finally(wake);
}

/** Runs a container's readinessProbe.httpGet against its app, one probe at a time. */
export function probe(rt: PodRuntime, c: ContainerSpec, wake: () => void): void {
  const get = c.readinessProbe?.httpGet;
  if (!get || !rt.app || rt.probing) return;
  rt.probing = true;
  const req = request(`${rt.app.url}${get.path ?? '/'}`, { timeout: 1000 }, (res) => {
    res.resume();
    rt.probeOk = (res.statusCode ?? 500) < 400;
    rt.probing = false;
    wake();
  });
  req.on('error', () => void ((rt.probeOk = false), (rt.probing = false)));
  req.end();
}
