import { DRIFT_METHOD_LABELS, DriftSeries } from '@aidlc/plugin-mlops-common';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { AwsLink } from '../../aws/AwsLink';
import { formatTimestamp } from '../Timestamp/Timestamp';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const day = (t: string | number) =>
  new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** One drift metric over the look-back window, with its threshold and its CloudWatch metric. */
export function DriftChart({
  series,
  metricUrl,
}: {
  series: DriftSeries;
  metricUrl?: string;
}) {
  const theme = useTheme();
  const data = series.points.map(p => ({ t: Date.parse(p.t), v: p.v }));
  const max = Math.max(series.threshold ?? 0, ...data.map(d => d.v));
  return (
    <figure style={{ margin: 0 }} aria-label={`Drift of ${series.name}`}>
      <Typography variant="subtitle2" component="figcaption">
        {series.feature ? `Feature ${series.feature}` : series.name}
        {series.method && ` · ${DRIFT_METHOD_LABELS[series.method]}`}
        {series.threshold !== undefined && ` (threshold ${series.threshold})`}
        {series.aboveThresholdSince && (
          <Typography variant="body2" color="error" component="span">
            {' '}
            · above it since {formatTimestamp(series.aboveThresholdSince)}
          </Typography>
        )}
        {metricUrl && (
          <>
            {' · '}
            <AwsLink url={metricUrl}>CloudWatch metric</AwsLink>
          </>
        )}
      </Typography>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            domain={['dataMin', 'dataMax']}
            tickFormatter={day}
          />
          <YAxis domain={[0, Math.ceil(max * 12) / 10]} width={40} />
          <Tooltip labelFormatter={formatTimestamp} />
          {series.threshold !== undefined && (
            <ReferenceLine
              y={series.threshold}
              stroke={theme.palette.error.main}
              strokeDasharray="4 4"
              label="threshold"
            />
          )}
          <Line
            type="monotone"
            dataKey="v"
            name="drift"
            dot={false}
            stroke={theme.palette.primary.main}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
