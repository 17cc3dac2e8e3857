/** A 12-digit AWS account id. @public */
export const AWS_ACCOUNT_ID_PATTERN = /^\d{12}$/;

/** An AWS region name such as `eu-west-1`, `us-gov-west-1` or `ap-southeast-2`. @public */
export const AWS_REGION_PATTERN =
  /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]{1,12}-\d{1,2}$/;
