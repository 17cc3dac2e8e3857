export { mlopsApiRef } from './mlopsApiRef';
