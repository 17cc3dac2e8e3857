bucket       = "terraform-state-${{ values.awsAccountId }}"
key          = "${{ values.name }}/dev.tfstate"
region       = "${{ values.region }}"
encrypt      = true
use_lockfile = true
