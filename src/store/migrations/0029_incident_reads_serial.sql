-- Reads of incidents run in one process each, never with parallel workers (issue 19). The API serves
-- many short reads at once: a worker that helps one request takes a core from the others. At a
-- million incidents under load (2 cores, load 8-30), the analyst's capped count of a 30-day bbox was
-- planned as a parallel index-only scan because the read scope's conditions made the serial plan
-- look a little dearer: 125-440 ms against 21-48 ms for the same count without scope (serial), 9.2x;
-- serial it takes 34-41 ms, 1.3x. The year's map (a grouped scan of 430,000 rows) took 1.0-2.0 s
-- serial against 1.8-2.8 s with two workers in the same minutes. PGlite runs no workers: a no-op there.
ALTER TABLE incidents SET (parallel_workers = 0);
