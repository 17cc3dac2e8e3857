import {
  CheckDescription,
  CheckResult,
  FailedCounts,
  Severity,
} from './Compliance';
import { DriftStatus, EndpointDrift } from './Drift';
import { ModelGroup } from './ModelRegistry';

/** Freshness of an entity's data: when it was read and whether the last refresh failed. @public */
export interface Freshness {
  entityRef: string;
  /** ISO 8601; when the data was last read successfully, absent before the first success */
  refreshedAt?: string;
  /** True when the last refresh failed and the data shown is the last good one */
  stale: boolean;
  error?: string;
}

/** `GET /entities/{kind}/{namespace}/{name}/models` @public */
export interface EntityModelsResponse extends Freshness {
  groups: ModelGroup[];
}

/** `GET /entities/{kind}/{namespace}/{name}/drift` @public */
export interface EntityDriftResponse extends Freshness {
  endpoints: EndpointDrift[];
}

/** The newest report of one kind that the entity's pipeline posted. @public */
export interface ReportSummary {
  kind: 'policy-gate' | 'container-scan';
  tool: string;
  /** ISO 8601 */
  submittedAt: string;
  /** The pipeline's identity, e.g. `external:github-actions:repo:acme/fraud-scoring-api:ref:refs/heads/main`, when known */
  submittedBy?: string;
  summary: string;
}

/** `GET /entities/{kind}/{namespace}/{name}/compliance` @public */
export interface EntityComplianceResponse extends Freshness {
  evaluatedAt?: string;
  profile: string;
  score: number;
  failed: FailedCounts;
  checks: CheckResult[];
  reports: ReportSummary[];
}

/** A row of the fleet view. @public */
export interface FleetRow {
  entityRef: string;
  title: string;
  owner: string;
  system?: string;
  profile: string;
  score: number;
  failed: FailedCounts;
  failedChecks: string[];
  driftStatus: DriftStatus;
  evaluatedAt?: string;
  stale: boolean;
  /** Scores of the latest refreshes, oldest first */
  trend: number[];
}

/** Filters, sorting and paging of `GET /compliance`. @public */
export interface FleetQuery {
  owner?: string;
  system?: string;
  /** Only rows with at least one failed check of this severity or worse */
  severity?: Severity;
  /** Only rows where this check failed */
  check?: string;
  orderBy?: 'score' | 'entityRef' | 'owner' | 'title';
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}

/** `GET /compliance` @public */
export interface FleetPage {
  items: FleetRow[];
  totalItems: number;
  nextCursor?: string;
}

/** One owner's services, for the platform team's view. @public */
export interface OwnerSummary {
  owner: string;
  /** Services evaluated at least once; the counts and the average are over these */
  services: number;
  /** Services waiting for their first evaluation */
  notEvaluated: number;
  failingServices: number;
  /** Absent while no service of the owner has been evaluated */
  averageScore?: number;
  failed: FailedCounts;
}

/** `GET /models` row: a model group with its latest and approved versions. @public */
export interface ModelCatalogRow {
  entityRef: string;
  owner: string;
  group: string;
  arn: string;
  latestVersion?: number;
  latestStatus?: string;
  approvedVersion?: number;
  driftStatus: DriftStatus;
}

/**
 * `all` when the caller may read the ML data of every service; `limited` when an answer holds only
 * those the permission policy lets it read (by default, its teams' own).
 * @public
 */
export type Visibility = 'all' | 'limited';

/** @public */
export interface ModelCatalogPage {
  items: ModelCatalogRow[];
  totalItems: number;
  nextCursor?: string;
  visibility: Visibility;
}

/** `GET /compliance/owners` @public */
export interface OwnerSummaries {
  items: OwnerSummary[];
  visibility: Visibility;
}

/** A finding of a policy gate. @public */
export interface PolicyViolation {
  rule: string;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  resource?: string;
  message?: string;
  file?: string;
}

/** What a policy gate found; the `mlops:terraform:check` action's report is one. @public */
export interface PolicyGateReport {
  kind: 'policy-gate';
  tool: string;
  passed: boolean;
  failOn?: Severity;
  filesChecked?: number;
  violations: PolicyViolation[];
}

/** What a scan of the serving image found. @public */
export interface ContainerScanReport {
  kind: 'container-scan';
  tool: string;
  image: string;
  critical: number;
  high: number;
}

/** Request of the evidence route: what a project's CI reports. @public */
export type EvidenceSubmission = PolicyGateReport | ContainerScanReport;

/** The mlops REST API as the frontend and other clients use it. @public */
export interface MlopsApi {
  getModels(entityRef: string): Promise<EntityModelsResponse>;
  getDrift(entityRef: string): Promise<EntityDriftResponse>;
  getCompliance(entityRef: string): Promise<EntityComplianceResponse>;
  refresh(entityRef: string): Promise<void>;
  getFleet(query?: FleetQuery): Promise<FleetPage>;
  getFleetByOwner(): Promise<OwnerSummaries>;
  /** The fleet with these filters as CSV text */
  exportFleet(query?: Omit<FleetQuery, 'limit' | 'cursor'>): Promise<string>;
  getModelCatalog(query?: {
    q?: string;
    limit?: number;
    cursor?: string;
  }): Promise<ModelCatalogPage>;
  getChecks(): Promise<{ items: CheckDescription[] }>;
}
