import { after, before, describe, test } from 'node:test';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { replayWaveSuite } from '../support/replay-wave.ts';

replayWaveSuite('two years of background', { describe, before, after, test }, freshContext, TEST_STORE);
