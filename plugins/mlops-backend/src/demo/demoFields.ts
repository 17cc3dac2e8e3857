import { z } from 'zod';

/** Fields that several parts of the demo file share. */
export const arn = z.string().regex(/^arn:aws[a-z-]*:/, 'must be an ARN');
export const isoTime = z.iso.datetime({ offset: true });
export const vpcConfig = z.object({
  vpcId: z.string().optional(),
  subnets: z.array(z.string()),
  securityGroups: z.array(z.string()),
});
