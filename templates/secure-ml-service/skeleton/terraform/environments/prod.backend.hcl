bucket       = "terraform-state-${{ values.awsAccountId }}"
key          = "${{ values.name }}/prod.tfstate"
region       = "${{ values.region }}"
encrypt      = true
use_lockfile = true
