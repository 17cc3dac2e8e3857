/**
 * Scaffolder actions of the secure ML pipeline.
 * @packageDocumentation
 */
export { scaffolderModuleMlops as default } from './module';
export { catalogModuleMlopsLocalProjects } from './catalogModule';
export { createPublishLocalAction } from './publishLocalAction';
export { createTerraformCheckAction } from './terraformCheckAction';
export { runPolicyGate } from './runPolicyGate';
export type { GateReport, Violation } from './runPolicyGate';
export { terraformRules } from './rules';
