import { expect, Page } from '@playwright/test';

/** Where a React warning starts: the first component of its stack that has a source file. */
const FIRST_SOURCE_FRAME = /\n\s+at [^\n]*\((webpack-internal:[^)]+)\)/;

/**
 * Whether a console message is about our code: it names our plugins, its first component with a
 * source file is ours, or it is one of the table's warnings about the rows we give it (those carry
 * no stack). material-table's "columns ... are static" warning carries no stack either and also comes
 * from the catalog's own entity list (seen on /?filters[kind]=resource), so it cannot be told apart and
 * is not counted. Warnings that start in a library (material-table's defaultProps, say) are the
 * library's, even when our components are further up their stack.
 */
function isOurs(text: string): boolean {
  const [head] = text.split('\n');
  const source = FIRST_SOURCE_FRAME.exec(text)?.[1] ?? '';
  return (
    /plugins\/mlops|@aidlc\//.test(head) ||
    /plugins\/mlops/.test(source) ||
    /rows to have an unique id/.test(head)
  );
}

/** Collects the console errors and warnings of our plugins, with a check that there were none. */
export function watchOurConsole(page: Page) {
  const ours: string[] = [];
  page.on('console', message => {
    if (['error', 'warning'].includes(message.type()) && isOurs(message.text()))
      ours.push(message.text().slice(0, 500));
  });
  return {
    expectNone: () =>
      expect(ours, 'console messages of our plugins').toEqual([]),
  };
}
