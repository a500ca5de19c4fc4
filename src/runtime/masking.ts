export { SecretMask } from '../shared/masking.js';

/**
 * Makes text safe to print where the runner parses workflow commands: a line that starts with
 * `::` (after blanks) is a command, and `##[` opens an old-style one anywhere in a line. A zero
 * width space after the first character breaks both without changing what a reader sees, so a
 * value with a newline (a version, a server's error body) cannot inject `::error::` or
 * `::add-mask::` into the log. Command data written by @actions/core is escaped already.
 */
export function escapeWorkflowCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, '$1:\u200b').replaceAll('##[', '#\u200b#['))
    .join('\n');
}
