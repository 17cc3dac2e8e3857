import {
  mlopsEntityReadPermission,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { DecisionCache } from './DecisionCache';

describe('DecisionCache', () => {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async () => [{ result: AuthorizeResult.ALLOW }],
  });
  const amara = mockCredentials.user('user:default/amara.okafor');
  const mei = mockCredentials.user('user:default/mei.tanaka');
  let now = 1_000_000;

  beforeEach(() => {
    permissions.authorizeConditional.mockClear();
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('asks once per caller and permission while the decision is fresh', async () => {
    const cache = new DecisionCache(permissions, 5000);
    await cache.decide(amara, mlopsEntityReadPermission);
    await cache.decide(amara, mlopsEntityReadPermission);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    await cache.decide(mei, mlopsEntityReadPermission);
    await cache.decide(amara, mlopsRefreshPermission);
    await cache.decide(
      mockCredentials.service('ci', {
        permissionNames: ['mlops.evidence.submit'],
      }),
      mlopsEntityReadPermission,
    );
    await cache.decide(
      mockCredentials.service('ci'),
      mlopsEntityReadPermission,
    );
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(5);
  });

  it('asks again once the decision is older than its time to live', async () => {
    const cache = new DecisionCache(permissions, 5000);
    await cache.decide(amara, mlopsEntityReadPermission);
    now += 5001;
    await cache.decide(amara, mlopsEntityReadPermission);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
  });

  it('keeps no failed decision', async () => {
    const cache = new DecisionCache(permissions, 5000);
    permissions.authorizeConditional.mockRejectedValueOnce(
      new Error('permission backend down'),
    );
    await expect(
      cache.decide(amara, mlopsEntityReadPermission),
    ).rejects.toThrow('permission backend down');
    await expect(
      cache.decide(amara, mlopsEntityReadPermission),
    ).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });
});
