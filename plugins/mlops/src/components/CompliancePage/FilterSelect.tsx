import { OwnerSummary } from '@aidlc/plugin-mlops-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Select } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';

/** The value of a select that filters nothing. */
const ALL = 'all';

/** A filter of a fleet table: one choice of `options`, or none. */
export function FilterSelect({
  label,
  anyLabel,
  options,
  selected,
  onChange,
}: {
  label: string;
  anyLabel: string;
  options: { label: string; value: string }[];
  selected?: string;
  onChange: (value?: string) => void;
}) {
  return (
    <Box minWidth={180} maxWidth={320}>
      <Select
        label={label}
        selected={selected ?? ALL}
        items={[{ label: anyLabel, value: ALL }, ...options]}
        onChange={value => onChange(value === ALL ? undefined : String(value))}
      />
    </Box>
  );
}

/** The button that downloads a fleet table as CSV, and why it failed if it did. */
export function ExportButton({
  exporting,
  onExport,
}: {
  exporting: { loading: boolean; error?: Error };
  onExport: () => void;
}) {
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<GetAppIcon />}
        onClick={onExport}
        disabled={exporting.loading}
      >
        Export CSV
      </Button>
      {exporting.error && (
        <span role="alert">Export failed: {exporting.error.message}</span>
      )}
    </>
  );
}

/** The owners of the fleet as the options of a filter, by the names people know them by. */
export function ownerOptions(
  owners: OwnerSummary[],
  ownerName: (ref: string) => string,
) {
  return owners.map(o => ({ label: ownerName(o.owner), value: o.owner }));
}

/** The catalog's systems as the options of a filter. */
export function systemOptions(systems: Entity[]) {
  return systems.map(system => ({
    label: system.metadata.title ?? system.metadata.name,
    value: stringifyEntityRef(system),
  }));
}
