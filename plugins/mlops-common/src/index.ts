/**
 * Types, annotations, permissions and the API client shared by the mlops plugins.
 * @packageDocumentation
 */
export * from './annotations';
export * from './approvalText';
export * from './driftMethods';
export * from './driftStatuses';
export * from './everyMember';
export * from './isRegistrar';
export * from './lifecycle';
export * from './types';
export * from './verdicts';
export * from './Compliance';
export * from './MlopsApi';
export * from './MlopsClient';
export * from './permissions';
