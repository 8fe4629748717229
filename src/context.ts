import type { Kysely } from 'kysely';
import { Gazetteer } from './core/shared/gazetteer.ts';
import type { AdminDeps } from './core/identity/admin.service.ts';
import type { AuthDeps } from './core/identity/auth.service.ts';
import type { IncidentDeps } from './core/incident/incident.service.ts';
import { IncidentReadCache, REVISION_TTL_MS } from './core/incident/incident-read-cache.ts';
import type { SeizureDeps } from './core/seizure/seizure.service.ts';
import { OpenSealedTextPlugin } from './security/sealed-text.ts';
import { loadSealer, type Sealer } from './security/sealer.ts';
import { ActorRepository } from './store/actor.repository.ts';
import type { ActorDeps } from './core/actor/actor.service.ts';
import { detaineeRiskFactors } from './core/actor/detainee.service.ts';
import { AuditRepository } from './store/audit.repository.ts';
import { createDb, type Store, type StoreConfig } from './store/db.ts';
import { IdentityRepository } from './store/identity.repository.ts';
import { IncidentRepository } from './store/incident.repository.ts';
import { metaValues, MIGRATIONS_KEY, migrate } from './store/migrate.ts';
import { loadReferenceData, referenceDigest } from './store/reference-data.ts';
import { DIGEST_KEY, loadReferenceRows, syncReference } from './store/reference.repository.ts';
import { readReferenceCache, writeReferenceCache } from './store/reference-cache.ts';
import type { DB } from './store/schema.ts';
import { SeizureRepository } from './store/seizure.repository.ts';
import { AnalysisRepository } from './store/analysis.repository.ts';
import { CampaignRepository } from './store/campaign.repository.ts';
import { LinkRepository } from './store/link.repository.ts';
import { DetectionRuntime } from './core/detection/detection.runtime.ts';
import { RiskRankingHolder } from './core/risk/risk-ranking.holder.ts';
import { siteRiskFor, type SiteRiskDeps } from './core/risk/site-risk.service.ts';
import { SiteRiskRepository } from './store/site-risk.repository.ts';
import { StoredRankingCache } from './core/risk/stored-ranking.cache.ts';
import { DEFAULT_SIGNIFICANCE } from './core/detection/significance.ts';
import { closeWorkerPool } from './analysis/waves/index.ts';
import { ArticleRepository } from './store/article.repository.ts';
import { FeedRepository } from './store/feed.repository.ts';
import type { ReviewDeps } from './core/review/review.service.ts';
import { loadSourceRegister, type SourceRegisterDeps } from './core/source-register/source-register.service.ts';
import { SourceRegisterRepository } from './store/source-register.repository.ts';
import type { FeedDeps } from './core/feeds/feed.service.ts';
import { FeedPoller } from './core/feeds/feed.poller.ts';
import type { BriefDeps } from './core/brief/brief.service.ts';
import { parseBriefTime } from './core/brief/brief.service.ts';
import { BriefScheduler, mainlandOutline } from './core/brief/brief.scheduler.ts';
import { BriefRepository } from './store/brief.repository.ts';
import { SeizureStatsRepository } from './store/seizure-stats.repository.ts';
import { ExtractionPool, extractionPoolOptions } from './intake/extract/extraction-pool.ts';
import { readNotificationSettings, type NotificationSettings } from './config.ts';
import { principalFrom, principalOf, type TokenIdentity } from './core/identity/auth.service.ts';
import { CredentialCache, tokenCacheMs } from './security/credential-cache.ts';
import { AuditBatcher } from './security/audit-batch.ts';
import { importIncidents } from './core/incident/incident.service.ts';
import { importSeizures } from './core/seizure/seizure.service.ts';
import { smtpSender } from './core/notifications/mail.sender.ts';
import { NotificationService } from './core/notifications/notification.service.ts';
import type { LiveBus } from './core/notifications/live-bus.ts';
import { LocalWorkQueue, type WorkQueue } from './core/work/work-queue.ts';
import { LeaderLease } from './store/leader-lease.ts';
import { ImportJobRepository } from './store/import-job.repository.ts';
import type { ImportJobDeps } from './core/import-job/import-job.service.ts';
import { ImportJobRuntime } from './core/import-job/import-job.runtime.ts';
import { incidentCreatedEvent, publishingAlarms } from './core/notifications/subject-events.ts';
import type { SubscriptionDeps } from './core/notifications/webhook.service.ts';
import { NotificationRepository } from './store/notification.repository.ts';
import { SubscriptionRepository } from './store/subscription.repository.ts';
import { AlertRepository } from './store/alert.repository.ts';
import { PostureRepository } from './store/posture.repository.ts';
import { TaskRepository } from './store/task.repository.ts';
import type { AlertDeps } from './core/alerts/alert-engine.ts';
import type { ResponseContextDeps } from './core/alerts/response-context.ts';
import { AlertRuntime } from './core/alerts/alert.runtime.ts';
import { EventRelay } from './core/alerts/event-relay.ts';
import type { CaseDeps } from './core/case/case.service.ts';
import { CaseRepository } from './store/case.repository.ts';
import { DisseminationRepository } from './store/case-dissemination.repository.ts';
import { EscortRepository } from './store/escort.repository.ts';
import type { EscortDeps } from './core/escort/escort.service.ts';
import { EscortWatch } from './core/escort/escort.runtime.ts';
import { FugitiveRepository } from './store/fugitive.repository.ts';
import type { FugitiveDeps } from './core/fugitive/fugitive.service.ts';
import { StixRepository } from './store/stix.repository.ts';
import { IncidentMapRepository } from './store/incident-map.repository.ts';
import { graphImportDeps, type GraphImportDeps } from './intake/stix/stix-graph-import.ts';

