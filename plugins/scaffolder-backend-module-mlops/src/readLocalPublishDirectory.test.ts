import { ConfigReader } from '@backstage/config';
import { readLocalPublishDirectory } from './readLocalPublishDirectory';

describe('readLocalPublishDirectory', () => {
  it('is the folder the local default sets, and nothing once a later layer turns it off', () => {
    const local = { localPublishDirectory: '../../.created-projects' };
    const config = (templates: object) =>
      new ConfigReader({ mlops: { templates } });
    expect(readLocalPublishDirectory(config(local))).toBe(
      '../../.created-projects',
    );
    expect(
      readLocalPublishDirectory(
        config({ ...local, localPublishEnabled: false }),
      ),
    ).toBeUndefined();
    expect(readLocalPublishDirectory(config({}))).toBeUndefined();
  });
});
