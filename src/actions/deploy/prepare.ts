import { renderKustomization } from '../../clients/kube/index.js';
import { fillProtocolDefaults } from '../../core/manifests/defaults.js';
import { imageRefProblem } from '../../core/manifests/image-ref.js';
import { imageMap, substituteImages } from '../../core/manifests/images.js';
import { loadManifests } from '../../core/manifests/load.js';
import { addMetadata, releaseMetadata, labelValue } from '../../core/manifests/metadata.js';
import { ManifestError, type Manifest } from '../../core/manifests/types.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';
import { checkReportTarget, reportPath } from '../../shared/report-file.js';
import type { Inputs } from '../harness.js';
import { checkNamespace } from '../shared/namespace.js';
import type { inputs } from './inputs.js';

type DeployInputs = Inputs<typeof inputs>;

/** A ManifestError as a ConfigError: each problem names `manifests` (or `images`) and its file and line. */
export function asConfigError(error: ManifestError): ConfigError {
  return new ConfigError(
    error.problems.map((p) => ({
      input: p.field === 'images' ? 'images' : 'manifests',
      message: p.source
        ? `document ${p.source.document}${p.field ? `, field ${p.field}` : ''}: ${p.message}`
        : p.message,
      file: p.source?.file,
      line: p.source?.line,
    })),
  );
}

/** Moved to the shared adapter module so rollback does not import the deploy action. */
export { connect } from '../shared/kube.js';

/** Every `images` reference must be pullable in form; all bad lines are reported together. */
function checkImageRefs(images: [string, string][]): void {
  const problems = images.flatMap(([name, ref]) => {
    const problem = imageRefProblem(ref);
    return problem ? [{ input: 'images', message: `the reference for '${name}' ('${ref}') ${problem}` }] : [];
  });
  if (problems.length) throw new ConfigError(problems);
}

function runUrl(env: Runtime['env']): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined;
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

/** Loads, checks label syntax, substitutes images and stamps release metadata; all before any API call. */
export async function prepareManifests(inputs: DeployInputs, runtime: Runtime): Promise<Manifest[]> {
  checkNamespace(inputs.namespace);
  checkImageRefs(inputs.images ?? []);
  if (inputs['record-file'])
    await checkReportTarget(reportPath(inputs['record-file'], runtime.cwd, '', ''), 'record-file');
  const badLabel = (inputs.labels ?? []).find(([, v]) => v !== labelValue(v));
  if (badLabel)
    throw ConfigError.single(
      'labels',
      `value of '${badLabel[0]}' must be at most 63 characters of letters, digits, '-', '_' or '.', got '${badLabel[1]}'`,
    );
  try {
    const manifests = await loadManifests(inputs.manifests, {
      cwd: runtime.cwd,
      kustomize: (dir) => renderKustomization(dir),
    });
    fillProtocolDefaults(manifests);
    const problems = substituteImages(manifests, imageMap(inputs.images ?? []));
    if (problems.length) throw new ManifestError(problems);
    const defaults = releaseMetadata({
      version: inputs.version,
      commit: runtime.env.GITHUB_SHA,
      runUrl: runUrl(runtime.env),
    });
    addMetadata(
      manifests,
      { ...defaults.labels, ...Object.fromEntries(inputs.labels ?? []) },
      { ...defaults.annotations, ...Object.fromEntries(inputs.annotations ?? []) },
    );
    return manifests;
  } catch (error) {
    if (error instanceof ManifestError) throw asConfigError(error);
    throw error;
  }
}
