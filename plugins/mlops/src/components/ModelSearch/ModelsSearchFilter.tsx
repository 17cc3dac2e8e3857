import { useSearch } from '@backstage/plugin-search-react';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';

/**
 * The catalog document fields that make a result a model: the ecosystem's `ai-model`, ours by default
 * and other registries'. (Search engines match one value per filter: a portal that keeps the type
 * `ml-model` filters the catalog by type instead.)
 */
const MODELS = { kind: 'Resource', type: 'ai-model' };

/** A search page filter that keeps only AI models (catalog resources of type `ai-model`). */
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
