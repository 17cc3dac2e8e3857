# The images of the service (training, serving, drift job): scanned on push, tags immutable, KMS-encrypted.
# The portal reads the scan's findings of the serving image (check image-scan-clean).
resource "aws_ecr_repository" "ml" {
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.models.arn
  }
}
