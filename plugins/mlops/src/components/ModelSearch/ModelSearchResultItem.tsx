import { approvalText } from '@aidlc/plugin-mlops-common';
import { Link } from '@backstage/core-components';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/** A model's catalog document, with the fields the mlops search module adds. */
interface ModelDocument extends SearchDocument {
  kind?: string;
  modelLatestVersion?: number;
  modelLatestStatus?: string;
  modelApprovedVersion?: number;
  modelServedVersions?: number[];
  modelServesUnapproved?: boolean;
}

/** Whether a search result is a model with the mlops fields (a catalog document of a model). */
export function isModelResult(result: {
  type: string;
  document: SearchDocument;
}): boolean {
  const document = result.document as ModelDocument;
  return (
    result.type === 'software-catalog' &&
    document.kind === 'Resource' &&
    'modelServedVersions' in document
  );
}

/**
 * A model in search results, laid out like the catalog's own items: its name (highlighted), its
 * description, then its latest version's approval and what serves, in red when a version that is
 * not approved serves.
 */
export function ModelSearchResultItem(props: {
  result?: SearchDocument;
  highlight?: ResultHighlight;
  icon?: ReactNode;
}) {
  const model = props.result as ModelDocument | undefined;
  if (!model) return null;
  const { highlight } = props;
  const served = model.modelServedVersions ?? [];
  return (
    <Box display="flex">
      {props.icon && <ListItemIcon>{props.icon}</ListItemIcon>}
      <Box flexWrap="wrap">
        <ListItemText
          style={{ width: '100%', marginBottom: '1rem' }}
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={model.location}>
              {highlight?.fields.title ? (
                <HighlightedSearchResultText
                  text={highlight.fields.title}
                  preTag={highlight.preTag}
                  postTag={highlight.postTag}
                />
              ) : (
                model.title
              )}
            </Link>
          }
          secondary={model.text}
        />
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          style={{ gap: 8 }}
        >
          <Chip size="small" label="Model" />
          {model.modelLatestVersion !== undefined && (
            <Chip
              size="small"
              label={`Latest v${model.modelLatestVersion}: ${approvalText(
                model.modelLatestStatus,
              )}`}
            />
          )}
          <Chip
            size="small"
            label={
              model.modelApprovedVersion !== undefined
                ? `Approved v${model.modelApprovedVersion}`
                : 'No approved version'
            }
          />
          <Typography
            variant="body2"
            component="span"
            color={model.modelServesUnapproved ? 'error' : 'textSecondary'}
          >
            {served.length
              ? `Serving ${served.map(v => `v${v}`).join(', ')}`
              : 'Not serving'}
            {model.modelServesUnapproved && ' (not approved)'}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
}
