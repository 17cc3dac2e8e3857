import {
  DescribeModelCardCommand,
  ListModelCardsCommand,
} from '@aws-sdk/client-sagemaker';
import { AwsClientMocks } from '../src/__testUtils__/awsClientMocks';
import { FakeService, packageArn } from './fakeFleet';
import { servicesAt } from './fakeFleetLocation';

/**
 * One model card per service, in its service's account and region, documenting its newest version;
 * 100 cards a page, as AWS pages them.
 */
export function answerModelCards(
  sagemaker: AwsClientMocks['sagemaker'],
  fleet: FakeService[],
) {
  const byName = new Map(fleet.map(s => [`${s.name}-card`, s]));
  const servicesHere = servicesAt(fleet);
  sagemaker.on(ListModelCardsCommand).callsFake(async (input, getClient) => {
    const services = await servicesHere(getClient);
    const start = Number(input.NextToken ?? 0);
    const page = services.slice(start, start + 100);
    return {
      ModelCardSummaries: page.map(s => ({
        ModelCardName: `${s.name}-card`,
        ModelCardStatus: 'Approved',
        CreationTime: new Date('2026-11-01T00:00:00Z'),
      })),
      ...(start + 100 < services.length && { NextToken: String(start + 100) }),
    };
  });
  sagemaker.on(DescribeModelCardCommand).callsFake(input => {
    const s = byName.get(input.ModelCardName)!;
    return {
      ModelCardName: input.ModelCardName,
      ModelCardStatus: 'Approved',
      Content: JSON.stringify({
        model_package_details: { model_package_arn: packageArn(s, s.versions) },
        intended_uses: { risk_rating: 'Low' },
      }),
    };
  });
}
