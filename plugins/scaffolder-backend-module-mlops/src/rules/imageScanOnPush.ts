import { declares, everyBlock, TerraformRule } from '../TerraformRule';
import { block } from '../TerraformModel';

export const imageScanOnPush: TerraformRule = {
  id: 'image-scan-clean',
  severity: 'high',
  title: 'The image repository scans every image on push',
  check: model => [
    ...declares(
      model,
      'aws_ecr_repository',
      'the images are not in a repository that scans them',
    ),
    ...everyBlock(
      model.resources('aws_ecr_repository'),
      repo =>
        block(repo.body, 'image_scanning_configuration')?.scan_on_push === true,
      'needs image_scanning_configuration { scan_on_push = true }',
    ),
  ],
};
