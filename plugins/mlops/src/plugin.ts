import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { mlopsApiFactory } from './api';
import { mlopsComplianceRouteRef, mlopsModelsRouteRef } from './routes';

/** The mlops plugin for apps on the legacy frontend system. @public */
export const mlopsPlugin = createPlugin({
  id: 'mlops',
  routes: { compliance: mlopsComplianceRouteRef, models: mlopsModelsRouteRef },
  apis: [mlopsApiFactory],
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

/**
 * The ML summary for the Overview, for
 * `<EntitySwitch.Case if={isMlopsAvailable}><EntityMlopsSummaryCard /></EntitySwitch.Case>`.
 * @public
 */
export const EntityMlopsSummaryCard = mlopsPlugin.provide(
  createComponentExtension({
    name: 'EntityMlopsSummaryCard',
    component: {
      lazy: () =>
        import('./components/MlSummaryCard/MlSummaryCard').then(
          m => m.MlSummaryCard,
        ),
    },
  }),
);

/**
 * The ML card of model entities (versions, approval, serving, drift), for
 * `<EntitySwitch.Case if={isMlopsModel}><EntityMlopsModelCard /></EntitySwitch.Case>`.
 * @public
 */
export const EntityMlopsModelCard = mlopsPlugin.provide(
  createComponentExtension({
    name: 'EntityMlopsModelCard',
    component: {
      lazy: () =>
        import('./components/ModelEntityCard/ModelEntityCard').then(
          m => m.ModelEntityCard,
        ),
    },
  }),
);

/** The ML Compliance page, for `<Route path="/ml-compliance" element={<MlopsCompliancePage />} />`. @public */
export const MlopsCompliancePage = mlopsPlugin.provide(
  createRoutableExtension({
    name: 'MlopsCompliancePage',
    mountPoint: mlopsComplianceRouteRef,
    component: () => import('./legacyPages').then(m => m.LegacyCompliancePage),
  }),
);

/** The Model Catalog page, for `<Route path="/ml-models" element={<MlopsModelCatalogPage />} />`. @public */
export const MlopsModelCatalogPage = mlopsPlugin.provide(
  createRoutableExtension({
    name: 'MlopsModelCatalogPage',
    mountPoint: mlopsModelsRouteRef,
    component: () =>
      import('./legacyPages').then(m => m.LegacyModelCatalogPage),
  }),
);
