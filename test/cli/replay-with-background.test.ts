import { after, before, describe, test } from 'node:test';
import { freshStore, TEST_STORE } from '../support/test-store.ts';
import { replayWaveSuite } from '../support/replay-wave.ts';

replayWaveSuite('two years of background', { describe, before, after, test }, freshStore, TEST_STORE);
