import {
  CheckDescription,
  FleetSummary,
  OwnerSummary,
  VERDICTS,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { SeverityChip } from '../Chips/SeverityChip';
import { VerdictChip } from '../Chips/VerdictChip';
import { FleetFilters } from '../../hooks/useFleetView';

/** Teams the summary names. */
const TOP_TEAMS = 5;

function Count({ n, what }: { n: number; what: string }) {
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      component="span"
      noWrap
      style={{ flexShrink: 0, marginLeft: 8 }}
    >
      {n} {what}
      {n === 1 ? '' : 's'}
    </Typography>
  );
}

/**
 * The fleet at a glance: services by verdict, the checks failing on most services and the teams with
 * the most critical failures. Each item filters the table below to what it counts.
 */
export function FleetSummaryCards({
  summary,
  owners,
  checks,
  ownerName,
  onFilter,
}: {
  summary: FleetSummary;
  owners: OwnerSummary[];
  checks: CheckDescription[];
  ownerName: (ref: string) => string;
  onFilter: (filters: FleetFilters) => void;
}) {
  const titles = new Map(checks.map(check => [check.id, check]));
  const teams = owners
    .filter(o => o.failed.critical > 0)
    .sort((a, b) => b.failed.critical - a.failed.critical)
    .slice(0, TOP_TEAMS);
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} lg={4}>
        <InfoCard title="Services by verdict" noPadding>
          <List dense>
            {VERDICTS.filter(v => summary.verdicts[v] > 0).map(verdict => (
              <ListItem
                key={verdict}
                button
                onClick={() => onFilter({ verdict })}
                title={`Show the ${VERDICT_TEXT[
                  verdict
                ].label.toLocaleLowerCase()} services`}
              >
                <ListItemText primary={<VerdictChip verdict={verdict} />} />
                <Count n={summary.verdicts[verdict]} what="service" />
              </ListItem>
            ))}
          </List>
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={4}>
        <InfoCard title="Top failing controls" noPadding>
          <List dense>
            {summary.topFailingChecks.length === 0 && (
              <ListItem>
                <ListItemText primary="No check fails anywhere" />
              </ListItem>
            )}
            {summary.topFailingChecks.map(({ check, services }) => (
              <ListItem
                key={check}
                button
                onClick={() => onFilter({ check })}
                style={{ gap: 8 }}
              >
                {titles.get(check) && (
                  <SeverityChip severity={titles.get(check)!.severity} />
                )}
                <ListItemText
                  primary={titles.get(check)?.title ?? check}
                  primaryTypographyProps={{ variant: 'body2' }}
                  style={{ whiteSpace: 'normal' }}
                />
                <Count n={services} what="service" />
              </ListItem>
            ))}
          </List>
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={4}>
        <InfoCard title="Teams by critical failures" noPadding>
          <List dense>
            {teams.length === 0 && (
              <ListItem>
                <ListItemText primary="No team has a critical failure" />
              </ListItem>
            )}
            {teams.map(team => (
              <ListItem
                key={team.owner}
                button
                onClick={() => onFilter({ owner: team.owner })}
              >
                <ListItemText
                  primary={ownerName(team.owner)}
                  style={{ whiteSpace: 'normal' }}
                  secondary={`${team.verdicts.blocked} of ${
                    team.services + team.notEvaluated
                  } services blocked`}
                />
                <Count n={team.failed.critical} what="critical failure" />
              </ListItem>
            ))}
          </List>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
