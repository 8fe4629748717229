/**
 * Blocking index of normalised signatures: which incidents carry a signature, how common it is
 * (document frequency, for IDF weights), and which other signatures are close to it, found through
 * a deletion neighbourhood (SymSpell) instead of comparing against every key.
 *
 * Compactness matters (a million incidents): incidents are numeric ids (the link engine's slots),
 * a signature carried by one incident stores a bare number, longer posting lists a number array;
 * the index does not keep each incident's keys (the caller passes them back on removal).
 */
import { SHORT_SIGNATURE_LENGTH, signatureSimilarity, type SignatureSimilarity } from './signature-similarity.ts';

/** A signature to index: its normalised form, and whether fuzzy lookup may find it. */
export interface IndexedSignature {
  normalized: string;
  /** false for identifiers (phones, plates, handles), which match exactly or through an alias */
  fuzzy: boolean;
}

/** A key close to the one looked up, with how close. */
export interface SimilarKey {
  normalized: string;
  similarity: SignatureSimilarity;
}

export interface SignatureIndexOptions {
  /** at most this many close keys are verified per lookup, so a crowded neighbourhood stays cheap */
  maxFuzzyKeys?: number;
  /** longer signatures (long slogans) are matched exactly only, to bound the neighbourhood's size */
  fuzzyMaxLength?: number;
  /**
   * N of the IDF never counts below this (default 1000): in a young history of eight incidents, six
   * of them DDPF, DDPF is not "common", it is the campaign. Above it, IDF is exactly log(N / df).
   */
  minDocuments?: number;
}

/** Fuzzy lookup needs at least three characters: "ab" vs "ac" says nothing. */
const FUZZY_MIN_LENGTH = 3;
/** Deletion variants shorter than this would put unrelated tags in the same bucket. */
const VARIANT_MIN_LENGTH = 2;

/**
 * Deletes within the edit distance that the similarity measure can accept: two for short tags
 * (so "ddpf" meets "ddfm", two substitutions away), one for longer texts, which Jaro-Winkler then
 * verifies; two deletes of a 30-character slogan would be 435 variants per key.
 */
function deleteDistance(length: number): number {
  return length <= SHORT_SIGNATURE_LENGTH ? 2 : 1;
}

