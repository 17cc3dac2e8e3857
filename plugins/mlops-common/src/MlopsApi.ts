import {
  ApprovalRequest,
  ApprovalResult,
  CheckCatalog,
  EntityMlData,
  FleetExportQuery,
  FleetPage,
  FleetQuery,
  FleetSummary,
  LifecycleExportQuery,
  LifecyclePage,
  LifecycleQuery,
  ModelCatalogPage,
  ModelCatalogQuery,
  OwnerSummaries,
} from './types';

/** The mlops REST API as the frontend and other clients use it. @public */
export interface MlopsApi {
  /** Models, drift and compliance of one entity, in one answer */
  getEntity(entityRef: string): Promise<EntityMlData>;
  refresh(entityRef: string): Promise<void>;
  /** Approves or rejects one of the entity's model versions, with a comment */
  decideModelVersion(
    entityRef: string,
    request: ApprovalRequest,
  ): Promise<ApprovalResult>;
  getFleet(query?: FleetQuery): Promise<FleetPage>;
  /** Services per verdict and the checks failing most, over what the caller may read */
  getFleetSummary(): Promise<FleetSummary>;
  getFleetByOwner(): Promise<OwnerSummaries>;
  /** The fleet with these filters as CSV text */
  exportFleet(query?: FleetExportQuery): Promise<string>;
  /** Services with the status of each AIDLC stage, over what the caller may read */
  getFleetLifecycle(query?: LifecycleQuery): Promise<LifecyclePage>;
  /** The fleet lifecycle view with these filters as CSV text */
  exportFleetLifecycle(query?: LifecycleExportQuery): Promise<string>;
  getModelCatalog(query?: ModelCatalogQuery): Promise<ModelCatalogPage>;
  getChecks(): Promise<CheckCatalog>;
}
