import { Header, Page } from '@backstage/core-components';
import { ComponentType } from 'react';
import { CompliancePage } from './components/CompliancePage/CompliancePage';
import { ModelCatalogPage } from './components/ModelCatalogPage/ModelCatalogPage';

// The new frontend system draws page headers itself; legacy apps get them here.
const withHeader =
  (title: string, subtitle: string, Content: ComponentType) => () =>
    (
      <Page themeId="tool">
        <Header title={title} subtitle={subtitle} />
        <Content />
      </Page>
    );

export const LegacyCompliancePage = withHeader(
  'ML Compliance',
  'Secure-ML compliance of every service that ships a model',
  CompliancePage,
);

export const LegacyModelCatalogPage = withHeader(
  'Model Catalog',
  'Every model group, its versions and who serves it',
  ModelCatalogPage,
);
