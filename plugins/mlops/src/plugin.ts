import { MlopsClient } from '@aidlc/plugin-mlops-common';
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { mlopsApiRef } from './api';

/** The mlops plugin for apps on the legacy frontend system. @public */
export const mlopsPlugin = createPlugin({
  id: 'mlops',
  apis: [
    createApiFactory({
      api: mlopsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MlopsClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The ML tab, for `<EntityLayout.Route path="/ml" title="ML" if={isMlopsAvailable}>`.
 * @public
 */
export const EntityMlopsContent = mlopsPlugin.provide(
  createComponentExtension({
    name: 'EntityMlopsContent',
    component: {
      lazy: () =>
        import('./components/MlopsEntityContent/MlopsEntityContent').then(
          m => m.MlopsEntityContent,
        ),
    },
  }),
);
