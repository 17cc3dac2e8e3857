import { ModelCard } from '@aidlc/plugin-mlops-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Tone, ToneChip } from '../Chips/ToneChip';
import { Timestamp } from '../Timestamp/Timestamp';

const RISK_TONES: Record<string, Tone> = {
  High: 'error',
  Medium: 'warning',
  Low: 'ok',
};

/** A labelled passage of the card; nothing when the card leaves it empty. */
function Field({ label, text }: { label: string; text?: string }) {
  if (!text) return null;
  return (
    <Box mb={1}>
      <Typography variant="subtitle2">{label}</Typography>
      <Typography variant="body2">{text}</Typography>
    </Box>
  );
}

/** What a SageMaker model card says: intended uses, risk, business, training and evaluation. */
export function ModelCardDetails({ card }: { card: ModelCard }) {
  return (
    <Box aria-label={`Model card ${card.name}`} role="region">
      <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
        <Typography variant="subtitle1">{card.name}</Typography>
        <ToneChip
          tone={card.status === 'Approved' ? 'ok' : 'pending'}
          label={card.status}
          title="The card's status in SageMaker"
        />
        {card.riskRating && (
          <ToneChip
            tone={RISK_TONES[card.riskRating] ?? 'aborted'}
            label={`Risk: ${card.riskRating}`}
            title="The risk rating its authors gave the model"
          />
        )}
        {card.updatedAt && (
          <Typography variant="caption" color="textSecondary">
            updated <Timestamp iso={card.updatedAt} />
          </Typography>
        )}
      </Box>
      <Field label="Purpose" text={card.purpose} />
      <Field label="Intended uses" text={card.intendedUses} />
      <Field
        label="Factors affecting its efficiency"
        text={card.factorsAffectingEfficiency}
      />
      <Field label="Why this risk rating" text={card.riskExplanation} />
      <Field label="Business problem" text={card.businessProblem} />
      <Field label="Stakeholders" text={card.businessStakeholders} />
      <Field label="Line of business" text={card.lineOfBusiness} />
      <Field label="Training objective" text={card.trainingObjective} />
      <Field label="Training observations" text={card.trainingObservations} />
      {card.evaluations?.map(evaluation => (
        <Field
          key={evaluation.name}
          label={`Evaluation: ${evaluation.name}`}
          text={[
            evaluation.observations,
            Object.entries(evaluation.metrics ?? {})
              .map(([name, value]) => `${name} ${value}`)
              .join(' · '),
          ]
            .filter(Boolean)
            .join(' — ')}
        />
      ))}
    </Box>
  );
}
