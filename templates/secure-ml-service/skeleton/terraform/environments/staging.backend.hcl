bucket       = "terraform-state-${{ values.awsAccountId }}"
key          = "${{ values.name }}/staging.tfstate"
region       = "${{ values.region }}"
encrypt      = true
use_lockfile = true
