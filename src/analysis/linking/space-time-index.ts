/**
 * Blocking index in space and time: incidents bucketed by (grid cell, time slice), so finding those
 * within D km and T hours of a new one reads a few dozen buckets instead of the whole history.
 * Ids are numbers (the link engine's slots); positions and intervals live in typed arrays.
 */
import { HOUR_MS, gapHours, haversineKm } from './geo-time.ts';

export interface SpaceTimeIndexOptions {
  /** grid cell size in degrees (0.5° ≈ 55 km north-south, ≈ 39 km east-west in France) */
  cellDegrees?: number;
  /** time slice of a bucket, in hours */
  bucketHours?: number;
  /**
   * Intervals longer than this (an incident known only to the month) are not bucketed: "close in
   * time" means nothing for them, and one would otherwise fill hundreds of buckets.
   */
  maxIntervalHours?: number;
}

const KM_PER_DEGREE = 111.2;
const CELL_SPAN = 16_384;
const NOT_PRESENT = 0;
const BUCKETED = 1;
const UNBUCKETED = 2;

function grow<T extends Float64Array | Uint8Array | Uint32Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** Incident ids bucketed by grid cell and time slice, queried by distance and time gap. */
export class SpaceTimeIndex {
  private lat = new Float64Array(1024);
  private lon = new Float64Array(1024);
  private start = new Float64Array(1024);
  private end = new Float64Array(1024);
  private state = new Uint8Array(1024);
  private seen = new Uint32Array(1024);
  private queryStamp = 0;
  private count = 0;
  /** time slice → grid cell → ids; two levels keep the keys small integers, which Maps hash fastest */
  private readonly buckets = new Map<number, Map<number, number[]>>();
  private readonly cellDegrees: number;
  private readonly sliceMs: number;
  private readonly maxIntervalMs: number;
  /** bucket entries read by the last query, for tests and benchmarks */
  lastScanned = 0;

