import { isMlopsAvailable, MlopsClient } from '@aidlc/plugin-mlops-common';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import SecurityIcon from '@material-ui/icons/Security';
import StorageIcon from '@material-ui/icons/Storage';
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

// Pages with a route ref get a sidebar entry.
const complianceRouteRef = createRouteRef();
const modelsRouteRef = createRouteRef();

/** Fleet-wide compliance, in the sidebar. */
const compliancePage = PageBlueprint.make({
  name: 'compliance',
  params: {
    path: '/ml-compliance',
    routeRef: complianceRouteRef,
    title: 'ML Compliance',
    icon: <SecurityIcon fontSize="inherit" />,
    loader: () =>
      import('./components/CompliancePage/CompliancePage').then(m => (
        <m.CompliancePage />
      )),
  },
});

/** Every model group of the fleet, in the sidebar. */
const modelCatalogPage = PageBlueprint.make({
  name: 'models',
  params: {
    path: '/ml-models',
    routeRef: modelsRouteRef,
    title: 'Model Catalog',
    icon: <StorageIcon fontSize="inherit" />,
    loader: () =>
      import('./components/ModelCatalogPage/ModelCatalogPage').then(m => (
        <m.ModelCatalogPage />
      )),
  },
});

/**
 * The mlops plugin for Backstage's new frontend system: the ML tab of entities and the ML
 * Compliance and Model Catalog pages.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mlops',
  routes: { compliance: complianceRouteRef, models: modelsRouteRef },
  extensions: [mlopsApi, mlopsEntityContent, compliancePage, modelCatalogPage],
});
