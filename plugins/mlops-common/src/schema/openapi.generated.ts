// Generated from plugins/mlops-backend/src/schema/openapi.yaml by `yarn generate:openapi`. Do not edit.
/* eslint-disable */
export interface paths {
  '/entities/{kind}/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getEntityMlData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
  '/entities/{kind}/{namespace}/{name}/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getEntityLifecycle'];
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
  '/entities/{kind}/{namespace}/{name}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Approves or rejects one model version of the entity, with a required comment, in the registry it lives in (SageMaker `UpdateModelPackage` through the account's approval role). Needs the `mlops.model.approve` permission on the entity (its `aidlc.io/model-approvers`, else its owners); whoever registered the version may not decide on it (403); with `mlops.approval.blockOnCritical`, an approval waits until no critical check fails (409). */
    post: operations['decideModelVersion'];
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
  '/compliance/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getFleetSummary'];
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
  '/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getFleetLifecycle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/lifecycle/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The fleet lifecycle view as CSV, with the filters of /lifecycle, at most 10,000 rows. */
    get: operations['exportFleetLifecycle'];
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
    /**
     * @description Severities, most severe first.
     * @enum {string}
     */
    Severity: 'critical' | 'high' | 'medium' | 'low';
    /**
     * @description The five principles of the secure ML pipeline.
     * @enum {string}
     */
    Principle:
      | 'network-isolation'
      | 'encryption'
      | 'least-privilege'
      | 'everything-as-code'
      | 'defense-in-depth';
    /**
     * @description Drift state of an endpoint, the same in every view: `drifting` when a metric passed its threshold or the last execution found violations, `failing` when monitoring itself failed, `not_monitored` when no schedule and no metric watches it (or the service has no endpoint), `unknown` when a source could not say.
     * @enum {string}
     */
    DriftStatus: 'ok' | 'drifting' | 'failing' | 'not_monitored' | 'unknown';
    /**
     * @description What a drift series measures: the population stability index (`psi`), the Kolmogorov-Smirnov distance (`ks`) or the Jensen-Shannon distance (`js`) of the project's drift job, or a statistic SageMaker Model Monitor publishes (`model_monitor`, its baseline distribution distance).
     * @enum {string}
     */
    DriftMethod: 'psi' | 'ks' | 'js' | 'model_monitor';
    /**
     * @description `missing_evidence`: the check needs a report from the project's pipeline and none was submitted; it proves nothing, like a failure, but needs a pipeline step, not a fix.
     * @enum {string}
     */
    CheckStatus:
      | 'pass'
      | 'fail'
      | 'missing_evidence'
      | 'not_applicable'
      | 'error';
    /**
     * @description Whether a service may ship, from its last evaluation: `blocked` (a critical check fails), `at_risk` (a high check fails), `evidence_missing` (no failure of those, but a critical or high check has no evidence: a pipeline report was not submitted or the source could not read it), `passing` (nothing above; medium and low findings may remain), `not_evaluated`. Worst first.
     * @enum {string}
     */
    Verdict:
      | 'blocked'
      | 'at_risk'
      | 'evidence_missing'
      | 'passing'
      | 'not_evaluated';
    /** @description Services per verdict. */
    VerdictCounts: {
      blocked: number;
      at_risk: number;
      evidence_missing: number;
      passing: number;
      not_evaluated: number;
    };
    /** @description Failed checks counted by severity. */
    FailedCounts: {
      critical: number;
      high: number;
      medium: number;
      low: number;
    };
    /**
     * @description Approval status of a model package, as SageMaker names it.
     * @enum {string}
     */
    ModelApprovalStatus: 'Approved' | 'PendingManualApproval' | 'Rejected';
    /** @description One version of a model package group. */
    ModelVersion: {
      version: number;
      arn: string;
      approvalStatus: components['schemas']['ModelApprovalStatus'];
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When the approval status last changed to Approved
       */
      approvedAt?: string;
      approvedBy?: string;
      /** @description Who registered the version (a Backstage user ref, or the AWS identity); they may not approve it */
      registeredBy?: string;
      decision?: components['schemas']['ApprovalDecision'];
      /** @description Where the version serves now */
      deployments?: components['schemas']['Deployment'][];
      description?: string;
      /** @description Evaluation metrics by name (accuracy, auc, rmse, ...) */
      metrics: {
        [key: string]: number;
      };
      modelDataUrl?: string;
      /** @description Lineage: the training job, its image and data */
      trainingJob?: string;
      image?: string;
      trainingData?: string;
      modelCard?: components['schemas']['ModelCard'];
    };
    /** @description The SageMaker model card linked to a version (its model package): the governance document of the model, as its authors wrote it. */
    ModelCard: {
      name: string;
      arn: string;
      /** @description Draft, PendingReview, Approved or Archived */
      status: string;
      /** Format: date-time */
      updatedAt?: string;
      /** @description High, Medium, Low or Unknown */
      riskRating?: string;
      purpose?: string;
      intendedUses?: string;
      factorsAffectingEfficiency?: string;
      riskExplanation?: string;
      businessProblem?: string;
      businessStakeholders?: string;
      lineOfBusiness?: string;
      trainingObjective?: string;
      trainingObservations?: string;
      evaluations?: {
        name: string;
        observations?: string;
        metrics?: {
          [key: string]: number;
        };
      }[];
    };
    /** @description A production variant of an endpoint that serves a version. */
    Deployment: {
      endpoint: string;
      variant: string;
      /** @description Share of the endpoint's traffic the variant takes, 0 to 1 */
      trafficShare: number;
      /** @description Instances behind the variant (0 for a serverless one) */
      instanceCount: number;
      /** @description True when the variant is serverless (SageMaker scales it, no instances to count) */
      serverless?: boolean;
      /**
       * Format: date-time
       * @description When the endpoint last changed, so since when it serves this at the latest
       */
      since?: string;
    };
    /** @description The last approval or rejection of a version, and why. */
    ApprovalDecision: {
      /** @enum {string} */
      status: 'Approved' | 'Rejected';
      /** @description Who decided (a Backstage user ref when decided in the portal) */
      by?: string;
      /** Format: date-time */
      at?: string;
      comment?: string;
    };
    /** @description Approve or reject one version of one of the entity's model groups, saying why. */
    ApprovalRequest: {
      versionArn: string;
      /** @enum {string} */
      status: 'Approved' | 'Rejected';
      /** @description Why; at least one visible character, line breaks allowed, no other control characters */
      comment: string;
    };
    ApprovalResult: components['schemas']['ApprovalDecision'] & {
      versionArn: string;
    };
    /** @description A model package group and its versions, newest first. */
    ModelGroup: {
      name: string;
      arn: string;
      description?: string;
      versions: components['schemas']['ModelVersion'][];
    };
    /** @description The last run of a monitoring schedule. */
    MonitoringExecution: {
      /** @description SageMaker's execution status: Completed, CompletedWithViolations, Failed, ... */
      status: string;
      /** Format: date-time */
      scheduledAt: string;
      violations: number;
      /** @description What the run found (at most 20), as its constraint_violations.json says */
      violationDetails?: components['schemas']['MonitoringViolation'][];
    };
    /** @description One violation a monitoring run found. */
    MonitoringViolation: {
      feature: string;
      /** @description The check that failed, e.g. baseline_drift_check or data_type_check */
      constraint: string;
      description?: string;
    };
    /** @description A Model Monitor schedule, or the project's own drift job. */
    MonitoringSchedule: {
      name: string;
      /** @description DataQuality, ModelQuality, ModelBias, ModelExplainability or DriftJob */
      type: string;
      /** @description Scheduled, Pending, Stopped or Failed */
      status: string;
      lastExecution?: components['schemas']['MonitoringExecution'];
    };
    /** @description A point of a drift metric: time and value. */
    DriftPoint: {
      /** Format: date-time */
      t: string;
      v: number;
    };
    /** @description One drift metric (for example `feature_baseline_drift_amount`) over the look-back window. */
    DriftSeries: {
      name: string;
      /** @description The feature the metric is about, when its name says (`feature_baseline_drift_<feature>`) */
      feature?: string;
      method?: components['schemas']['DriftMethod'];
      threshold?: number;
      /**
       * Format: date-time
       * @description Since when the series has stayed above its threshold, while it is above it
       */
      aboveThresholdSince?: string;
      points: components['schemas']['DriftPoint'][];
    };
    /** @description Monitoring and drift of one endpoint. */
    EndpointDrift: {
      name: string;
      status: components['schemas']['DriftStatus'];
      schedules: components['schemas']['MonitoringSchedule'][];
      metrics: components['schemas']['DriftSeries'][];
    };
    /** @description The matching control of AWS's own tools, where there is one. */
    CheckControls: {
      awsConfigRule?: string;
      securityHub?: string;
      checkov?: string;
    };
    /** @description A check of the catalog. */
    CheckDescription: {
      id: string;
      title: string;
      principle: components['schemas']['Principle'];
      severity: components['schemas']['Severity'];
      description: string;
      remediation: string;
      controls: components['schemas']['CheckControls'];
    };
    /** @description The outcome of one check for one entity. */
    CheckResult: {
      id: string;
      title: string;
      principle: components['schemas']['Principle'];
      severity: components['schemas']['Severity'];
      status: components['schemas']['CheckStatus'];
      /** @description The resources the outcome is about (failing ones first) */
      resource?: string;
      /** @description Why: a sentence a person can act on */
      message?: string;
      /** @description The evidence the check read */
      evidence?: unknown;
      remediation: string;
      controls: components['schemas']['CheckControls'];
    };
    CheckCatalog: {
      items: components['schemas']['CheckDescription'][];
    };
    /** @description Freshness of an entity's data: when it was read and whether the last refresh failed. */
    Freshness: {
      entityRef: string;
      /**
       * Format: date-time
       * @description When the data was last read successfully; absent before the first success
       */
      refreshedAt?: string;
      /** @description True when the last refresh failed and the data shown is the last good one */
      stale: boolean;
      error?: string;
    };
    /** @description The outcome of an entity's last evaluation against its compliance profile. */
    ComplianceOutcome: {
      /** Format: date-time */
      evaluatedAt?: string;
      profile: string;
      verdict: components['schemas']['Verdict'];
      score: number;
      failed: components['schemas']['FailedCounts'];
      /** @description Critical and high checks without evidence (no pipeline report, or unreadable evidence) */
      missingEvidence: number;
      checks: components['schemas']['CheckResult'][];
      reports: components['schemas']['ReportSummary'][];
    };
    EntityModels: components['schemas']['Freshness'] & {
      groups: components['schemas']['ModelGroup'][];
    };
    EntityDrift: components['schemas']['Freshness'] & {
      endpoints: components['schemas']['EndpointDrift'][];
    };
    EntityCompliance: components['schemas']['Freshness'] &
      components['schemas']['ComplianceOutcome'];
    /** @description Everything the ML tab shows of an entity, from one stored snapshot. */
    EntityMlData: components['schemas']['Freshness'] &
      components['schemas']['ComplianceOutcome'] & {
        groups: components['schemas']['ModelGroup'][];
        endpoints: components['schemas']['EndpointDrift'][];
        /** @description The six life cycle stages (see LifecycleOutcome) */
        stages: components['schemas']['StageLifecycle'][];
      };
    /**
     * @description A stage of the AI development life cycle, in order: data collection, data preparation, model development, model training, model deployment, monitoring and maintenance.
     * @enum {string}
     */
    LifecycleStage:
      | 'collection'
      | 'preparation'
      | 'development'
      | 'training'
      | 'deployment'
      | 'monitoring';
    /**
     * @description `in_place`: the evidence shows it; `partial`: some of it is there; `missing`: the evidence shows it is not there; `unknown`: the evidence could not be read or does not tell.
     * @enum {string}
     */
    SignalStatus: 'in_place' | 'partial' | 'missing' | 'unknown';
    /** @description One sign that a stage is in place, as found in the entity's evidence. */
    LifecycleSignal: {
      id: string;
      stage: components['schemas']['LifecycleStage'];
      title: string;
      status: components['schemas']['SignalStatus'];
      /** @description What was found, in a sentence */
      message?: string;
      /** @description The resources the signal is about (names or ARNs), comma-separated */
      resource?: string;
      /** @description The evidence the signal read */
      evidence?: unknown;
      /** @description What to do to put it in place */
      howTo: string;
      /** @description The compliance check whose result the signal reuses, when it does */
      checkId?: string;
    };
    /** @description One stage with its signals: in place when every signal is, missing when none is there, unknown when nothing missing is known and something could not be told, partial otherwise. */
    StageLifecycle: {
      stage: components['schemas']['LifecycleStage'];
      title: string;
      status: components['schemas']['SignalStatus'];
      signals: components['schemas']['LifecycleSignal'][];
    };
    /** @description Where the entity stands in the six stages, from its last evaluation. */
    LifecycleOutcome: {
      /** Format: date-time */
      evaluatedAt?: string;
      /** @description The six stages in order; empty before the first evaluation */
      stages: components['schemas']['StageLifecycle'][];
    };
    EntityLifecycle: components['schemas']['Freshness'] &
      components['schemas']['LifecycleOutcome'];
    /** @description The status of each stage. */
    StageStatuses: {
      collection: components['schemas']['SignalStatus'];
      preparation: components['schemas']['SignalStatus'];
      development: components['schemas']['SignalStatus'];
      training: components['schemas']['SignalStatus'];
      deployment: components['schemas']['SignalStatus'];
      monitoring: components['schemas']['SignalStatus'];
    };
    /** @description A row of the fleet lifecycle view. */
    LifecycleRow: {
      entityRef: string;
      title: string;
      owner: string;
      system?: string;
      stages: components['schemas']['StageStatuses'];
      /** @description How many of the six stages are in place */
      inPlace: number;
      /** Format: date-time */
      evaluatedAt?: string;
      stale: boolean;
    };
    LifecyclePage: {
      visibility: components['schemas']['Visibility'];
      items: components['schemas']['LifecycleRow'][];
      totalItems: number;
      nextCursor?: string;
    };
    /** @description A row of the fleet view. */
    FleetRow: {
      entityRef: string;
      title: string;
      owner: string;
      system?: string;
      profile: string;
      verdict: components['schemas']['Verdict'];
      score: number;
      failed: components['schemas']['FailedCounts'];
      /** @description Critical and high checks without evidence (no pipeline report, or unreadable evidence) */
      missingEvidence: number;
      failedChecks: string[];
      driftStatus: components['schemas']['DriftStatus'];
      /** Format: date-time */
      evaluatedAt?: string;
      stale: boolean;
      /** @description Scores of the latest refreshes, oldest first */
      trend: number[];
    };
    FleetPage: {
      items: components['schemas']['FleetRow'][];
      totalItems: number;
      nextCursor?: string;
    };
    /** @description One owner's services, for the platform team's view. */
    OwnerSummary: {
      owner: string;
      verdicts: components['schemas']['VerdictCounts'];
      /** @description Services evaluated at least once; the counts and the average are over these */
      services: number;
      /** @description Services waiting for their first evaluation */
      notEvaluated: number;
      failingServices: number;
      /** @description Absent while no service of the owner has been evaluated */
      averageScore?: number;
      failed: components['schemas']['FailedCounts'];
    };
    FailingCheckCount: {
      check: string;
      services: number;
    };
    /** @description The fleet at a glance, over the services the caller may read. */
    FleetSummary: {
      visibility: components['schemas']['Visibility'];
      verdicts: components['schemas']['VerdictCounts'];
      /** @description The checks that fail on most services (at most 5), most first */
      topFailingChecks: components['schemas']['FailingCheckCount'][];
    };
    OwnerSummaries: {
      visibility: components['schemas']['Visibility'];
      items: components['schemas']['OwnerSummary'][];
    };
    /** @description A model group with its latest and approved versions. */
    ModelCatalogRow: {
      entityRef: string;
      owner: string;
      /** @description The system of the service that serves the group */
      system?: string;
      group: string;
      arn: string;
      latestVersion?: number;
      latestStatus?: string;
      approvedVersion?: number;
      /** @description The versions that serve on an endpoint, newest first */
      servedVersions?: number[];
      /** @description True when a version that is not approved serves */
      servesUnapproved?: boolean;
      /** @description The endpoints that serve the group's versions */
      servingEndpoints?: components['schemas']['ServingEndpoint'][];
      driftStatus: components['schemas']['DriftStatus'];
    };
    /** @description An endpoint (a model server) that serves versions of a group, with the request schema of the API in front of it when the source knows it. */
    ServingEndpoint: {
      name: string;
      /** @description The versions it serves, newest first */
      versions: number[];
      api?: components['schemas']['InferenceApiSchema'];
    };
    /** @description How callers invoke the model server, as the API in front of it validates requests. */
    InferenceApiSchema: {
      method: string;
      path: string;
      /** @description The JSON schema request bodies are validated against */
      requestSchema: unknown;
    };
    ModelCatalogPage: {
      visibility: components['schemas']['Visibility'];
      items: components['schemas']['ModelCatalogRow'][];
      totalItems: number;
      nextCursor?: string;
    };
    /** @description A finding of a policy gate. */
    PolicyViolation: {
      rule: string;
      /** @enum {string} */
      severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
      resource?: string;
      message?: string;
      file?: string;
    };
    /** @description What a policy gate found in the project's infrastructure code. The report that the `mlops:terraform:check` scaffolder action writes is one, as it is. */
    PolicyGateReport: {
      /** @enum {string} */
      kind: 'policy-gate';
      tool: string;
      passed: boolean;
      failOn?: components['schemas']['Severity'];
      filesChecked?: number;
      violations: components['schemas']['PolicyViolation'][];
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
    /** @description Request of the evidence route: what a project's CI reports. */
    EvidenceSubmission:
      | components['schemas']['PolicyGateReport']
      | components['schemas']['ContainerScanReport'];
    EvidenceAccepted: {
      entityRef: string;
      /** @enum {string} */
      kind: 'policy-gate' | 'container-scan';
    };
    /** @description The newest report of one kind that the entity's pipeline posted. */
    ReportSummary: {
      /** @enum {string} */
      kind: 'policy-gate' | 'container-scan';
      tool: string;
      /** Format: date-time */
      submittedAt: string;
      /** @description The pipeline's identity, e.g. `external:github-actions:repo:acme/fraud-scoring-api:ref:refs/heads/main`, when known */
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
    /** @description Only rows with at least one failed check of this severity or worse */
    severity: components['schemas']['Severity'];
    /** @description Only rows where this check failed */
    check: string;
    /** @description `verdict`: blocked first (then by score), the default */
    orderBy: 'verdict' | 'score' | 'entityRef' | 'owner' | 'title';
    /** @description Only rows with this verdict */
    verdict: components['schemas']['Verdict'];
    order: 'asc' | 'desc';
    /** @description With `stageStatus`, only rows whose stage has that status */
    stage: components['schemas']['LifecycleStage'];
    /** @description With `stage`, only rows whose stage has this status */
    stageStatus: components['schemas']['SignalStatus'];
    /** @description `progress`: the fewest stages in place first, the default */
    lifecycleOrderBy: 'progress' | 'entityRef' | 'owner' | 'title';
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEntityMlData: {
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
      /** @description Models, drift and compliance of the entity, as the ML tab shows them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityMlData'];
        };
      };
    };
  };
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
  getEntityLifecycle: {
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
      /** @description Where the entity stands in the six AIDLC stages, with the evidence */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityLifecycle'];
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
  decideModelVersion: {
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
        'application/json': components['schemas']['ApprovalRequest'];
      };
    };
    responses: {
      /** @description Decided; the entity was read again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalResult'];
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
          'application/json': components['schemas']['EvidenceAccepted'];
        };
      };
    };
  };
  getFleet: {
    parameters: {
      query?: {
        owner?: components['parameters']['owner'];
        system?: components['parameters']['system'];
        /** @description Only rows with this verdict */
        verdict?: components['parameters']['verdict'];
        /** @description Only rows with at least one failed check of this severity or worse */
        severity?: components['parameters']['severity'];
        /** @description Only rows where this check failed */
        check?: components['parameters']['check'];
        /** @description `verdict`: blocked first (then by score), the default */
        orderBy?: components['parameters']['orderBy'];
        order?: components['parameters']['order'];
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
          'application/json': components['schemas']['FleetPage'];
        };
      };
    };
  };
  exportFleet: {
    parameters: {
      query?: {
        owner?: components['parameters']['owner'];
        system?: components['parameters']['system'];
        /** @description Only rows with this verdict */
        verdict?: components['parameters']['verdict'];
        /** @description Only rows with at least one failed check of this severity or worse */
        severity?: components['parameters']['severity'];
        /** @description Only rows where this check failed */
        check?: components['parameters']['check'];
        /** @description `verdict`: blocked first (then by score), the default */
        orderBy?: components['parameters']['orderBy'];
        order?: components['parameters']['order'];
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
  getFleetSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Services by verdict and the checks failing most across the fleet */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetSummary'];
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
          'application/json': components['schemas']['OwnerSummaries'];
        };
      };
    };
  };
  getFleetLifecycle: {
    parameters: {
      query?: {
        owner?: components['parameters']['owner'];
        system?: components['parameters']['system'];
        /** @description With `stageStatus`, only rows whose stage has that status */
        stage?: components['parameters']['stage'];
        /** @description With `stage`, only rows whose stage has this status */
        stageStatus?: components['parameters']['stageStatus'];
        /** @description `progress`: the fewest stages in place first, the default */
        orderBy?: components['parameters']['lifecycleOrderBy'];
        order?: components['parameters']['order'];
        limit?: components['parameters']['limit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of services with the status of each stage */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LifecyclePage'];
        };
      };
    };
  };
  exportFleetLifecycle: {
    parameters: {
      query?: {
        owner?: components['parameters']['owner'];
        system?: components['parameters']['system'];
        /** @description With `stageStatus`, only rows whose stage has that status */
        stage?: components['parameters']['stage'];
        /** @description With `stage`, only rows whose stage has this status */
        stageStatus?: components['parameters']['stageStatus'];
        /** @description `progress`: the fewest stages in place first, the default */
        orderBy?: components['parameters']['lifecycleOrderBy'];
        order?: components['parameters']['order'];
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
          'application/json': components['schemas']['ModelCatalogPage'];
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
          'application/json': components['schemas']['CheckCatalog'];
        };
      };
    };
  };
}
