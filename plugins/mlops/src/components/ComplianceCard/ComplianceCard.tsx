import {
  CheckResult,
  EntityCompliance,
  PRINCIPLES,
  ReportSummary,
  SEVERITIES,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Gauge, InfoCard, Link } from '@backstage/core-components';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { AwsResources } from '../../aws/AwsResources';
import { SeverityChip } from '../Chips/SeverityChip';
import { VERDICT_TONES, VerdictChip } from '../Chips/VerdictChip';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { Timestamp } from '../Timestamp/Timestamp';
import { controlLinks } from './controlLinks';

const PRINCIPLE_TITLES: Record<string, string> = {
  'network-isolation': 'Network isolation',
  encryption: 'Encryption',
  'least-privilege': 'Least privilege',
  'everything-as-code': 'Everything as code',
  'defense-in-depth': 'Defense in depth: monitoring and audit',
};

/** Failures first, then by severity. */
const STATUS_ORDER = [
  'fail',
  'missing_evidence',
  'error',
  'pass',
  'not_applicable',
];
const bySeverity = (a: CheckResult, b: CheckResult) =>
  STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

function Check({ check }: { check: CheckResult }) {
  return (
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-label={check.title}
      >
        <Box display="flex" alignItems="center" width="100%" style={{ gap: 8 }}>
          <StatusLabel status={check.status} />
          <Typography style={{ flexGrow: 1 }}>{check.title}</Typography>
          <SeverityChip severity={check.severity} />
        </Box>
      </AccordionSummary>
      <AccordionDetails>
        <Box
          display="flex"
          flexDirection="column"
          style={{ gap: 8 }}
          width="100%"
        >
          {check.message && (
            <Typography variant="body2">{check.message}</Typography>
          )}
          {check.resource && <AwsResources list={check.resource} />}
          {check.status !== 'pass' && (
            <Typography variant="body2">
              <strong>
                {check.status === 'missing_evidence'
                  ? 'How to submit it:'
                  : 'Remediation:'}
              </strong>{' '}
              {check.remediation}
            </Typography>
          )}
          {controlLinks(check.controls).map(link => (
            <Link key={link.url} to={link.url}>
              {link.title}
            </Link>
          ))}
          {check.evidence !== undefined && (
            <pre style={{ overflowX: 'auto', fontSize: 12 }}>
              {JSON.stringify(check.evidence, null, 2)}
            </pre>
          )}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}

const REPORT_TITLES: Record<ReportSummary['kind'], string> = {
  'policy-gate': 'Policy gate',
  'container-scan': 'Container scan',
};

/** A pipeline identity as a person reads it: a GitHub Actions subject names its repository and ref. */
function Submitter({ subject }: { subject: string }) {
  const github =
    /^external:[^:]+:repo:([^:]+):ref:refs\/(?:heads|tags)\/(.+)$/.exec(
      subject,
    );
  return (
    <span title={subject}>
      {github ? (
        `GitHub Actions of ${github[1]} (${github[2]})`
      ) : (
        <code>{subject}</code>
      )}
    </span>
  );
}

/** The newest report of each kind that the service's pipeline posted: what, by whom, when. */
function PipelineReports({ reports }: { reports: ReportSummary[] }) {
  return (
    <Box mb={2}>
      <Typography variant="h6">Pipeline reports</Typography>
      {reports.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          The service's pipeline has posted no policy gate or container scan
          report yet.
        </Typography>
      ) : (
        reports.map(report => (
          <Typography variant="body2" key={report.kind}>
            <strong>{REPORT_TITLES[report.kind]}</strong> ({report.tool}):{' '}
            {report.summary} ·{' '}
            {report.submittedBy && (
              <>
                sent by <Submitter subject={report.submittedBy} />{' '}
              </>
            )}
            on <Timestamp iso={report.submittedAt} />
          </Typography>
        ))
      )}
    </Box>
  );
}

/** Score and checks of the entity's compliance profile, grouped by principle. */
export function ComplianceCard({
  compliance,
}: {
  compliance: EntityCompliance;
}) {
  const { failed } = compliance;
  return (
    <InfoCard
      title="Compliance"
      subheader={`Profile ${compliance.profile} · failed: ${failed.critical} critical, ${failed.high} high, ${failed.medium} medium, ${failed.low} low`}
    >
      <Box display="flex" alignItems="center" mb={2} style={{ gap: 16 }}>
        <Box width={120} flexShrink={0}>
          <Gauge
            size="small"
            value={compliance.score / 100}
            // The ring takes the verdict's colour: a high score with a critical failure is red
            getColor={({ palette }) =>
              palette.status[VERDICT_TONES[compliance.verdict]]
            }
          />
        </Box>
        <Box>
          <VerdictChip verdict={compliance.verdict} />
          <Typography variant="body2" color="textSecondary">
            {VERDICT_TEXT[compliance.verdict].meaning}
          </Typography>
        </Box>
      </Box>
      <PipelineReports reports={compliance.reports} />
      {PRINCIPLES.map(principle => {
        const checks = compliance.checks
          .filter(c => c.principle === principle)
          .sort(bySeverity);
        if (checks.length === 0) return null;
        return (
          <Box key={principle} mb={2}>
            <Typography variant="h6">{PRINCIPLE_TITLES[principle]}</Typography>
            {checks.map(check => (
              <Check key={check.id} check={check} />
            ))}
          </Box>
        );
      })}
    </InfoCard>
  );
}
