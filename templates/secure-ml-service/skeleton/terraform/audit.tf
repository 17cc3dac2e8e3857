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

resource "aws_iam_service_linked_role" "config" {
  aws_service_name = "config.amazonaws.com"
}

resource "aws_config_configuration_recorder" "ml" {
  name     = "${var.name}-${var.environment}"
  role_arn = aws_iam_service_linked_role.config.arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "ml" {
  name           = "${var.name}-${var.environment}"
  s3_bucket_name = aws_s3_bucket.ml["audit"].id
  depends_on     = [aws_config_configuration_recorder.ml]
}

resource "aws_config_configuration_recorder_status" "ml" {
  name       = aws_config_configuration_recorder.ml.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.ml]
}

resource "aws_guardduty_detector" "ml" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
