import { byLocation, FakeService, FleetShape } from './fakeFleet';

/** The access key of an account's fake credentials: how a fake tells which account a call is for. */
const accessKeyOf = (account: string) => `AKIA${account}`;

/**
 * The config that reaches each account of the shape in each of its regions: static credentials per
 * account (`aws.accounts`, read by @backstage/integration-aws-node) and the accounts of `mlops.aws`.
 */
export function fakeAwsConfig(shape: FleetShape) {
  return {
    aws: {
      accounts: shape.accounts.map(accountId => ({
        accountId,
        accessKeyId: accessKeyOf(accountId),
        secretAccessKey: 'fake',
      })),
    },
    accounts: shape.accounts.map(accountId => ({
      accountId,
      regions: shape.regions,
    })),
  };
}

/** The client of a mocked call, as aws-sdk-client-mock's `callsFake` hands it over. */
type GetClient = () => { config: unknown };

/** Where a mocked call was sent: the client's region, and the account its credentials are for. */
export async function locationOf(getClient: GetClient) {
  const config = getClient().config as {
    region: () => Promise<string>;
    credentials: () => Promise<{ accessKeyId: string }>;
  };
  const { accessKeyId } = await config.credentials();
  return {
    account: accessKeyId.slice(accessKeyOf('').length),
    region: await config.region(),
  };
}

/** The services a mocked call's location holds, as a list call there would find them. */
export function servicesAt(fleet: FakeService[]) {
  const located = byLocation(fleet);
  return async (getClient: GetClient) => {
    const { account, region } = await locationOf(getClient);
    return located.get(`${account}/${region}`) ?? [];
  };
}
