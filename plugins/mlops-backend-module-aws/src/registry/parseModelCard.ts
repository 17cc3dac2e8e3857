import { ModelCard } from '@aidlc/plugin-mlops-common';

type Json = Record<string, any>;
const LONGEST_TEXT = 4000;

/** Text of the card, bounded; undefined for anything that is not text. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.length > LONGEST_TEXT
    ? `${value.slice(0, LONGEST_TEXT)}…`
    : value;
}

/** A list of names (stakeholders) as one line. */
function listed(value: unknown): string | undefined {
  return Array.isArray(value)
    ? text(value.filter(v => typeof v === 'string').join(', '))
    : text(value);
}

/** The numeric metrics of an evaluation's metric groups, by name. */
function metricsOf(groups: unknown): Record<string, number> | undefined {
  if (!Array.isArray(groups)) return undefined;
  const metrics = Object.fromEntries(
    groups
      .flatMap((group: Json) => group?.metric_data ?? [])
      .filter(
        (m: Json) =>
          typeof m?.name === 'string' && typeof m?.value === 'number',
      )
      .slice(0, 50)
      .map((m: Json) => [m.name, m.value]),
  );
  return Object.keys(metrics).length > 0 ? metrics : undefined;
}

/**
 * A model card as the views show it, from DescribeModelCard's `Content` (the model card JSON schema:
 * `intended_uses`, `business_details`, `training_details`, `evaluation_details`), and the model
 * package it documents (`model_package_details.model_package_arn`). Content that is not valid JSON
 * leaves the card with its name and status only.
 */
export function parseModelCard(card: {
  name: string;
  arn: string;
  status: string;
  updatedAt?: string;
  content?: string;
}): { card: ModelCard; modelPackageArn?: string } {
  let content: Json = {};
  try {
    const parsed = JSON.parse(card.content ?? '{}');
    if (parsed && typeof parsed === 'object') content = parsed;
  } catch {
    // the card's name and status still say it exists
  }
  const uses = content.intended_uses ?? {};
  const business = content.business_details ?? {};
  const training = content.training_details ?? {};
  const evaluations = Array.isArray(content.evaluation_details)
    ? content.evaluation_details.slice(0, 20)
    : [];
  const fields: ModelCard = {
    name: card.name,
    arn: card.arn,
    status: card.status,
    updatedAt: card.updatedAt,
    riskRating: text(uses.risk_rating),
    purpose: text(uses.purpose_of_model),
    intendedUses: text(uses.intended_uses),
    factorsAffectingEfficiency: text(uses.factors_affecting_model_efficiency),
    riskExplanation: text(uses.explanations_for_risk_rating),
    businessProblem: text(business.business_problem),
    businessStakeholders: listed(business.business_stakeholders),
    lineOfBusiness: text(business.line_of_business),
    trainingObjective: text(training.objective_function?.notes),
    trainingObservations: text(training.training_observations),
    evaluations: evaluations
      .filter((e: Json) => typeof e?.name === 'string')
      .map((e: Json) => ({
        name: e.name,
        observations: text(e.evaluation_observation),
        metrics: metricsOf(e.metric_groups),
      })),
  };
  const arn = content.model_package_details?.model_package_arn;
  return {
    // Only what the card says: absent fields stay out of the answer
    card: JSON.parse(JSON.stringify(fields)),
    ...(typeof arn === 'string' && { modelPackageArn: arn }),
  };
}
