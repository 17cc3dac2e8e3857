import { Link } from '@backstage/core-components';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import { ReactNode } from 'react';

/**
 * A resource as the ML views name it, linked to its AWS console page in a new tab; just the name
 * when there is no page to open.
 */
export function AwsLink({
  url,
  children,
}: {
  url: string | undefined;
  children: ReactNode;
}) {
  if (!url) return <>{children}</>;
  return (
    <Link
      to={url}
      target="_blank"
      rel="noopener noreferrer"
      title="Open in the AWS console (new tab)"
    >
      {children}
      <OpenInNewIcon
        fontSize="inherit"
        style={{ marginLeft: 2, verticalAlign: 'middle' }}
        aria-hidden
      />
    </Link>
  );
}
