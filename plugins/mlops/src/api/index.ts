export { mlopsApiRef } from './mlopsApiRef';
export { mlopsApiFactory } from './mlopsApiFactory';
