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
});
