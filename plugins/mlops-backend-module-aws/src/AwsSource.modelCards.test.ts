import {
  DescribeModelCardCommand,
  ListModelCardsCommand,
} from '@aws-sdk/client-sagemaker';
import {
  ACCOUNT,
  createSource,
  fraudScoring,
  READ,
  readingOf,
} from './__testUtils__/createSource';
import { awsError, mockAws } from './__testUtils__/mockAws';
import { parseModelCard } from './registry/parseModelCard';
import { MAX_MODEL_CARDS } from './registry/readModelCards';

const aws = mockAws();
afterAll(() => aws.restore());

const V2 = `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package/fraud-scoring-xgb/2`;

describe('AwsSource: SageMaker model cards', () => {
  beforeEach(() => aws.sagemaker.resetHistory());

  it('links each card to the version it documents, with what the card says', async () => {
    const reading = readingOf(
      await createSource().read([fraudScoring], READ),
      fraudScoring.entityRef,
    );
    const v2 = reading.models[0].versions.find(v => v.arn === V2)!;
    expect(v2.modelCard).toEqual({
      name: 'fraud-scoring-xgb-v2',
      arn: `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-card/fraud-scoring-xgb-v2`,
      status: 'Approved',
      updatedAt: '2026-10-20T09:00:00.000Z',
      riskRating: 'High',
      purpose: 'Scores card payments for fraud before authorization.',
      intendedUses: 'Decline or step up authentication above the threshold.',
      factorsAffectingEfficiency: 'New merchant categories.',
      riskExplanation: 'Declines block customers from paying.',
      businessProblem: 'Card fraud losses.',
      businessStakeholders: 'Payments, Fraud operations',
      lineOfBusiness: 'Retail payments',
      trainingObjective: 'Minimize binary log loss on labelled chargebacks.',
      trainingObservations: '41M payments, 0.4% fraud.',
      evaluations: [
        {
          name: 'Holdout 2026-10',
          observations: 'Beats v1 on recall.',
          metrics: { auc: 0.957, recall: 0.781 },
        },
      ],
    });
    // The notebook's card documents no version: it is linked to none
    expect(reading.evidence.modelCards).toEqual([
      { name: 'fraud-scoring-xgb-v2', modelPackageArn: V2, status: 'Approved' },
    ]);
    expect(
      aws.sagemaker.commandCalls(ListModelCardsCommand)[0].args[0].input,
    ).toEqual({
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 100,
    });
  });

  it('describes a card once until it changes', async () => {
    const source = createSource();
    await source.read([fraudScoring], READ);
    await source.read([fraudScoring], READ);
    expect(aws.sagemaker.commandCalls(DescribeModelCardCommand)).toHaveLength(
      2,
    );
  });

  it('turns denied card reads into a gap of that section only', async () => {
    aws.sagemaker
      .on(ListModelCardsCommand)
      .rejectsOnce(
        awsError(
          'AccessDeniedException',
          'User is not authorized to perform: sagemaker:ListModelCards',
        ),
      );
    const reading = readingOf(
      await createSource().read([fraudScoring], READ),
      fraudScoring.entityRef,
    );
    expect(reading.evidence.modelCards).toBeUndefined();
    expect(reading.evidence.gaps).toEqual({
      modelCards: expect.stringMatching(/sagemaker:ListModelCards/),
    });
    expect(reading.models[0].versions.every(v => !v.modelCard)).toBe(true);
  });
});

describe('AwsSource: a location with more model cards than it reads', () => {
  it('makes the cards a gap rather than reading some of them', async () => {
    aws.sagemaker.on(ListModelCardsCommand).resolvesOnce({
      ModelCardSummaries: Array.from(
        { length: MAX_MODEL_CARDS + 1 },
        (_, i) => ({
          ModelCardName: `card-${i}`,
          ModelCardArn: `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-card/card-${i}`,
          ModelCardStatus: 'Draft',
          CreationTime: new Date('2026-11-01T00:00:00Z'),
        }),
      ),
    });
    aws.sagemaker.resetHistory();
    const reading = readingOf(
      await createSource().read([fraudScoring], READ),
      fraudScoring.entityRef,
    );
    expect(reading.evidence.gaps).toEqual({
      modelCards: `More than 20000 model cards in ${ACCOUNT}/eu-west-1: they are not read`,
    });
    expect(aws.sagemaker.commandCalls(DescribeModelCardCommand)).toHaveLength(
      0,
    );
  });
});

describe('parseModelCard', () => {
  it('keeps name and status of a card whose content is not JSON, and bounds long text', () => {
    expect(
      parseModelCard({
        name: 'c',
        arn: 'arn:c',
        status: 'Draft',
        content: '{x',
      }),
    ).toEqual({
      card: { name: 'c', arn: 'arn:c', status: 'Draft', evaluations: [] },
    });
    const long = parseModelCard({
      name: 'c',
      arn: 'arn:c',
      status: 'Draft',
      content: JSON.stringify({
        intended_uses: { purpose_of_model: 'x'.repeat(10_000) },
      }),
    });
    expect(long.card.purpose).toHaveLength(4001);
  });
});
