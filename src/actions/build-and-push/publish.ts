import type { ContainerEngine } from '../../clients/container-engine-types.js';
import { RegistryClient, parseReference, type RegistryCredentials } from '../../clients/registry.js';
import { credentialsFromDockerConfig } from '../../clients/registry-auth.js';
import { withRetry, type RetryOptions } from '../../clients/container-engine-errors.js';
import { DeployKitError } from '../../shared/errors.js';
import type { Runtime } from '../../runtime/runtime.js';

/** What the registry says about the pushed references. */
export interface PushOutcome {
  digest: string;
  /** Every pushed ref and the digest the registry returns for it. */
  resolved: Record<string, string>;
  sizeBytes?: number;
  pushMs: number;
}

export interface PushContext {
  engine: ContainerEngine;
  runtime: Runtime;
  images: string[];
  refs: string[];
  login?: { registry: string; credentials: RegistryCredentials };
  retry?: RetryOptions;
  /** Injected fetch for the registry API (tests), else the global one. */
  fetch?: typeof fetch;
}

async function credentialsFor(ref: string, ctx: PushContext): Promise<RegistryCredentials | undefined> {
  const { registry } = parseReference(ref);
  if (ctx.login && ctx.login.registry === registry) return ctx.login.credentials;
  return credentialsFromDockerConfig(registry === 'docker.io' ? 'registry-1.docker.io' : registry, ctx.runtime.env);
}

/** Pushes every ref with retries (unless the builder already pushed while building). */
export async function pushRefs(ctx: PushContext): Promise<number> {
  const started = Date.now();
  if (ctx.engine.pushesDuringBuild) return 0;
  for (const ref of ctx.refs) {
    await ctx.runtime.group(`push ${ref}`, () =>
      withRetry(() => ctx.engine.push(ref), {
        ...ctx.retry,
        onRetry: (attempt, error, delay) =>
          ctx.runtime.warning(`push of ${ref} failed (attempt ${attempt}), retrying in ${delay}ms: ${error.message}`),
      }),
    );
  }
  return Date.now() - started;
}

/**
 * Reads every pushed tag back through the registry HTTP API: the digest output is what the
 * registry serves, and a tag that points elsewhere (a race with another push) fails the step.
 */
export async function readBack(ctx: PushContext): Promise<Omit<PushOutcome, 'pushMs'>> {
  const resolved: Record<string, string> = {};
  const digests = new Map<string, string>();
  for (const ref of ctx.refs) {
    const client = new RegistryClient({
      credentials: await credentialsFor(ref, ctx),
      retry: ctx.retry,
      fetch: ctx.fetch,
    });
    resolved[ref] = await client.digest(ref);
    ctx.runtime.debug(`${ref} -> ${resolved[ref]}`);
    const image = ref.slice(0, ref.lastIndexOf(':'));
    const seen = digests.get(image);
    if (seen && seen !== resolved[ref]) {
      throw new DeployKitError(
        `the tags of ${image} point at different digests after the push (${seen} vs ${resolved[ref]} for ${ref}); another push raced this one`,
        { resolved },
      );
    }
    digests.set(image, resolved[ref]);
  }
  const first = ctx.refs[0];
  const digest = resolved[first];
  let sizeBytes: number | undefined;
  try {
    sizeBytes = await new RegistryClient({
      credentials: await credentialsFor(first, ctx),
      retry: ctx.retry,
      fetch: ctx.fetch,
    }).size(`${first.slice(0, first.lastIndexOf(':'))}@${digest}`);
  } catch (error) {
    ctx.runtime.warning(`could not read the image size: ${(error as Error).message}`);
  }
  return { digest, resolved, sizeBytes };
}
