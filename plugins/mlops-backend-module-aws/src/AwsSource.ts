import {
  ApprovalChange,
  BucketEvidence,
  Evidence,
  EvidenceSection,
  MlopsSource,
  modelCardsOf,
  MlopsTarget,
  ReadOptions,
  RoleEvidence,
  SourceOutcome,
} from '@aidlc/plugin-mlops-node';
import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { isError, toError } from '@backstage/errors';
import { AwsClientFactory, AwsClients } from './AwsClients';
import { awsAbortScope } from './awsAbortScope';
import { AwsSourceConfig } from './AwsSourceConfig';
import { EvidenceGaps, readSection } from './awsErrors';
import { readBucket } from './evidence/readBucket';
import { decideModelVersion } from './registry/decideModelVersion';
import { withModelCards } from './registry/withModelCards';
import { dedupeByArn, readKmsKey } from './evidence/readKmsKey';
import { readRole } from './evidence/readRole';
import { readImageScan } from './evidence/readImageScan';
import { readEntityFront } from './front/readInferenceApi';
import { withVpcOf } from './evidence/readVpcEndpoints';
import { Location, locateTarget } from './locateTarget';
import { LocationFacts, readLocationFacts } from './readLocationFacts';
import { ResourceCache } from './ResourceCache';
import { EntityScan, scanEntity, ScanContext } from './scanEntity';

/**
 * The AWS source: model registry, monitoring, drift metrics and compliance evidence of the annotated
 * entities, read account by account and region by region. Immutable things (versions, endpoint
 * configs, models, finished jobs) are described once; mutable evidence is reused for
 * `mlops.aws.evidenceCacheTtl`; drift series of all entities of a region are fetched together.
 */
export class AwsSource implements MlopsSource {
  readonly id = 'aws';

  constructor(
    private readonly options: {
      config: AwsSourceConfig;
      clients: AwsClientFactory;
      cache: CacheService;
      logger: LoggerService;
    },
  ) {}

  /** Reads the targets; the scheduler's `signal` stops every AWS call still in flight. */
  async read(
    targets: MlopsTarget[],
    { signal, driftLookbackMs }: ReadOptions,
  ): Promise<SourceOutcome[]> {
    const read = () => this.readTargets(targets, driftLookbackMs);
    return signal ? awsAbortScope.run(signal, read) : read();
  }

  /** Approves or rejects a version of this source's accounts, through the account's approval role. */
  async decideModelVersion(_target: MlopsTarget, change: ApprovalChange) {
    return decideModelVersion(
      this.options.config,
      this.options.clients,
      change,
    );
  }

  private async readTargets(
    targets: MlopsTarget[],
    driftLookbackMs: number,
  ): Promise<SourceOutcome[]> {
    const outcomes: SourceOutcome[] = [];
    const locations = new Map<
      string,
      { location: Location; targets: MlopsTarget[] }
    >();
    for (const target of targets) {
      try {
        const location = locateTarget(target, this.options.config);
        const key = `${location.accountId}/${location.region}`;
        const entry = locations.get(key) ?? { location, targets: [] };
        entry.targets.push(target);
        locations.set(key, entry);
      } catch (error) {
        outcomes.push({ entityRef: target.entityRef, error: toError(error) });
      }
    }
    const cache = new ResourceCache(this.options.cache);
    const perLocation = await Promise.all(
      [...locations.values()].map(async ({ location, targets: located }) => {
        try {
          return await this.readLocation(
            location,
            located,
            cache,
            driftLookbackMs,
          );
        } catch (error) {
          const failure = toError(error);
          this.options.logger.warn(
            `AWS source could not read ${location.accountId}/${location.region}: ${failure.message}`,
          );
          return located.map(t => ({ entityRef: t.entityRef, error: failure }));
        }
      }),
    );
    return outcomes.concat(perLocation.flat());
  }

  private async readLocation(
    { accountId, region }: Location,
    targets: MlopsTarget[],
    cache: ResourceCache,
    driftLookbackMs: number,
  ): Promise<SourceOutcome[]> {
    const { config } = this.options;
    const clients = await this.options.clients.forLocation(accountId, region);
    const location = `${accountId}/${region}`;
    const context: ScanContext = {
      clients,
      cache,
      location,
      accountId,
      region,
      maxVersions: config.maxVersionsPerGroup,
      evidenceTtlMs: config.evidenceCacheTtlMs,
    };
    const scans = await Promise.all(
      targets.map(target =>
        scanEntity(context, target).catch(error => toError(error)),
      ),
    );
    const scanned = scans.filter((s): s is EntityScan => !isError(s));
    const facts = await readLocationFacts(
      config,
      clients,
      cache,
      location,
      scanned,
      driftLookbackMs,
    );
    return Promise.all(
      scans.map(async (scan, i) => {
        const entityRef = targets[i].entityRef;
        if (isError(scan)) return { entityRef, error: scan };
        try {
          return {
            entityRef,
            reading: await this.assemble(clients, cache, location, scan, facts),
          };
        } catch (error) {
          return { entityRef, error: toError(error) };
        }
      }),
    );
  }

