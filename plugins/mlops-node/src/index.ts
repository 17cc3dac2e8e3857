/**
 * What backend modules build on to extend the mlops plugin: sources and compliance checks.
 * @packageDocumentation
 */
export * from './MlopsSource';
export * from './ComplianceCheck';
export * from './evaluateEach';
export * from './extensionPoints';
