// Generated from plugins/mlops-backend/src/schema/openapi.yaml by `yarn generate:openapi`. Do not edit.
/* eslint-disable */
export interface paths {
  '/entities/{kind}/{namespace}/{name}/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getEntityModels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/drift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getEntityDrift'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getEntityCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Reads the entity from its source now. Needs the mlops.refresh permission; one manual refresh per entity per `mlops.refresh.manualInterval` (429 with Retry-After otherwise). */
    post: operations['refreshEntity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description A project's pipeline reports what AWS APIs cannot show. Service credentials only: a GitHub Actions OIDC token of the repository the entity's `github.com/project-slug` names, or a static token whose subject `mlops.evidence.subjects` maps to the entity. Only Components with ML annotations take evidence. Every report is kept; the newest of each kind counts. */
    post: operations['submitEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getFleet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/compliance/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The fleet view as CSV, with the filters of /compliance, at most 10,000 rows. */
    get: operations['exportFleet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/compliance/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getFleetByOwner'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getModelCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getChecks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Text of a filter; control characters are refused. */
    QueryText: string;
    /**
     * @description `all` when the caller may read the ML data of every service; `limited` when the answer holds only those the permission policy lets it read (by default, its teams' own).
     * @enum {string}
     */
    Visibility: 'all' | 'limited';
    /** @enum {string} */
    Severity: 'critical' | 'high' | 'medium' | 'low';
    /** @enum {string} */
    Principle:
      | 'network-isolation'
      | 'encryption'
      | 'least-privilege'
      | 'everything-as-code'
      | 'defense-in-depth';
    /** @enum {string} */
    DriftStatus: 'ok' | 'drifting' | 'failing' | 'unknown';
    FailedCounts: {
      critical: number;
      high: number;
      medium: number;
      low: number;
    };
    ModelVersion: {
      version: number;
      arn: string;
      /** @enum {string} */
      approvalStatus: 'Approved' | 'PendingManualApproval' | 'Rejected';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      approvedAt?: string;
      approvedBy?: string;
      description?: string;
      metrics: {
        [key: string]: number;
      };
      modelDataUrl?: string;
      trainingJob?: string;
      image?: string;
      trainingData?: string;
    };
    ModelGroup: {
      name: string;
      arn: string;
      description?: string;
      versions: components['schemas']['ModelVersion'][];
    };
    EndpointDrift: {
      name: string;
      status: components['schemas']['DriftStatus'];
      schedules: {
        name: string;
        type: string;
        status: string;
        lastExecution?: {
          status: string;
          /** Format: date-time */
          scheduledAt: string;
          violations: number;
        };
      }[];
      metrics: {
        name: string;
        threshold?: number;
        points: {
          /** Format: date-time */
          t: string;
          v: number;
        }[];
      }[];
    };
    CheckResult: {
      id: string;
      title: string;
      principle: components['schemas']['Principle'];
      severity: components['schemas']['Severity'];
      /** @enum {string} */
      status: 'pass' | 'fail' | 'not_applicable' | 'error';
      resource?: string;
      message?: string;
      evidence?: unknown;
      remediation: string;
      controls: components['schemas']['CheckControls'];
    };
    CheckControls: {
      awsConfigRule?: string;
      securityHub?: string;
      checkov?: string;
    };
    Freshness: {
      entityRef: string;
      /** Format: date-time */
      refreshedAt?: string;
      stale: boolean;
      error?: string;
    };
    EntityModels: components['schemas']['Freshness'] & {
      groups: components['schemas']['ModelGroup'][];
    };
    EntityDrift: components['schemas']['Freshness'] & {
      endpoints: components['schemas']['EndpointDrift'][];
    };
    EntityCompliance: components['schemas']['Freshness'] & {
      /** Format: date-time */
      evaluatedAt?: string;
      profile: string;
      score: number;
      failed: components['schemas']['FailedCounts'];
      checks: components['schemas']['CheckResult'][];
      reports: components['schemas']['ReportSummary'][];
    };
    FleetRow: {
      entityRef: string;
      title: string;
      owner: string;
      system?: string;
      profile: string;
      score: number;
      failed: components['schemas']['FailedCounts'];
      failedChecks: string[];
      driftStatus: components['schemas']['DriftStatus'];
      /** Format: date-time */
      evaluatedAt?: string;
      stale: boolean;
      trend: number[];
    };
    /** @description What a policy gate found in the project's infrastructure code. The report that the `mlops:terraform:check` scaffolder action writes is one, as it is. */
    PolicyGateReport: {
      /** @enum {string} */
      kind: 'policy-gate';
      tool: string;
      passed: boolean;
      failOn?: components['schemas']['Severity'];
      filesChecked?: number;
      violations: {
        rule: string;
        /** @enum {string} */
        severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
        resource?: string;
        message?: string;
        file?: string;
      }[];
    };
    /** @description What a scan of the serving image found. */
    ContainerScanReport: {
      /** @enum {string} */
      kind: 'container-scan';
      tool: string;
      image: string;
      critical: number;
      high: number;
    };
    EvidenceSubmission:
      | components['schemas']['PolicyGateReport']
      | components['schemas']['ContainerScanReport'];
    /** @description The newest report of one kind, as the compliance view shows it. */
    ReportSummary: {
      /** @enum {string} */
      kind: 'policy-gate' | 'container-scan';
      tool: string;
      /** Format: date-time */
      submittedAt: string;
      /** @description The pipeline's identity, when the report's source knows it */
      submittedBy?: string;
      summary: string;
    };
  };
  responses: never;
  parameters: {
    kind: string;
    namespace: string;
    name: string;
    limit: number;
    cursor: string;
    owner: components['schemas']['QueryText'];
    system: components['schemas']['QueryText'];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEntityModels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Model groups and versions of the entity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityModels'];
        };
      };
    };
  };
  getEntityDrift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Monitoring and drift per endpoint */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityDrift'];
        };
      };
    };
  };
  getEntityCompliance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Compliance checks of the entity's profile */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityCompliance'];
        };
      };
    };
  };
  refreshEntity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Freshness after the refresh */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Freshness'];
        };
      };
    };
  };
  submitEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvidenceSubmission'];
      };
    };
    responses: {
      /** @description Stored; the entity's compliance was evaluated again */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entityRef: string;
            /** @enum {string} */
            kind: 'policy-gate' | 'container-scan';
          };
        };
      };
    };
  };
  getFleet: {
    parameters: {
      query?: {
        owner?: components['parameters']['owner'];
        system?: components['parameters']['system'];
        severity?: components['schemas']['Severity'];
        check?: string;
        orderBy?: 'score' | 'entityRef' | 'owner' | 'title';
        order?: 'asc' | 'desc';
        limit?: components['parameters']['limit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the fleet */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['FleetRow'][];
            totalItems: number;
            nextCursor?: string;
          };
        };
      };
    };
  };
  exportFleet: {
    parameters: {
      query?: {
        owner?: components['parameters']['owner'];
        system?: components['parameters']['system'];
        severity?: components['schemas']['Severity'];
        check?: string;
        orderBy?: 'score' | 'entityRef' | 'owner' | 'title';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
    };
  };
  getFleetByOwner: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per owner: evaluated services, failing ones, their failures and average score, and how many services wait for their first evaluation (counted in no average) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            visibility: components['schemas']['Visibility'];
            items: {
              owner: string;
              services: number;
              notEvaluated: number;
              failingServices: number;
              averageScore?: number;
              failed: components['schemas']['FailedCounts'];
            }[];
          };
        };
      };
    };
  };
  getModelCatalog: {
    parameters: {
      query?: {
        q?: string;
        limit?: components['parameters']['limit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Model groups with their latest and approved versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            visibility: components['schemas']['Visibility'];
            items: {
              entityRef: string;
              owner: string;
              group: string;
              arn: string;
              latestVersion?: number;
              latestStatus?: string;
              approvedVersion?: number;
              driftStatus: components['schemas']['DriftStatus'];
            }[];
            totalItems: number;
            nextCursor?: string;
          };
        };
      };
    };
  };
  getChecks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The check catalog */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              principle: components['schemas']['Principle'];
              severity: components['schemas']['Severity'];
              description: string;
              remediation: string;
              controls: components['schemas']['CheckControls'];
            }[];
          };
        };
      };
    };
  };
}
