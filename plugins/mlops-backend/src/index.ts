/**
 * The mlops backend plugin: model registry, drift and secure-ML compliance of ML services.
 * @packageDocumentation
 */
export { mlopsPlugin as default } from './plugin';
/**
 * The built-in AIDLC lifecycle signals and the engine that puts them into stages: for modules that
 * build on them, and for tests that show a project reaches the stages.
 */
export { builtInSignals } from './lifecycle/signals';
export { LifecycleEngine } from './lifecycle/LifecycleEngine';
