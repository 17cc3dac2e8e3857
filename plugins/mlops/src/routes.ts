import { createRouteRef } from '@backstage/core-plugin-api';

/** The ML Compliance page. @public */
export const mlopsComplianceRouteRef = createRouteRef({
  id: 'mlops-compliance',
});

/** The Model Catalog page. @public */
export const mlopsModelsRouteRef = createRouteRef({ id: 'mlops-models' });
