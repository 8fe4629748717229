/**
 * A worker thread of the extraction pool: builds the gazetteer it was given once, then reads each
 * text it is sent. Loaded through extraction-worker-entry.mjs (which registers tsx).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Gazetteer } from '../../core/shared/gazetteer.ts';
import { extractText } from './extract.ts';
import type { ExtractionRequest, ExtractionWorkerData, ExtractionWorkerReply } from './extraction-pool.ts';

const data = workerData as ExtractionWorkerData;
const gazetteer = new Gazetteer(data.facilities, data.departments, data.directorates);

parentPort?.on('message', (request: ExtractionRequest) => {
  try {
    const result = extractText(request.input, gazetteer, request.options);
    parentPort!.postMessage({ id: request.id, result } satisfies ExtractionWorkerReply);
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: (error as Error).message ?? String(error),
    } satisfies ExtractionWorkerReply);
  }
});

// Loaded and warm (the commune index is built on a first read): a text's budget counts from here.
extractText('Toulon.', gazetteer, { published: '2025-01-01' });
parentPort?.postMessage('ready');
