import { useSearch } from '@backstage/plugin-search-react';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';

/** The catalog document fields that make a result a model. */
const MODELS = { kind: 'Resource', type: 'ml-model' };

/** A search page filter that keeps only ML models (catalog resources of type `ml-model`). */
export function ModelsSearchFilter({ className }: { className?: string }) {
  const { filters, setFilters } = useSearch();
  const checked = filters.type === MODELS.type && filters.kind === MODELS.kind;
  return (
    <FormControlLabel
      className={className}
      label="Models only"
      control={
        <Checkbox
          checked={checked}
          onChange={(_, on) =>
            setFilters(current => {
              const { kind: _kind, type: _type, ...rest } = current;
              return on ? { ...rest, ...MODELS } : rest;
            })
          }
        />
      }
    />
  );
}
