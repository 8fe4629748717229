// `node --import ./bench/cpu-report.mjs ...`: writes the process's CPU time (user and system, in µs)
// to VIGIE_BENCH_CPU when it exits, however it exits (bench/cli.bench.mjs).
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.VIGIE_BENCH_CPU) writeFileSync(process.env.VIGIE_BENCH_CPU, JSON.stringify(process.cpuUsage()));
});
