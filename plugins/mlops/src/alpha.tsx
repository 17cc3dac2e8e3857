import { isMlopsAvailable, isMlopsModel } from '@aidlc/plugin-mlops-common';
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import SecurityIcon from '@material-ui/icons/Security';
import StorageIcon from '@material-ui/icons/Storage';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { mlopsApiFactory } from './api';
import { isModelResult } from './components/ModelSearch/ModelSearchResultItem';
import { ModelsSearchFilter } from './components/ModelSearch/ModelsSearchFilter';
import { ML_TAB_PATH } from './hooks/useMlTabLink';
import { mlopsComplianceRouteRef, mlopsModelsRouteRef } from './routes';

const routes = convertLegacyRouteRefs({
  compliance: mlopsComplianceRouteRef,
  models: mlopsModelsRouteRef,
});

const mlopsApi = ApiBlueprint.make({
  params: defineParams => defineParams(mlopsApiFactory),
});

/** The ML tab on entities with the mlops annotations, at `.../ml`. */
const mlopsEntityContent = EntityContentBlueprint.make({
  name: 'ml',
  params: {
    path: ML_TAB_PATH,
    title: 'ML',
    filter: isMlopsAvailable,
    loader: () =>
      import('./components/MlopsEntityContent/MlopsEntityContent').then(m => (
        <m.MlopsEntityContent />
      )),
  },
});

/** The ML summary card on the Overview of entities with the mlops annotations. */
const mlopsSummaryCard = EntityCardBlueprint.make({
  name: 'ml-summary',
  params: {
    filter: isMlopsAvailable,
    loader: () =>
      import('./components/MlSummaryCard/MlSummaryCard').then(m => (
        <m.MlSummaryCard />
      )),
  },
});

/** The versions, serving and drift of a model, on the Overview of model entities. */
const mlopsModelCard = EntityCardBlueprint.make({
  name: 'ml-model',
  params: {
    filter: isMlopsModel,
    loader: () =>
      import('./components/ModelEntityCard/ModelEntityCard').then(m => (
        <m.ModelEntityCard />
      )),
  },
});

/** Fleet-wide compliance, in the sidebar (pages with a route ref get a sidebar entry). */
const compliancePage = PageBlueprint.make({
  name: 'compliance',
  params: {
    path: '/ml-compliance',
    routeRef: routes.compliance,
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
    routeRef: routes.models,
    title: 'Model Catalog',
    icon: <StorageIcon fontSize="inherit" />,
    loader: () =>
      import('./components/ModelCatalogPage/ModelCatalogPage').then(m => (
        <m.ModelCatalogPage />
      )),
  },
});

/** Models in search results, with their approval and serving state. */
const modelSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'models',
  params: {
    predicate: isModelResult,
    icon: <StorageIcon />,
    component: () =>
      import('./components/ModelSearch/ModelSearchResultItem').then(
        m => m.ModelSearchResultItem,
      ),
  },
});

/** "Models only" on the search page. */
const modelsSearchFilter = SearchFilterBlueprint.make({
  name: 'models',
  params: { component: ModelsSearchFilter },
});

/**
 * The mlops plugin for Backstage's new frontend system: the ML tab and Overview card of entities and the ML
 * Compliance and Model Catalog pages.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mlops',
  routes,
  extensions: [
    mlopsApi,
    mlopsEntityContent,
    mlopsSummaryCard,
    mlopsModelCard,
    compliancePage,
    modelCatalogPage,
    modelSearchResultItem,
    modelsSearchFilter,
  ],
});
