import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ComplianceCheck } from './ComplianceCheck';
import { MlopsSource } from './MlopsSource';

/** Lets backend modules add sources to the mlops plugin. @public */
export interface MlopsSourcesExtensionPoint {
  addSource(...sources: MlopsSource[]): void;
}

/** @public */
export const mlopsSourcesExtensionPoint =
  createExtensionPoint<MlopsSourcesExtensionPoint>({ id: 'mlops.sources' });

/** Lets backend modules add compliance checks beside the built-in catalog. @public */
export interface MlopsChecksExtensionPoint {
  /** Check ids must be unique across the built-in catalog and every module. */
  addChecks(...checks: ComplianceCheck[]): void;
}

/** @public */
export const mlopsChecksExtensionPoint =
  createExtensionPoint<MlopsChecksExtensionPoint>({ id: 'mlops.checks' });
