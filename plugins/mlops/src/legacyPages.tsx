import { Header, Page } from '@backstage/core-components';
import { CompliancePage } from './components/CompliancePage/CompliancePage';
import { ModelCatalogPage } from './components/ModelCatalogPage/ModelCatalogPage';

// The new frontend system draws page headers itself; legacy apps get them here.

export const LegacyCompliancePage = () => (
  <Page themeId="tool">
    <Header
      title="ML Compliance"
      subtitle="Secure-ML compliance of every service that ships a model"
    />
    <CompliancePage />
  </Page>
);

export const LegacyModelCatalogPage = () => (
  <Page themeId="tool">
    <Header
      title="Model Catalog"
      subtitle="Every model group, its versions and who serves it"
    />
    <ModelCatalogPage />
  </Page>
);
