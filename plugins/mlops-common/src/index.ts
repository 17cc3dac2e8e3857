/**
 * Types, annotations, permissions and the API client shared by the mlops plugins.
 * @packageDocumentation
 */
export * from './annotations';
export * from './MlopsTarget';
export * from './awsPatterns';
export * from './quoteValue';
export * from './ModelRegistry';
export * from './Drift';
export * from './Evidence';
export * from './Compliance';
export * from './MlopsApi';
export * from './MlopsClient';
export * from './permissions';