  constructor(options: SpaceTimeIndexOptions = {}) {
    this.cellDegrees = options.cellDegrees ?? 0.5;
    this.sliceMs = (options.bucketHours ?? 24) * HOUR_MS;
    this.maxIntervalMs = (options.maxIntervalHours ?? 7 * 24) * HOUR_MS;
    if (!(this.cellDegrees >= 180 / CELL_SPAN)) throw new RangeError('cellDegrees is too small');
  }

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    return id < this.state.length && this.state[id] !== NOT_PRESENT;
  }

  /** Indexes incident `id` at (lat, lon) over [start, end) epoch ms; replaces a previous entry. */
  add(id: number, lat: number, lon: number, start: number, end: number): void {
    if (this.has(id)) this.remove(id);
    this.ensure(id + 1);
    this.lat[id] = lat;
    this.lon[id] = lon;
    this.start[id] = start;
    this.end[id] = Math.max(end, start);
    this.count++;
    if (this.end[id] - start > this.maxIntervalMs) {
      this.state[id] = UNBUCKETED;
      return;
    }
    this.state[id] = BUCKETED;
    const cell = this.cellOf(lat, lon);
    for (let slice = this.sliceOf(start), last = this.lastSliceOf(id); slice <= last; slice++) {
      let cells = this.buckets.get(slice);
      if (!cells) this.buckets.set(slice, (cells = new Map()));
      const bucket = cells.get(cell);
      if (bucket) bucket.push(id);
      else cells.set(cell, [id]);
    }
  }

  remove(id: number): void {
    if (!this.has(id)) return;
    if (this.state[id] === BUCKETED) {
      const cell = this.cellOf(this.lat[id], this.lon[id]);
      for (let slice = this.sliceOf(this.start[id]), last = this.lastSliceOf(id); slice <= last; slice++) {
        const cells = this.buckets.get(slice);
        const bucket = cells?.get(cell);
        if (!cells || !bucket) continue;
        const at = bucket.lastIndexOf(id);
        if (at >= 0) bucket.splice(at, 1);
        if (bucket.length === 0) cells.delete(cell);
        if (cells.size === 0) this.buckets.delete(slice);
      }
    }
    this.state[id] = NOT_PRESENT;
    this.count--;
  }

  /**
   * Ids of incidents within `maxKm` (haversine) and `maxHours` (gap between intervals) of the
   * given place and interval, nearest time slices first, at most `limit`. Longitudes do not wrap
   * at ±180° (Vigie watches France and its overseas territories, none on the antimeridian).
   */
  query(
    lat: number,
    lon: number,
    start: number,
    end: number,
    maxKm: number,
    maxHours: number,
    limit = Infinity,
  ): number[] {
    const result: number[] = [];
    this.lastScanned = 0;
    if (limit <= 0) return result;
    const stamp = this.nextStamp();
    const dLat = maxKm / KM_PER_DEGREE;
    const farthestLat = Math.min(89.9, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)));
    const dLon = Math.min(180, maxKm / (KM_PER_DEGREE * Math.cos((farthestLat * Math.PI) / 180)));
    const [rowFrom, rowTo] = [this.rowOf(lat - dLat), this.rowOf(lat + dLat)];
    const [colFrom, colTo] = [this.colOf(lon - dLon), this.colOf(lon + dLon)];
    const maxMs = maxHours * HOUR_MS;
    const sliceFrom = this.sliceOf(start - maxMs);
    const sliceTo = this.sliceOf(Math.max(start, end) + maxMs);
    const centre = Math.min(sliceTo, Math.max(sliceFrom, this.sliceOf(start)));
    // nearest slices first, so that a capped query keeps the incidents closest in time
    const [latFrom, latTo, lonFrom, lonTo] = [lat - dLat, lat + dLat, lon - dLon, lon + dLon];
    for (let step = 0; centre - step >= sliceFrom || centre + step <= sliceTo; step++) {
      for (let side = step === 0 ? 1 : 0; side < 2; side++) {
        const slice = side === 0 ? centre - step : centre + step;
        const cells = slice < sliceFrom || slice > sliceTo ? undefined : this.buckets.get(slice);
        if (!cells) continue;
        for (let row = rowFrom; row <= rowTo; row++) {
          for (let col = colFrom; col <= colTo; col++) {
            const bucket = cells.get(row * CELL_SPAN + col);
            if (!bucket) continue;
            for (const id of bucket) {
              this.lastScanned++;
              if (this.seen[id] === stamp) continue;
              this.seen[id] = stamp;
              if (gapHours(start, end, this.start[id], this.end[id]) > maxHours) continue;
              // a bounding box first: most bucket entries fail it, and it costs no trigonometry
              const [entryLat, entryLon] = [this.lat[id], this.lon[id]];
              if (entryLat < latFrom || entryLat > latTo || entryLon < lonFrom || entryLon > lonTo) continue;
              if (haversineKm(lat, lon, this.lat[id], this.lon[id]) > maxKm) continue;
              result.push(id);
              if (result.length >= limit) return result;
            }
          }
        }
      }
    }
    return result;
  }

  private nextStamp(): number {
    this.queryStamp = (this.queryStamp + 1) >>> 0;
    if (this.queryStamp === 0) {
      this.seen.fill(0);
      this.queryStamp = 1;
    }
    return this.queryStamp;
  }

  private ensure(size: number): void {
    this.lat = grow(this.lat, size, (n) => new Float64Array(n));
    this.lon = grow(this.lon, size, (n) => new Float64Array(n));
    this.start = grow(this.start, size, (n) => new Float64Array(n));
    this.end = grow(this.end, size, (n) => new Float64Array(n));
    this.state = grow(this.state, size, (n) => new Uint8Array(n));
    this.seen = grow(this.seen, size, (n) => new Uint32Array(n));
  }

  private rowOf(lat: number): number {
    return Math.min(CELL_SPAN - 1, Math.max(0, Math.floor((Math.min(90, Math.max(-90, lat)) + 90) / this.cellDegrees)));
  }

  private colOf(lon: number): number {
    return Math.min(
      CELL_SPAN - 1,
      Math.max(0, Math.floor((Math.min(180, Math.max(-180, lon)) + 180) / this.cellDegrees)),
    );
  }

  private cellOf(lat: number, lon: number): number {
    return this.rowOf(lat) * CELL_SPAN + this.colOf(lon);
  }

  private sliceOf(time: number): number {
    return Math.floor(time / this.sliceMs);
  }

  /** the slice holding the last instant of the interval (end is exclusive) */
  private lastSliceOf(id: number): number {
    return Math.max(this.sliceOf(this.start[id]), this.sliceOf(this.end[id] - 1));
  }
}
