// `node --import ./test/support/trace-imports.mjs ...`: appends the URL of every module the process
// loads to the file named by VIGIE_TRACE_IMPORTS (tests of what a command loads).
import { register } from 'node:module';

register('./trace-imports-hooks.mjs', import.meta.url);
