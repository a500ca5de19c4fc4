import { createActionsRuntime } from '../../runtime/actions-runtime.js';
import { run } from './main.js';

await run(createActionsRuntime());
