import { MlopsApi } from '@aidlc/plugin-mlops-common';
import { createApiRef } from '@backstage/core-plugin-api';

/** The mlops REST API, as the ML tab and pages use it. @public */
export const mlopsApiRef = createApiRef<MlopsApi>({ id: 'plugin.mlops.api' });
