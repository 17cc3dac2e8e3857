import { MlopsClient } from '@aidlc/plugin-mlops-common';
import {
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { mlopsApiRef } from './mlopsApiRef';

/** The mlops API client, for both frontend systems. */
export const mlopsApiFactory = createApiFactory({
  api: mlopsApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new MlopsClient({ discoveryApi, fetchApi }),
});