/** Everything a running Vigie holds: the store, the reference geography and the use-case deps. */
export interface VigieContext {
  store: Store;
  gazetteer: Gazetteer;
  sealer: Sealer;
  incidents: IncidentDeps;
  seizures: SeizureDeps;
  actors: ActorRepository;
  /** the actor graph: entities, relationships, incident roles, graph queries, detainee profiles */
  actorGraph: ActorDeps;
  identity: IdentityRepository;
  audit: AuditRepository;
  /** what the response screens show around alerts and tasks (issue 17) */
  responses: ResponseContextDeps;
  auth: AuthDeps;
  admin: AdminDeps;
  links: LinkRepository;
  campaigns: CampaignRepository;
  /** the live analysis: links, campaigns, wave tests, site risk (started by `vigie serve` and `vigie detect`) */
  detection: DetectionRuntime;
  /** site risk: the stored ranking (kept by `riskRanking` in the detector's holder) read for a reader */
  risk: SiteRiskDeps & { cache: StoredRankingCache };
  riskRanking: RiskRankingHolder;
  /** text intake: articles, their candidates and the decisions on them */
  review: ReviewDeps;
  /** the source register: outlets' default grades */
  sources: SourceRegisterDeps;
  feeds: FeedDeps;
  /** polls the feeds on their schedule (started by `vigie serve`) */
  feedPoller: FeedPoller;
  /** daily briefs: built for a reader, archived per organisation, published as brief.published */
  briefs: BriefDeps;
  /** generates each day's briefs at VIGIE_BRIEF_TIME, Paris (started by `vigie serve`) */
  briefScheduler: BriefScheduler;
  /** readable seizures in the columns their trends need */
  seizureStats: SeizureStatsRepository;
  /** the EventPublisher of Vigie: stores events, streams them live, sends webhooks and e-mails (dispatcher started by `vigie serve`) */
  notifications: NotificationService;
  /** webhook and e-mail subscriptions */
  subscriptions: SubscriptionDeps;
  /** where alert, posture and task events go: attach the notification service (or a test's recorder) */
  events: EventRelay;
  /** alerts, posture levels and response tasks */
  alerts: AlertDeps;
  /** runs the alert rules after writes and the periodic check (started by `vigie serve`) */
  alerting: AlertRuntime;
  /** background work any instance may take: in process, or JetStream shared by instances (VIGIE_NATS_URL) */
  work: WorkQueue;
  /** files imported in the background, with progress */
  importJobs: ImportJobDeps;
  /** takes queued imports and re-queues stalled ones (`vigie serve`) */
  importJobRuntime: ImportJobRuntime;
  /** runs the live detection in the one instance holding the detector lease (`vigie serve`) */
  detector: { start(): Promise<void>; readonly leading: boolean };
  /** cases, their evidence and handovers, and the dissemination log */
  cases: CaseDeps;
  /** escorts and their risk assessments */
  escorts: EscortDeps;
  /** re-assesses planned escorts after incidents and campaign changes */
  escortWatch: EscortWatch;
  /** the wanted list */
  fugitives: FugitiveDeps;
  /** foreign STIX objects kept with their incidents, and TAXII status resources */
  stix: StixRepository;
  /** where the actor graph of a STIX bundle goes */
  stixGraph: GraphImportDeps;
  /** the map's counts per grid cell at national and regional zoom */
  incidentMap: IncidentMapRepository;
  /** text extraction on worker threads under a time budget (the API, review submissions and feeds) */
  extraction: ExtractionPool;
  close(): Promise<void>;
}

