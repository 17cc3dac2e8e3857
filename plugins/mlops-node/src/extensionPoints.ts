import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ComplianceCheck } from './ComplianceCheck';
import { LifecycleSignal } from './LifecycleSignal';
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

/** Lets backend modules add AIDLC lifecycle signals beside the built-in ones. @public */
export interface MlopsLifecycleExtensionPoint {
  /** Signal ids must be unique across the built-in signals and every module. */
  addSignals(...signals: LifecycleSignal[]): void;
}

/** @public */
export const mlopsLifecycleExtensionPoint =
  createExtensionPoint<MlopsLifecycleExtensionPoint>({ id: 'mlops.lifecycle' });
