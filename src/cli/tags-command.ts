import { readEventContext } from '../actions/shared/event.js';
import { planImage } from '../core/tags/plan.js';
import { parsePairs, splitList } from '../shared/inputs.js';
import { ConfigError } from '../shared/errors.js';
import { SUMMARIES } from './summaries.js';
import type { CliCommand } from './command.js';
import { runReleaseCommand } from './version-command.js';

const FLAGS = ['images', 'tags', 'flavor', 'registry', 'labels', 'version', 'match'];

/** `deploy-kit tags`: the image references and labels build-and-push would push for this event, without building. */
export const tagsCommand: CliCommand = {
  name: 'tags',
  summary: SUMMARIES.tags,
  usage: () =>
    [
      'deploy-kit tags --images NAME [--tags RULES] [--flavor F] [--registry HOST] [--labels K=V] [--version V] [--match REGEX] [--json]',
      '  same inputs and rules as actions/build-and-push; repeat --tags/--labels for several lines',
      '  prints one image:tag per line, or with --json the version, tags (with rule and priority), refs and labels',
    ].join('\n'),
  async run(argv, io) {
    return runReleaseCommand('tags', argv, io, FLAGS, this.usage(), async (flags) => {
      if (!flags.images) throw ConfigError.single('images', 'is required, for example --images ghcr.io/org/app');
      const labels = parsePairs(flags.labels ?? '', '=');
      if (labels.problem) throw ConfigError.single('labels', labels.problem);
      const { event } = await readEventContext(io.env);
      const plan = planImage({
        event,
        now: new Date(),
        images: splitList(flags.images),
        registry: flags.registry,
        tags: flags.tags,
        flavor: flags.flavor ?? 'latest=auto',
        labels: labels.pairs,
        version: flags.version,
        match: flags.match,
      });
      if (!flags.json) return plan.refs.join('\n');
      return JSON.stringify(
        { version: plan.version, tags: plan.tags, refs: plan.refs, labels: plan.labels, skipped: plan.skipped },
        null,
        2,
      );
    });
  },
};
