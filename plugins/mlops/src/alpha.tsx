import { isMlopsAvailable, MlopsClient } from '@aidlc/plugin-mlops-common';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { mlopsApiRef } from './api';

const mlopsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: mlopsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MlopsClient({ discoveryApi, fetchApi }),
    }),
});

/** The ML tab on entities with the mlops annotations, at `.../ml`. */
const mlopsEntityContent = EntityContentBlueprint.make({
  name: 'ml',
  params: {
    path: 'ml',
    title: 'ML',
    filter: isMlopsAvailable,
    loader: () =>
      import('./components/MlopsEntityContent/MlopsEntityContent').then(m => (
        <m.MlopsEntityContent />
      )),
  },
});

/**
 * The mlops plugin for Backstage's new frontend system: the ML tab of entities.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mlops',
  extensions: [mlopsApi, mlopsEntityContent],
});
