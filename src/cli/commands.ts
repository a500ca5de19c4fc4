import type { CliCommand } from './command.js';

/**
 * Every `deploy-kit <command>`. Each part of the kit adds its commands here, one line each;
 * action-backed commands come from actionCommand() so they share the action's schema and core.
 */
export const commands: CliCommand[] = [
];
