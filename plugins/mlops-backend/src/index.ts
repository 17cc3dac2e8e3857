/**
 * The mlops backend plugin: model registry, drift and secure-ML compliance of ML services.
 * @packageDocumentation
 */
export { mlopsPlugin as default } from './plugin';