  /** Reads the shared resources of one entity (through the cache) and puts its reading together. */
  private async assemble(
    clients: AwsClients,
    cache: ResourceCache,
    location: string,
    scan: EntityScan,
    facts: LocationFacts,
  ) {
    const ttl = this.options.config.evidenceCacheTtlMs;
    const { gaps: accountGaps, ...account } = facts.account;
    const { network } = facts;
    const gaps: EvidenceGaps = {
      ...accountGaps,
      ...network.gaps,
      ...facts.modelCardGaps,
      ...scan.gaps,
    };
    const models = withModelCards(scan.models, facts.modelCards);
    /** Each item of an evidence section, through the cache; a denial makes the section a gap. */
    const readEach = <I, T>(
      section: EvidenceSection,
      items: I[],
      key: (item: I) => string,
      read: (item: I) => Promise<T>,
    ) =>
      readSection(gaps, section, () =>
        Promise.all(
          items.map(item =>
            cache.read(`aws:${location}:${key(item)}`, ttl, () => read(item)),
          ),
        ),
      );
    const bucketPurposes = [...scan.buckets];
    const buckets = (
      await readEach(
        'buckets',
        bucketPurposes,
        ([name]) => `bucket:${name}`,
        ([name]) => readBucket(clients, name),
      )
    )?.map(
      (bucket, i): BucketEvidence => ({
        ...bucket,
        purpose: bucketPurposes[i][1],
      }),
    );
    const keyIds = new Set(scan.kmsKeys);
    buckets?.forEach(
      b => b.encryption?.kmsKeyId && keyIds.add(b.encryption.kmsKeyId),
    );
    const keys = await readEach(
      'kmsKeys',
      [...keyIds],
      id => `kms-key:${id}`,
      id => readKmsKey(clients, id),
    );
    const roleUses = [...scan.roles];
    const roles = (
      await readEach(
        'roles',
        roleUses,
        ([arn]) => `role:${arn}`,
        ([arn]) => readRole(clients, arn),
      )
    )?.map(
      (role, i): RoleEvidence => ({ ...role, usedBy: [...roleUses[i][1]] }),
    );
    const images = await readEach(
      'images',
      [...new Set(scan.modelEvidence.flatMap(m => m.images ?? []))],
      uri => `image-scan:${uri}`,
      uri => readImageScan(clients, uri),
    );
    const front = scan.target.inferenceApi;
    const inferenceApis =
      front &&
      (await readEntityFront(clients, cache, location, ttl, front, gaps));
    const withVpc = withVpcOf(network.vpc);
    const vpcIds = [
      ...new Set([...scan.subnets].map(s => network.vpc?.vpcOfSubnet[s])),
    ].filter((v): v is string => Boolean(v));
    const own = <T extends { id: string }>(
      items: T[] | undefined,
      ids: Set<string>,
    ) => items?.filter(item => ids.has(item.id));
    const subnets = own(network.subnets, scan.subnets);
    const securityGroups = own(network.securityGroups, scan.securityGroups);
    const evidence: Evidence = {
      endpoints: scan.endpoints.map(e => e.evidence),
      models: scan.modelEvidence.map(withVpc),
      monitoringJobs: scan.monitoringJobs.map(withVpc),
      vpcEndpoints: vpcIds.map(vpcId => ({
        vpcId,
        services: network.vpc!.servicesOfVpc[vpcId] ?? [],
      })),
      ...(subnets ? { subnets } : {}),
      ...(securityGroups ? { securityGroups } : {}),
      ...(images ? { images } : {}),
      ...(inferenceApis ? { inferenceApis } : {}),
      ...(scan.trainingJobs
        ? { trainingJobs: scan.trainingJobs.map(withVpc) }
        : {}),
      ...(scan.pipelines ? { pipelines: scan.pipelines } : {}),
      ...(facts.modelCards ? { modelCards: modelCardsOf(models) } : {}),
      ...(buckets ? { buckets } : {}),
      ...(keys ? { kmsKeys: dedupeByArn(keys) } : {}),
      ...(roles ? { roles } : {}),
      ...account, // CloudTrail, GuardDuty and AWS Config, as far as they could be read
      ...(Object.keys(gaps).length > 0 ? { gaps } : {}),
    };
    return {
      models,
      endpoints: scan.endpoints.map(e => {
        const drift = facts.drift.get(e.evidence.name);
        return {
          name: e.evidence.name,
          schedules: [...e.schedules, ...(drift?.driftJobs ?? [])],
          metrics: drift?.metrics ?? [],
        };
      }),
      evidence,
    };
  }
}
