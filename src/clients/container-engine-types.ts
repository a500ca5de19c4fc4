import type { ProcessRunner } from './container-engine-exec.js';

export const BUILDERS = ['auto', 'buildx', 'docker', 'podman', 'buildah'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];
export type BuilderName = Exclude<BuilderChoice, 'auto'>;

/** What a builder can honour; anything else asked of it is a configuration error, never silently dropped. */
export interface Capabilities {
  platforms: boolean;
  cacheFrom: boolean;
  cacheTo: boolean;
  provenance: boolean;
  sbom: boolean;
}

export const CAPABILITIES: Record<BuilderName, Capabilities> = {
  buildx: { platforms: true, cacheFrom: true, cacheTo: true, provenance: true, sbom: true },
  docker: { platforms: false, cacheFrom: true, cacheTo: false, provenance: false, sbom: false },
  podman: { platforms: false, cacheFrom: true, cacheTo: true, provenance: false, sbom: false },
  buildah: { platforms: false, cacheFrom: true, cacheTo: true, provenance: false, sbom: false },
};

/** One image build: every field maps to one action input. */
export interface BuildRequest {
  context: string;
  file: string;
  /** Full references (image:tag) to tag the build with. */
  tags: string[];
  labels: Record<string, string>;
  buildArgs: [string, string][];
  target?: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  provenance?: string;
  sbom?: string;
  noCache: boolean;
  pull: boolean;
  push: boolean;
}

/** A container builder behind one small interface, so the adapter never knows which CLI runs. */
export interface ContainerEngine {
  readonly name: BuilderName;
  readonly capabilities: Capabilities;
  /** buildx pushes while building; the classic builders push each tag afterwards. */
  readonly pushesDuringBuild: boolean;
  login(registry: string, username: string, password: string): Promise<void>;
  logout(registry: string): Promise<void>;
  /** Builds (and with buildx + push, pushes); resolves with the local image/config id. */
  build(request: BuildRequest): Promise<{ imageId: string }>;
  push(ref: string): Promise<void>;
}

export interface EngineDeps {
  run: ProcessRunner;
  /** Receives every output line of builds and pushes. */
  log: (line: string) => void;
  env: Record<string, string | undefined>;
}