/** Opens the store, applies migrations, syncs the reference data and wires the services. */
export async function openVigie(config: StoreConfig): Promise<VigieContext> {
  const raw = await createDb(config);
  try {
    // What the store records of its migrations and reference, in one query: at head, nothing more.
    const recorded = await metaValues(raw.db, [MIGRATIONS_KEY, DIGEST_KEY]);
    await migrate(raw.db, recorded?.get(MIGRATIONS_KEY));
    const digest = referenceDigest();
    const synced = await syncReference(raw.db, digest, loadReferenceData, recorded?.get(DIGEST_KEY));
    const gazetteer = await openGazetteer(raw.db, config.dataDir, digest, synced);
    const sealer = loadSealer(config.dataDir);
    const settings = readNotificationSettings();
    // Every read opens the free text sealed in STAFF records; writes go through the services that seal it.
    return buildContext(
      { ...raw, db: raw.db.withPlugin(new OpenSealedTextPlugin(sealer)) },
      gazetteer,
      sealer,
      settings,
      await natsTransports(settings),
    );
  } catch (error) {
    await raw.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The gazetteer, from the reference rows kept in the data folder while the store holds the bundled
 * files' reference (no query; src/store/reference-cache.ts), else from the store, then kept.
 */
async function openGazetteer(db: Kysely<DB>, dataDir: string, digest: string, synced: boolean): Promise<Gazetteer> {
  const kept = synced ? undefined : readReferenceCache(dataDir, digest);
  const rows = kept ?? (await loadReferenceRows(db));
  if (!kept) writeReferenceCache(dataDir, digest, rows);
  return new Gazetteer(rows.facilities, rows.departments, rows.directorates);
}

/**
 * The work queue and live bus on NATS when VIGIE_NATS_URL is set, loaded only then: the NATS client is
 * a large part of the code a command would parse for nothing (issue 19.1).
 */
async function natsTransports(settings: NotificationSettings): Promise<{ work: WorkQueue; bus: LiveBus } | undefined> {
  if (!settings.natsUrl) return undefined;
  const [{ JetStreamWorkQueue }, { NatsLiveBus }] = await Promise.all([
    import('./messaging/jetstream-work-queue.ts'),
    import('./messaging/nats-live-bus.ts'),
  ]);
  return {
    work: new JetStreamWorkQueue(settings.natsUrl, settings.natsWorkStream),
    bus: new NatsLiveBus(settings.natsUrl, settings.natsSubject),
  };
}

function buildContext(
  store: Store,
  gazetteer: Gazetteer,
  sealer: Sealer,
  settings: NotificationSettings,
  nats: { work: WorkQueue; bus: LiveBus } | undefined,
): VigieContext {
  const db = store.db;
  const inTransaction = <T>(work: (trx: Kysely<DB>) => Promise<T>) => db.transaction().execute(work);
  const actors = new ActorRepository(db);
  const identity = new IdentityRepository(db);
  const tokens = new CredentialCache<TokenIdentity>({ ttlMs: tokenCacheMs() });
  identity.onChange(() => tokens.forgetAll());
  const audit = new AuditRepository(db);
  const links = new LinkRepository(db);
  const notificationsOn = (trx: Kysely<DB>) => ({
    events: new NotificationRepository(trx),
    subscriptions: new SubscriptionRepository(trx),
  });
  // The principal of an account still enabled: for e-mails made for a user, and imports queued by one.
  const activePrincipal = async (userId: string) => {
    const user = await identity.findUserById(userId);
    return user && !user.disabled ? principalOf(identity, user) : undefined;
  };
  const work: WorkQueue = nats?.work ?? new LocalWorkQueue();
  const notifications = new NotificationService({
    work,
    ...notificationsOn(db),
    sealer,
    settings,
    mail: settings.smtpUrl ? smtpSender(settings.smtpUrl, settings.mailFrom, settings.timeoutMs) : undefined,
    bus: nats?.bus,
    transaction: (work) => inTransaction((trx) => work(notificationsOn(trx))),
    principalOf: activePrincipal,
  });
  const subscriptions: SubscriptionDeps = {
    subscriptions: notificationsOn(db).subscriptions,
    notifications,
    identity,
    audit,
    sealer,
  };
  // A wave alarm newly raised on a campaign is published as campaign.alarm.
  const campaigns = publishingAlarms(
    new CampaignRepository(db),
    () => notifications,
    (ids) => new IncidentRepository(db).byIds(ids),
  );
  // The source register is a few dozen rows, read at each use: an edit applies at once on every instance.
  // Inside a transaction it is read on the transaction (PGlite has one connection).
  const sourceRegister = () => loadSourceRegister(new SourceRegisterRepository(db));
  const incidentsOn = (trx: Kysely<DB>): IncidentDeps => {
    const repositories = { incidents: new IncidentRepository(trx), audit: new AuditRepository(trx) };
    return {
      gazetteer,
      sealer,
      sourceRegister: () => loadSourceRegister(new SourceRegisterRepository(trx)),
      ...repositories,
      transaction: (work) => work(repositories),
    };
  };
  const seizuresOn = (trx: Kysely<DB>): SeizureDeps => {
    const repositories = {
      seizures: new SeizureRepository(trx),
      actors: new ActorRepository(trx),
      audit: new AuditRepository(trx),
    };
    return { gazetteer, ...repositories, transaction: (work) => work(repositories) };
  };
  const events = new EventRelay();
  events.attach(notifications);
  const now = () => new Date();
  // The detection tells the alert rules of each wave alarm; the rules ask it which sites are at risk.
  // The profiles of the detainees each site holds raise its risk (bounded; analysis/graph/detainee-risk.ts).
  const siteFactors = (at: number) => detaineeRiskFactors(actors, at);
  const detection = new DetectionRuntime(
    { gazetteer, analysis: new AnalysisRepository(db, gazetteer), links, campaigns, siteFactors },
    DEFAULT_SIGNIFICANCE,
    {
      // Not awaited: the wave rule asks the detection for site risk, which waits for the detection's own
      // queue, where this hook runs (awaiting it deadlocked a start that raised an alarm). Errors are logged by the runtime.
      onAlarm: async (alarm) => {
        void alerting.waveAlarm(alarm).catch(() => undefined);
      },
      // Each analysis run re-clusters: the stored risk ranking is computed again then (coalesced).
      onCampaignsChanged: () => {
        void escortWatch.reassess('campaign');
        void riskRanking.refresh();
      },
    },
  );
  // Site risk is computed once, by the detection's holder, and stored; requests read it (core/risk/).
  const siteRiskRepository = new SiteRiskRepository(db);
  const computeRisk = (at: number, horizons: readonly number[]) => detection.riskFor(at, horizons);
  const riskRanking = new RiskRankingHolder({
    rankings: siteRiskRepository,
    compute: computeRisk,
    now: () => now().getTime(),
  });
  const rankingCache = new StoredRankingCache(siteRiskRepository);
  const risk: SiteRiskDeps & { cache: StoredRankingCache } = {
    rankings: rankingCache,
    cache: rankingCache,
    compute: computeRisk,
    now: () => now().getTime(),
  };
  // the enabled accounts a task may be given to (response tasks and case tasks)
  const accounts = {
    account: async (id: string) => {
      const user = await identity.findUserById(id);
      return user && !user.disabled
        ? { principal: await principalOf(identity, user), name: user.display_name ?? user.username }
        : undefined;
    },
    // the organisation's sharing is read once for all its accounts, not once per account
    accountsOf: async (organisationId: string) => {
      const [users, sharedFrom] = await Promise.all([
        identity.enabledUsersOf(organisationId),
        identity.sharedWith(organisationId),
      ]);
      return users.map((user) => ({
        principal: principalFrom(user, sharedFrom),
        name: user.display_name ?? user.username,
      }));
    },
  };
  const tasks = {
    tasks: new TaskRepository(db),
    events,
    now,
    sealer,
    userExists: async (id: string) => (await identity.findUserById(id)) !== undefined,
    ...accounts,
    transaction: <T>(work: (repositories: { tasks: TaskRepository; audit: AuditRepository }) => Promise<T>) =>
      inTransaction((trx) => work({ tasks: new TaskRepository(trx), audit: new AuditRepository(trx) })),
  };
  const alertRepository = new AlertRepository(db);
  const alerts: AlertDeps = {
    alerts: alertRepository,
    tasks,
    events,
    gazetteer,
    now,
    risk: (at, hours) => detection.risk(at, hours),
    posture: { postures: new PostureRepository(db), events, gazetteer, now },
  };
  const responses: ResponseContextDeps = {
    alerts: alertRepository,
    gazetteer,
    audit,
    openStaff: (sealed) => JSON.parse(sealer.open(sealed)) as { name?: string; role?: string },
    userNames: async (ids) =>
      new Map(
        (await Promise.all(ids.map((id) => identity.findUserById(id)))).flatMap((user) =>
          user ? [[user.id, user.display_name ?? user.username] as const] : [],
        ),
      ),
  };
  const alerting = new AlertRuntime(alerts);
  const escorts: EscortDeps = {
    escorts: new EscortRepository(db),
    audit,
    gazetteer,
    now,
    alerts,
    // Site risk only once the detection runs (the server): the command line does not index the whole history for it.
    risk: (at, hours) => (detection.status.baselineFittedAt ? detection.risk(at, hours) : Promise.resolve(undefined)),
    transaction: (work) =>
      inTransaction((trx) => work({ escorts: new EscortRepository(trx), audit: new AuditRepository(trx) })),
  };
  const escortWatch = new EscortWatch(escorts);
  const fugitives: FugitiveDeps = {
    fugitives: new FugitiveRepository(db),
    audit,
    gazetteer,
    now,
    transaction: (work) =>
      inTransaction((trx) => work({ fugitives: new FugitiveRepository(trx), audit: new AuditRepository(trx) })),
  };
  const incidentRepository = new IncidentRepository(db);
  // The revision is read at most every 100 ms per instance: a write through another instance shows
  // within that while (docs/architecture.md, "Kept per instance").
  const readCache = new IncidentReadCache({
    revision: () => incidentRepository.revision(),
    revisionTtlMs: REVISION_TTL_MS,
  });
  const readAudit = new AuditBatcher((event) => audit.append(event), {
    onError: (error) => console.error('vigie: batched list reads not yet audited, tried again', error),
  });
  const incidents: IncidentDeps = {
    gazetteer,
    sealer,
    audit,
    readAudit,
    incidents: incidentRepository,
    sourceRegister,
    readCache,
    onCreated: (row) => {
      void notifications
        .publish(incidentCreatedEvent(row, gazetteer))
        .catch((error) => console.error('vigie: incident.created not published', error));
    },
    afterWrite: (by) => {
      readCache.written(by.principal.system ? undefined : by.principal.userId);
      void work.submit('detect');
      void alerting.incidentsWritten();
      void escortWatch.reassess('incident');
    },
    transaction: (work) =>
      inTransaction((trx) => work({ incidents: new IncidentRepository(trx), audit: new AuditRepository(trx) })),
  };
  const seizures: SeizureDeps = {
    gazetteer,
    seizures: new SeizureRepository(db),
    actors,
    audit,
    transaction: (work) =>
      inTransaction((trx) =>
        work({
          seizures: new SeizureRepository(trx),
          actors: new ActorRepository(trx),
          audit: new AuditRepository(trx),
        }),
      ),
  };
  const extraction = new ExtractionPool(gazetteer, extractionPoolOptions());
  const review: ReviewDeps = {
    gazetteer,
    articles: new ArticleRepository(db),
    incidents,
    seizures,
    audit,
    extract: (input, options, call) => extraction.extract(input, options, call),
    sourceRegister,
    // The incident and seizure use cases run on the same transaction; detection is told after commit.
    transaction: (work) =>
      inTransaction((trx) =>
        work({
          articles: new ArticleRepository(trx),
          incidents: incidentsOn(trx),
          seizures: seizuresOn(trx),
          audit: new AuditRepository(trx),
        }),
      ),
  };
  const actorGraph: ActorDeps = {
    gazetteer,
    actors,
    audit,
    incidents: new IncidentRepository(db),
    campaigns,
    transaction: (work) =>
      inTransaction((trx) => work({ actors: new ActorRepository(trx), audit: new AuditRepository(trx) })),
  };
  const feeds: FeedDeps = { feeds: new FeedRepository(db), review };
  const feedPoller = new FeedPoller(feeds, undefined, work.transport === 'jetstream' ? work : undefined);
  const detector = detectorRole(store, detection, riskRanking, work);
  const importJobs: ImportJobDeps = {
    jobs: new ImportJobRepository(db),
    work,
    events: notifications,
    now,
    maxBytes: readImportMaxBytes(),
    sweepMs: readImportSweepMs(),
    principalOf: activePrincipal,
    importers: {
      incident: (caller, rows, options) => importIncidents(incidents, caller, rows, options),
      seizure: (caller, rows, options) => importSeizures(seizures, caller, rows, options),
    },
  };
  const importJobRuntime = new ImportJobRuntime(importJobs);
  const seizureStats = new SeizureStatsRepository(db);
  const briefs: BriefDeps = {
    briefs: new BriefRepository(db),
    incidents: new IncidentRepository(db),
    campaigns,
    alerts: alerts.alerts,
    tasks: tasks.tasks,
    seizureStats,
    identity,
    audit,
    events,
    gazetteer,
    now,
    outline: mainlandOutline,
    briefTime: parseBriefTime(process.env.VIGIE_BRIEF_TIME),
    risk: async (principal, at, hours) => (await siteRiskFor(risk, principal, at, hours, 1000)).items,
    transaction: (work) =>
      inTransaction((trx) => work({ briefs: new BriefRepository(trx), audit: new AuditRepository(trx) })),
  };
  const briefScheduler = new BriefScheduler(briefs);
  const caseRepositoriesOn = (trx: Kysely<DB>) => ({
    cases: new CaseRepository(trx),
    disseminations: new DisseminationRepository(trx),
    audit: new AuditRepository(trx),
    sealer,
  });
  const cases: CaseDeps = {
    ...caseRepositoriesOn(db),
    incidents: new IncidentRepository(db),
    campaigns,
    identity,
    ...accounts,
    gazetteer,
    now,
    transaction: (work) => inTransaction((trx) => work(caseRepositoriesOn(trx))),
  };
  return {
    store,
    gazetteer,
    sealer,
    actors,
    actorGraph,
    identity,
    audit,
    links,
    campaigns,
    detection,
    risk,
    riskRanking,
    detector,
    work,
    importJobs,
    importJobRuntime,
    incidents,
    seizures,
    review,
    sources: { outlets: new SourceRegisterRepository(db), audit },
    feeds,
    feedPoller,
    notifications,
    subscriptions,
    events,
    alerts,
    alerting,
    escorts,
    escortWatch,
    fugitives,
    cases,
    extraction,
    responses,
    stix: new StixRepository(db),
    incidentMap: new IncidentMapRepository(db),
    stixGraph: graphImportDeps({ actorGraph, incidents }),
    auth: { identity, audit, tokens },
    admin: { identity, audit },
    briefs,
    briefScheduler,
    seizureStats,
    close: async () => {
      // Batched list reads are written before anything stops: a clean stop loses none.
      await readAudit.close().catch((error) => console.error('vigie: batched list reads not audited', error));
      await notifications.stop();
      await feedPoller.stop();
      await importJobRuntime.stop();
      await detector.stop();
      await work.close();
      await detection.stop();
      await riskRanking.stop();
      await alerting.stop();
      await briefScheduler.stop();
      await escortWatch.idle();
      await closeWorkerPool();
      await extraction.close();
      await store.close();
    },
  };
}

/**
 * The live detection keeps the link index of the whole history in memory, so one instance runs it: the
 * holder of the detector lease. Writes anywhere queue `detect` work; in process this process's
 * detection takes it (it does nothing until started), on JetStream only the lease holder serves it. An
 * instance that loses the lease forgets its index; the next holder indexes the history again.
 */
function detectorRole(store: Store, detection: DetectionRuntime, riskRanking: RiskRankingHolder, work: WorkQueue) {
  const lease = new LeaderLease(store.db, store.kind, 'vigie.detector');
  const shared = work.transport === 'jetstream';
  if (!shared) void work.serve('detect', () => detection.catchUp());
  return {
    get leading() {
      return lease.leading;
    },
    start: () =>
      lease.start({
        lead: async () => {
          void detection
            .start()
            .then(() => riskRanking.start())
            .catch((error) => console.error('vigie: detection did not start', error));
          detection.watch();
          if (shared) await work.serve('detect', () => detection.catchUp());
        },
        lose: async () => {
          if (shared) await work.unserve('detect');
          await riskRanking.stop();
          await detection.reset();
        },
      }),
    stop: () => lease.stop(),
  };
}

/** The largest file an import job takes (VIGIE_IMPORT_MAX_BYTES; default 100 MiB: it is kept in the database until imported). */
function readImportMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.VIGIE_IMPORT_MAX_BYTES);
  return Number.isInteger(value) && value > 0 ? value : 100 * 1024 * 1024;
}

/** How often each instance sweeps for import jobs to queue again (VIGIE_IMPORT_SWEEP_MS; default a minute). */
function readImportSweepMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.VIGIE_IMPORT_SWEEP_MS);
  return Number.isInteger(value) && value >= 1000 ? value : 60_000;
}
