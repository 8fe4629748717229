// Entry of an extraction worker thread. A worker does not inherit the TypeScript loader of its parent
// (neither `node --import tsx` nor tsx's register() in bin/vigie.mjs reach it), so it registers tsx
// itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extraction.worker.ts');