/** Every string obtained by deleting up to `distance` characters, at least two characters long. */
export function deletionNeighbourhood(key: string, distance: number): Set<string> {
  const result = new Set<string>();
  let frontier = [key];
  for (let step = 0; step < distance; step++) {
    const next: string[] = [];
    for (const word of frontier) {
      if (word.length <= VARIANT_MIN_LENGTH) continue;
      for (let i = 0; i < word.length; i++) {
        const variant = word.slice(0, i) + word.slice(i + 1);
        if (!result.has(variant)) {
          result.add(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return result;
}

function push(map: Map<string, number | number[]>, key: string, id: number): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, id);
  else if (typeof existing === 'number') map.set(key, [existing, id]);
  else existing.push(id);
}

/** Normalised signature → incident ids, with document frequencies and fuzzy neighbours. */
export class SignatureIndex {
  private readonly postings = new Map<string, number | number[]>();
  /** deletion variant → the fuzzy keys it comes from */
  private readonly variants = new Map<string, string | string[]>();
  private readonly fuzzyKeys = new Set<string>();
  private documents = 0;
  private readonly maxFuzzyKeys: number;
  private readonly fuzzyMaxLength: number;
  private readonly minDocuments: number;
  /** keys verified by the last `similar` call, for tests and benchmarks */
  lastVerified = 0;

  constructor(options: SignatureIndexOptions = {}) {
    this.maxFuzzyKeys = options.maxFuzzyKeys ?? 200;
    this.fuzzyMaxLength = options.fuzzyMaxLength ?? 40;
    this.minDocuments = options.minDocuments ?? 1000;
  }

  /** Indexes an incident; call it for incidents without signatures too, so N counts them for IDF. */
  add(id: number, signatures: readonly IndexedSignature[]): void {
    this.documents++;
    const seen = new Set<string>();
    for (const { normalized, fuzzy } of signatures) {
      if (!normalized) continue;
      if (!seen.has(normalized)) {
        seen.add(normalized);
        push(this.postings, normalized, id);
      }
      if (fuzzy && !this.fuzzyKeys.has(normalized) && this.fuzzyEligible(normalized)) this.registerVariants(normalized);
    }
  }

  /** Removes an incident indexed with these keys. */
  remove(id: number, keys: readonly string[]): void {
    this.documents = Math.max(0, this.documents - 1);
    for (const key of new Set(keys)) {
      const existing = this.postings.get(key);
      if (existing === undefined) continue;
      if (typeof existing === 'number') {
        if (existing === id) this.dropKey(key);
        continue;
      }
      const at = existing.lastIndexOf(id);
      if (at >= 0) existing.splice(at, 1);
      if (existing.length === 0) this.dropKey(key);
    }
  }

  /** Number of incidents indexed (N of the IDF). */
  get documentCount(): number {
    return this.documents;
  }

  /** Number of distinct signatures indexed. */
  get keyCount(): number {
    return this.postings.size;
  }

  /** How many incidents carry this normalised signature. */
  documentFrequency(normalized: string): number {
    const existing = this.postings.get(normalized);
    return existing === undefined ? 0 : typeof existing === 'number' ? 1 : existing.length;
  }

  /** log(N / df): a tag seen on every incident weighs 0, a tag seen once weighs `maxIdf()`. */
  idf(normalized: string): number {
    return Math.log(this.corpusSize() / Math.max(1, this.documentFrequency(normalized)));
  }

  /** The IDF of a signature seen once, the scale against which rarity is judged. */
  maxIdf(): number {
    return Math.log(this.corpusSize());
  }

  private corpusSize(): number {
    return Math.max(2, this.minDocuments, this.documents);
  }

  /**
   * Calls `visit` with the incidents carrying this signature, most recently added first, at most
   * `limit` of them: the cap that keeps a very common tag from blowing up linking latency.
   */
  forEachId(normalized: string, limit: number, visit: (id: number) => void): void {
    const existing = this.postings.get(normalized);
    if (existing === undefined) return;
    if (typeof existing === 'number') return void (limit > 0 && visit(existing));
    for (let i = existing.length - 1, taken = 0; i >= 0 && taken < limit; i--, taken++) visit(existing[i]);
  }

  /** The incidents carrying this signature, most recent first, at most `limit`. */
  ids(normalized: string, limit = Infinity): number[] {
    const result: number[] = [];
    this.forEachId(normalized, limit, (id) => result.push(id));
    return result;
  }

  /**
   * Other indexed signatures similar to this one (edit distance for short tags, Jaro-Winkler for
   * longer ones), best first. Only keys sharing a deletion variant are verified, at most
   * `maxFuzzyKeys` of them; `lastVerified` says how many were.
   */
  similar(normalized: string): SimilarKey[] {
    this.lastVerified = 0;
    if (!this.fuzzyEligible(normalized)) return [];
    const queryVariants = deletionNeighbourhood(normalized, deleteDistance(normalized.length));
    queryVariants.add(normalized);
    const keys = new Set<string>();
    const consider = (key: string) => {
      if (key !== normalized && keys.size < this.maxFuzzyKeys) keys.add(key);
    };
    for (const variant of queryVariants) {
      if (keys.size >= this.maxFuzzyKeys) break;
      // an indexed key that is itself a deletion of the query (the query has extra characters)
      if (this.fuzzyKeys.has(variant)) consider(variant);
      const from = this.variants.get(variant);
      if (from === undefined) continue;
      if (typeof from === 'string') consider(from);
      else for (const key of from) consider(key);
    }
    const result: SimilarKey[] = [];
    for (const key of keys) {
      this.lastVerified++;
      const similarity = signatureSimilarity(normalized, key);
      if (similarity.score > 0) result.push({ normalized: key, similarity });
    }
    return result.sort((x, y) => y.similarity.score - x.similarity.score || x.normalized.localeCompare(y.normalized));
  }

  private fuzzyEligible(normalized: string): boolean {
    return normalized.length >= FUZZY_MIN_LENGTH && normalized.length <= this.fuzzyMaxLength;
  }

  private registerVariants(key: string): void {
    this.fuzzyKeys.add(key);
    for (const variant of deletionNeighbourhood(key, deleteDistance(key.length))) {
      const existing = this.variants.get(variant);
      if (existing === undefined) this.variants.set(variant, key);
      else if (typeof existing === 'string') this.variants.set(variant, [existing, key]);
      else existing.push(key);
    }
  }

  private dropKey(key: string): void {
    this.postings.delete(key);
    if (!this.fuzzyKeys.delete(key)) return;
    for (const variant of deletionNeighbourhood(key, deleteDistance(key.length))) {
      const existing = this.variants.get(variant);
      if (existing === undefined) continue;
      if (typeof existing === 'string') {
        if (existing === key) this.variants.delete(variant);
        continue;
      }
      const at = existing.indexOf(key);
      if (at >= 0) existing.splice(at, 1);
      if (existing.length === 0) this.variants.delete(variant);
    }
  }
}
