# One key per kind of data, each rotating yearly.
resource "aws_kms_key" "data" {
  description         = "${var.name} training and captured data"
  enable_key_rotation = true
}

resource "aws_kms_key" "models" {
  description         = "${var.name} model artifacts and endpoint storage"
  enable_key_rotation = true
}

resource "aws_kms_key" "logs" {
  description         = "${var.name} audit and flow logs"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.logs_key.json
}

# Key policy: the account administers the key; CloudTrail and CloudWatch Logs may encrypt with it.
data "aws_iam_policy_document" "logs_key" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${var.account_id}:root"]
    }
  }
  statement {
    sid       = "ServicesEncryptLogs"
    actions   = ["kms:Encrypt", "kms:GenerateDataKey*", "kms:Decrypt", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com", "logs.${var.region}.amazonaws.com"]
    }
  }
}
