# Every API call, every object read or written in the ML buckets, recorded and tamper-evident.
resource "aws_cloudtrail" "ml" {
  name                       = "${var.name}-${var.environment}"
  s3_bucket_name             = aws_s3_bucket.ml["audit"].id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  include_global_service_events = true
  kms_key_id                 = aws_kms_key.logs.arn
  event_selector {
    read_write_type           = "All"
    include_management_events = true
    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.ml["data"].arn}/", "${aws_s3_bucket.ml["models"].arn}/", "${aws_s3_bucket.ml["capture"].arn}/"]
    }
  }
  depends_on = [aws_s3_bucket_policy.ml]
}

# AWS Config and GuardDuty allow one recorder and one detector per account and region: the first
# service of an account creates them; set manage_account_baseline = false where they already exist.
resource "aws_iam_service_linked_role" "config" {
  count            = var.manage_account_baseline ? 1 : 0
  aws_service_name = "config.amazonaws.com"
}

resource "aws_config_configuration_recorder" "ml" {
  count    = var.manage_account_baseline ? 1 : 0
  name     = "${var.name}-${var.environment}"
  role_arn = aws_iam_service_linked_role.config[0].arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "ml" {
  count          = var.manage_account_baseline ? 1 : 0
  name           = "${var.name}-${var.environment}"
  s3_bucket_name = aws_s3_bucket.ml["audit"].id
  depends_on     = [aws_config_configuration_recorder.ml]
}

resource "aws_config_configuration_recorder_status" "ml" {
  count      = var.manage_account_baseline ? 1 : 0
  name       = aws_config_configuration_recorder.ml[0].name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.ml]
}

resource "aws_guardduty_detector" "ml" {
  count                        = var.manage_account_baseline ? 1 : 0
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
