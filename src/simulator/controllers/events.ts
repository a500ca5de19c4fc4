import { randomBytes } from 'node:crypto';
import type { Api } from '../api.js';
import { resourceByPlural } from '../resources.js';
import { nowTime, type Obj } from '../types.js';

const EVENTS = resourceByPlural('events');

/**
 * Records core/v1 Events as controllers and kubelets do; a repeated event (same object, reason
 * and message) bumps count and lastTimestamp instead of creating a new one.
 */
export class EventRecorder {
  constructor(private readonly api: Api) {}

  record(
    obj: Obj,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
    host?: string,
  ): void {
    const ns = obj.metadata.namespace ?? 'default';
    const now = nowTime();
    try {
      const same = this.api.store
        .list(EVENTS, ns)
        .find((e) => e.involvedObject?.uid === obj.metadata.uid && e.reason === reason && e.message === message);
      if (same) {
        this.api.update(EVENTS, ns, same.metadata.name, { ...same, count: (same.count ?? 1) + 1, lastTimestamp: now });
        return;
      }
      void this.api
        .create(EVENTS, ns, {
          metadata: { name: `${obj.metadata.name}.${randomBytes(8).toString('hex')}`, namespace: ns },
          involvedObject: {
            kind: obj.kind,
            namespace: obj.metadata.namespace,
            name: obj.metadata.name,
            uid: obj.metadata.uid,
            apiVersion: obj.apiVersion,
            resourceVersion: obj.metadata.resourceVersion,
          },
          reason,
          message,
          type,
          count: 1,
          firstTimestamp: now,
          lastTimestamp: now,
          source: { component, ...(host ? { host } : {}) },
          reportingComponent: '',
          reportingInstance: '',
        })
        .catch(() => undefined);
    } catch {
      // Events are best effort, as in Kubernetes (a namespace being deleted refuses them).
    }
  }
}
