import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const modelCardPresent: ComplianceCheck = {
  id: 'model-card-present',
  title: 'Production models have a model card',
  principle: 'everything-as-code',
  severity: 'medium',
  description:
    'A SageMaker model card linked to the served version says what the model is for, its risk rating, how it was trained and evaluated: what a reviewer and an auditor read first.',
  remediation:
    "Create a model card for the served model package (the template's ml/model_card.json, published by its deploy job) and keep it current; archived cards do not count.",
  controls: {},
  evaluate: evidence => {
    const gap = evidence.gaps?.modelCards ?? evidence.gaps?.endpoints;
    if (gap) return { status: 'error', message: gap };
    const served = [
      ...new Set(
        (evidence.endpoints ?? []).flatMap(e => e.servedModelPackages),
      ),
    ];
    if (served.length === 0) {
      return {
        status: 'not_applicable',
        message: 'No registry version serves on an endpoint',
      };
    }
    if (!evidence.modelCards) {
      return {
        status: 'error',
        message: 'The source does not read model cards',
      };
    }
    const cards = new Map(
      evidence.modelCards
        .filter(card => card.status !== 'Archived')
        .map(card => [card.modelPackageArn, card]),
    );
    const missing = served.filter(arn => !cards.has(arn));
    if (missing.length > 0) {
      return {
        status: 'fail',
        resource: missing.join(', '),
        message: `${missing.join(', ')} serves without a model card`,
      };
    }
    return {
      status: 'pass',
      resource: served.map(arn => cards.get(arn)!.name).join(', '),
      evidence: served.map(arn => cards.get(arn)),
    };
  },
};
