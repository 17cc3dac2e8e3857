export * from './MlopsEntityResource';
export * from './mlopsEntityPermissionRules';
export * from './conditions';
