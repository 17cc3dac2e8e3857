import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  mlopsEntityReadPermission,
  mlopsModelApprovePermission,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';

const policy = PortalPermissionPolicy.fromConfig(
  new ConfigReader({
    aidlc: {
      permission: { adminGroups: ['group:default/platform-security'] },
    },
  }),
);

function userOf(...ownershipEntityRefs: string[]): PolicyQueryUser {
  return {
    info: { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs },
  } as PolicyQueryUser;
}

const fraudEngineer = userOf(
  'user:default/amara.okafor',
  'group:default/fraud-ml',
);
const securityEngineer = userOf(
  'user:default/priya.nair',
  'group:default/platform-security',
);

describe('PortalPermissionPolicy', () => {
  it('lets every signed-in user read the catalog', async () => {
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, fraudEngineer),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('keeps registering locations for admins', async () => {
    await expect(
      policy.handle(
        { permission: catalogLocationCreatePermission },
        fraudEngineer,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle(
        { permission: catalogLocationCreatePermission },
        securityEngineer,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it.each([catalogEntityDeletePermission, catalogEntityRefreshPermission])(
    'allows $name only on entities the user owns',
    async permission => {
      const decision = await policy.handle({ permission }, fraudEngineer);
      expect(decision).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: {
            claims: ['user:default/amara.okafor', 'group:default/fraud-ml'],
          },
        },
      });
    },
  );

  it('gives admins every other permission too', async () => {
    await expect(
      policy.handle(
        { permission: catalogEntityDeletePermission },
        securityEngineer,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('allows permissions it has no rule for, such as reading other plugins', async () => {
    const permission = createPermission({
      name: 'scaffolder.template.parameter.read',
      attributes: { action: 'read' },
    });
    await expect(policy.handle({ permission }, fraudEngineer)).resolves.toEqual(
      {
        result: AuthorizeResult.ALLOW,
      },
    );
  });

  const fraudClaims = ['user:default/amara.okafor', 'group:default/fraud-ml'];
  const condition = (rule: string) => ({
    rule,
    resourceType: 'mlops-entity',
    params: { claims: fraudClaims },
  });
  const conditional = (conditions: object) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'mlops',
    resourceType: 'mlops-entity',
    conditions,
  });

  it.each([
    // Owners, and the approvers who decide on the service's versions
    {
      permission: mlopsEntityReadPermission,
      rule: 'IS_ENTITY_OWNER or IS_MODEL_APPROVER',
      conditions: {
        anyOf: [condition('IS_ENTITY_OWNER'), condition('IS_MODEL_APPROVER')],
      },
    },
    {
      permission: mlopsRefreshPermission,
      rule: 'IS_ENTITY_OWNER',
      conditions: condition('IS_ENTITY_OWNER'),
    },
    // The service's model approvers (aidlc.io/model-approvers), else its owners
    {
      permission: mlopsModelApprovePermission,
      rule: 'IS_MODEL_APPROVER',
      conditions: condition('IS_MODEL_APPROVER'),
    },
  ])(
    'lets a team do $permission.name only where $rule holds',
    async ({ permission, conditions }) => {
      await expect(
        policy.handle({ permission }, fraudEngineer),
      ).resolves.toEqual(conditional(conditions));
      await expect(
        policy.handle({ permission }, securityEngineer),
      ).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    },
  );

  it('opens ML reads, and only reads, to everyone with aidlc.permission.mlops.readAll', async () => {
    const open = PortalPermissionPolicy.fromConfig(
      new ConfigReader({ aidlc: { permission: { mlops: { readAll: true } } } }),
    );
    await expect(
      open.handle({ permission: mlopsEntityReadPermission }, fraudEngineer),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      open.handle({ permission: mlopsRefreshPermission }, fraudEngineer),
    ).resolves.toMatchObject({ result: AuthorizeResult.CONDITIONAL });
  });
});
