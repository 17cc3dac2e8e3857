import { catalogModuleMlopsLocalProjects } from '@aidlc/plugin-scaffolder-backend-module-mlops';
import { createBackend } from '@backstage/backend-defaults';
import { boundedCacheServiceFactory } from './cache/boundedCacheServiceFactory';
import { startupLockedDatabaseServiceFactory } from './database/startupLockedDatabase';
import { permissionPolicyModule } from './permissions/permissionPolicyModule';

const backend = createBackend();

// Replicas on PostgreSQL start one at a time, so their migrations never collide
backend.add(startupLockedDatabaseServiceFactory);
// Every plugin's cache calls give up after 2 s, so a Redis that stops answering holds nothing
backend.add(boundedCacheServiceFactory);

// Serves the built frontend in production
backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Sign-in: guest for local use (auth.environment: development); GitHub and OIDC for production,
// each idle until auth.providers configures it (commented examples in app-config.production.yaml)
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));

// Software catalog
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// GitHub discovery (catalog-info.yaml files) and org (users and teams): idle until
// catalog.providers.github / githubOrg configure them
backend.add(import('@backstage/plugin-catalog-backend-module-github'));
backend.add(import('@backstage/plugin-catalog-backend-module-github-org'));

// Software templates
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
// mlops:terraform:check, the policy gate of the Secure ML service template
backend.add(import('@aidlc/plugin-scaffolder-backend-module-mlops'));
// ... and the file locations of projects it publishes to the portal's disk (local config only)
backend.add(catalogModuleMlopsLocalProjects);
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// Permissions with the portal's own policy
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionPolicyModule);

// Search: in-memory engine on SQLite, PostgreSQL's full-text engine when on pg
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// TechDocs: built here with the local mkdocs (Debian's package), kept on the local disk
backend.add(import('@backstage/plugin-techdocs-backend'));

// Event bus, so catalog and signals receive events across backend instances
backend.add(import('@backstage/plugin-events-backend'));

// ML suite: model registry, drift and compliance (demo source by default); models in the catalog and search
backend.add(import('@aidlc/plugin-mlops-backend'));
// Reads real AWS accounts when mlops.aws is configured; idle otherwise.
backend.add(import('@aidlc/plugin-mlops-backend-module-aws'));
backend.add(import('@aidlc/plugin-catalog-backend-module-mlops'));
backend.add(import('@aidlc/plugin-search-backend-module-mlops'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// A plugin that cannot start (the mlops plugin without a source) ends the process: a container
// then restarts visibly instead of answering 503 forever, which Backstage's default would do.
backend.start().catch(error => {
  process.stderr.write(`${error}\n`);
  process.exit(1);
});
