import { Entity } from '@backstage/catalog-model';

const TEAMS = 50;
/** The Model Monitor namespace the fleet's drift metrics are in. */
export const NAMESPACE = 'aws/sagemaker/Endpoints/data-metrics';

/** The accounts and regions a fleet is spread over */
export interface FleetShape {
  accounts: string[];
  regions: string[];
}

/** `accounts` accounts of `regions` regions each */
export function fleetShape(accounts: number, regions: number): FleetShape {
  return {
    accounts: Array.from({ length: accounts }, (_, i) =>
      String(100000000000 + i),
    ),
    regions: ['eu-west-1', 'eu-central-1', 'us-east-1', 'us-west-2'].slice(
      0,
      regions,
    ),
  };
}

/** One synthetic ML service: a model group of 5-20 versions, an endpoint with 4-10 drift features. */
export interface FakeService {
  name: string;
  team: number;
  account: string;
  region: string;
  versions: number;
  features: number;
  /** Bumped to simulate a deployment: a new endpoint configuration and model */
  deployment: number;
}

/** A deterministic fleet (same figures on every run), spread over the shape's locations in turn. */
export function makeFleet(
  size: number,
  { accounts, regions }: FleetShape = fleetShape(1, 1),
): FakeService[] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: size }, (_, i) => ({
    name: `svc-${i}`,
    team: i % TEAMS,
    account: accounts[i % accounts.length],
    region: regions[Math.floor(i / accounts.length) % regions.length],
    versions: 5 + Math.floor(random() * 16),
    features: 4 + Math.floor(random() * 7),
    deployment: 1,
  }));
}

/** The catalog entity of a service: its location, model group and endpoint annotations. */
export function serviceEntity(s: FakeService): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: s.name,
      annotations: {
        'aws.amazon.com/sagemaker-model-package-group': `${s.name}-models`,
        'aws.amazon.com/sagemaker-endpoint': `${s.name}-prod`,
        'aidlc.io/aws-account': s.account,
        'aidlc.io/aws-region': s.region,
      },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: `group:default/team-${s.team}`,
    },
  };
}

/** The ARN of a version of a service's model group. */
export const packageArn = (s: FakeService, v: number) =>
  `arn:aws:sagemaker:${s.region}:${s.account}:model-package/${s.name}-models/${v}`;

/** The service a resource named after it (`svc-12-prod`, `svc-12-training`, ...) belongs to. */
export function serviceLookup(fleet: FakeService[]) {
  const byName = new Map(fleet.map(s => [s.name, s]));
  return (name: string) => byName.get(/^(svc-\d+)/.exec(name)![1])!;
}

/** The fleet's services by location (`account/region`) */
export function byLocation(fleet: FakeService[]): Map<string, FakeService[]> {
  const located = new Map<string, FakeService[]>();
  for (const s of fleet) {
    const key = `${s.account}/${s.region}`;
    located.set(key, [...(located.get(key) ?? []), s]);
  }
  return located;
}

/**
 * The fewest calls a full refresh of this fleet can make, counted from the fleet alone: list pages,
 * GetMetricData at 500 series a call, and one describe of each distinct resource of each location
 * (a team's buckets and key in another account are other buckets and another key).
 */
export function minimumCalls(fleet: FakeService[]): number {
  const perService =
    1 + // ListModelPackages (one page: at most 20 versions)
    3 + // DescribeEndpoint, DescribeEndpointConfig, DescribeModel
    3 + // ListMonitoringSchedules, ListMonitoringExecutions, job definition
    3 * 3 + // three roles: ListAttachedRolePolicies, ListRolePolicies, GetRolePolicy
    1 + // DescribeImageScanFindings of its serving image
    3 + // ListPipelines, DescribePipeline, ListPipelineExecutions
    2 + // ListRuleNamesByTarget, DescribeRule of the rule that retrains it
    1; // DescribeModelCard of its card
  const perVersion = 3; // DescribeModelPackage, its statistics (GetObject), DescribeTrainingJob
  const perTeam = 3 * 4 + 2; // three buckets x four reads, one key x two
  const atLocation = (services: FakeService[]) => {
    const versions = services.reduce((n, s) => n + s.versions, 0);
    const series = services.reduce((n, s) => n + s.features, 0);
    const teams = new Set(services.map(s => s.team)).size;
    const subnets = teams * 2;
    return (
      services.length * perService +
      versions * perVersion +
      teams * perTeam +
      4 + // ListMetrics: one page per empty Model Monitor namespace...
      Math.max(1, Math.ceil(series / 500)) + // ...and the drift job's namespace
      Math.ceil(series / 500) + // GetMetricData
      Math.ceil(subnets / 200) +
      Math.ceil(teams / 200) + // DescribeSubnets, DescribeVpcEndpoints
      Math.ceil(subnets / 200) +
      Math.ceil(teams / 200) + // DescribeRouteTables, DescribeSecurityGroups
      7 + // trails (3), GuardDuty (2), AWS Config (2)
      1 + // ListMlflowTrackingServers
      Math.ceil(services.length / 100) // ListModelCards, 100 a page
    );
  };
  return [...byLocation(fleet).values()].reduce(
    (n, services) => n + atLocation(services),
    0,
  );
}
