import { CheckControls } from '@aidlc/plugin-mlops-common';

/** Links to the documentation of the AWS Config rule, Security Hub control and Checkov policy. */
export function controlLinks(
  controls: CheckControls,
): { title: string; url: string }[] {
  const links = [];
  if (controls.awsConfigRule) {
    links.push({
      title: `AWS Config ${controls.awsConfigRule}`,
      url: `https://docs.aws.amazon.com/config/latest/developerguide/${controls.awsConfigRule}.html`,
    });
  }
  if (controls.securityHub) {
    const [service] = controls.securityHub.toLowerCase().split('.');
    links.push({
      title: `Security Hub ${controls.securityHub}`,
      url: `https://docs.aws.amazon.com/securityhub/latest/userguide/${service}-controls.html#${controls.securityHub
        .toLowerCase()
        .replace('.', '-')}`,
    });
  }
  if (controls.checkov) {
    links.push({
      title: `Checkov ${controls.checkov}`,
      url: 'https://www.checkov.io/5.Policy%20Index/terraform.html',
    });
  }
  return links;
}
