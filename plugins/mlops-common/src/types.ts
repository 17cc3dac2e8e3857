import type { components, operations } from './schema/openapi.generated';

// The API's data shapes, named after the OpenAPI spec's components (plugins/mlops-backend/src/schema/
// openapi.yaml): the spec is their one definition, and its descriptions are their documentation.
type Schemas = components['schemas'];

/** @public */
export type Principle = Schemas['Principle'];
/** @public */
export type Severity = Schemas['Severity'];
/** @public */
export type CheckStatus = Schemas['CheckStatus'];
/** @public */
export type Verdict = Schemas['Verdict'];
/** @public */
export type VerdictCounts = Schemas['VerdictCounts'];
/** @public */
export type CheckControls = Schemas['CheckControls'];
/** @public */
export type CheckDescription = Schemas['CheckDescription'];
/** @public */
export type CheckCatalog = Schemas['CheckCatalog'];
/** @public */
export type CheckResult = Schemas['CheckResult'];
/** @public */
export type FailedCounts = Schemas['FailedCounts'];

/** @public */
export type ModelApprovalStatus = Schemas['ModelApprovalStatus'];
/** @public */
export type ModelVersion = Schemas['ModelVersion'];
/** @public */
export type ModelGroup = Schemas['ModelGroup'];
/** @public */
export type ModelCard = Schemas['ModelCard'];
/** @public */
export type Deployment = Schemas['Deployment'];
/** @public */
export type ApprovalDecision = Schemas['ApprovalDecision'];
/** `POST /entities/{kind}/{namespace}/{name}/approvals` @public */
export type ApprovalRequest = Schemas['ApprovalRequest'];
/** @public */
export type ApprovalResult = Schemas['ApprovalResult'];

/** @public */
export type DriftStatus = Schemas['DriftStatus'];
/** @public */
export type DriftMethod = Schemas['DriftMethod'];
/** @public */
export type MonitoringExecution = Schemas['MonitoringExecution'];
/** @public */
export type MonitoringViolation = Schemas['MonitoringViolation'];
/** @public */
export type MonitoringSchedule = Schemas['MonitoringSchedule'];
/** @public */
export type DriftPoint = Schemas['DriftPoint'];
/** @public */
export type DriftSeries = Schemas['DriftSeries'];
/** @public */
export type EndpointDrift = Schemas['EndpointDrift'];

/** @public */
export type Freshness = Schemas['Freshness'];
/** @public */
export type ComplianceOutcome = Schemas['ComplianceOutcome'];
/** `GET /entities/{kind}/{namespace}/{name}` @public */
export type EntityMlData = Schemas['EntityMlData'];
/** `GET /entities/{kind}/{namespace}/{name}/models` @public */
export type EntityModels = Schemas['EntityModels'];
/** `GET /entities/{kind}/{namespace}/{name}/drift` @public */
export type EntityDrift = Schemas['EntityDrift'];
/** `GET /entities/{kind}/{namespace}/{name}/compliance` @public */
export type EntityCompliance = Schemas['EntityCompliance'];

/** @public */
export type Visibility = Schemas['Visibility'];
/** @public */
export type FleetRow = Schemas['FleetRow'];
/** Filters, sorting and paging of `GET /compliance`. @public */
export type FleetQuery = NonNullable<
  operations['getFleet']['parameters']['query']
>;
/** Filters and sorting of `GET /compliance/export`. @public */
export type FleetExportQuery = NonNullable<
  operations['exportFleet']['parameters']['query']
>;
/** @public */
export type FleetPage = Schemas['FleetPage'];
/** @public */
export type FleetSummary = Schemas['FleetSummary'];
/** @public */
export type OwnerSummary = Schemas['OwnerSummary'];
/** @public */
export type OwnerSummaries = Schemas['OwnerSummaries'];
/** @public */
export type ModelCatalogRow = Schemas['ModelCatalogRow'];
/** Search and paging of `GET /models`. @public */
export type ModelCatalogQuery = NonNullable<
  operations['getModelCatalog']['parameters']['query']
>;
/** @public */
export type ModelCatalogPage = Schemas['ModelCatalogPage'];
/** @public */
export type ServingEndpoint = Schemas['ServingEndpoint'];
/** @public */
export type InferenceApiSchema = Schemas['InferenceApiSchema'];

/** @public */
export type PolicyViolation = Schemas['PolicyViolation'];
/** @public */
export type PolicyGateReport = Schemas['PolicyGateReport'];
/** @public */
export type ContainerScanReport = Schemas['ContainerScanReport'];
/** @public */
export type EvidenceSubmission = Schemas['EvidenceSubmission'];
/** @public */
export type EvidenceAccepted = Schemas['EvidenceAccepted'];
/** @public */
export type ReportSummary = Schemas['ReportSummary'];

/** @public */
export type LifecycleStage = Schemas['LifecycleStage'];
/** @public */
export type SignalStatus = Schemas['SignalStatus'];
/** @public */
export type LifecycleSignalResult = Schemas['LifecycleSignal'];
/** @public */
export type StageLifecycle = Schemas['StageLifecycle'];
/** @public */
export type StageStatuses = Schemas['StageStatuses'];
/** `GET /entities/{kind}/{namespace}/{name}/lifecycle` @public */
export type EntityLifecycle = Schemas['EntityLifecycle'];
/** @public */
export type LifecycleRow = Schemas['LifecycleRow'];
/** Filters, sorting and paging of `GET /lifecycle`. @public */
export type LifecycleQuery = NonNullable<
  operations['getFleetLifecycle']['parameters']['query']
>;
/** Filters and sorting of `GET /lifecycle/export`. @public */
export type LifecycleExportQuery = NonNullable<
  operations['exportFleetLifecycle']['parameters']['query']
>;
/** @public */
export type LifecyclePage = Schemas['LifecyclePage'];
