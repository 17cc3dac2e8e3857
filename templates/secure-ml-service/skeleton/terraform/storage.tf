locals {
  # Every bucket of the service, with the key that encrypts it.
  buckets = {
    data    = aws_kms_key.data.arn   # training data, validated by the data validation Lambda
    models  = aws_kms_key.models.arn # model artifacts and evaluation reports
    capture = aws_kms_key.data.arn   # captured endpoint traffic, read by the drift job
    audit   = aws_kms_key.logs.arn   # CloudTrail logs
  }
}

resource "aws_s3_bucket" "ml" {
  for_each = local.buckets
  bucket   = "${var.name}-${var.environment}-${each.key}-${var.account_id}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "ml" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.ml[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = each.value
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "ml" {
  for_each                = local.buckets
  bucket                  = aws_s3_bucket.ml[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "ml" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.ml[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "ml" {
  for_each   = local.buckets
  bucket     = aws_s3_bucket.ml[each.key].id
  policy     = data.aws_iam_policy_document.bucket[each.key].json
  depends_on = [aws_s3_bucket_public_access_block.ml]
}

data "aws_iam_policy_document" "bucket" {
  for_each = local.buckets
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.ml[each.key].arn, "${aws_s3_bucket.ml[each.key].arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
  statement {
    sid       = "OnlyTheServiceRolesRead"
    effect    = "Deny"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.ml[each.key].arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    # Models and data are read by the service's own roles (and var.object_readers), not by any
    # other principal of the account that happens to hold s3:GetObject.
    condition {
      test     = "ArnNotEquals"
      variable = "aws:PrincipalArn"
      values = concat([
        aws_iam_role.training.arn,
        aws_iam_role.validation.arn,
        aws_iam_role.inference.arn,
        aws_iam_role.drift.arn,
      ], var.object_readers)
    }
  }
  statement {
    sid       = "DenyUnencryptedUploads"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.ml[each.key].arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "s3:x-amz-server-side-encryption"
      values   = ["aws:kms"]
    }
  }
  dynamic "statement" {
    for_each = each.key == "audit" ? [1] : []
    content {
      sid       = "CloudTrailWrites"
      actions   = ["s3:GetBucketAcl", "s3:PutObject"]
      resources = [aws_s3_bucket.ml[each.key].arn, "${aws_s3_bucket.ml[each.key].arn}/AWSLogs/${var.account_id}/*"]
      principals {
        type        = "Service"
        identifiers = ["cloudtrail.amazonaws.com"]
      }
    }
  }
}
