/**
 * What backend modules build on to extend the mlops plugin (sources and compliance checks), and the
 * rules and conditions of its permission resource for permission policies.
 * @packageDocumentation
 */
export * from './MlopsSource';
export * from './ComplianceCheck';
export * from './LifecycleSignal';
export * from './evaluateEach';
export * from './extensionPoints';
export * from './permissions';
export * from './Evidence';
export * from './LifecycleEvidence';
export * from './modelCardsOf';
export * from './MlopsTarget';
export * from './inferenceApiTarget';
export * from './awsPatterns';
export * from './quoteValue';
export * from './secretLike';
export * from './readDurationSetting';
export * from './models';
export * from './readScheduleSetting';
export * from './mlTabPath';
export * from './boundedCache';
