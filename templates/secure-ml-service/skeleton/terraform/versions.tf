terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }
  # State in the platform's state bucket; `terraform init -backend-config=environments/<env>.backend.hcl`
  backend "s3" {}
}

provider "aws" {
  region              = var.region
  allowed_account_ids = [var.account_id]
  default_tags {
    tags = {
      service             = var.name
      environment         = var.environment
      data-classification = var.data_classification
      managed-by          = "terraform"
    }
  }
}

data "aws_partition" "current" {}
