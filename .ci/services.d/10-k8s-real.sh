# Sourced by .ci/run (set -euo pipefail is active): starts the real Kubernetes control plane
# (../shared/k8s-real, v1.20 with pod-faker.js as kubelet) that the conformance suite compares
# the embedded simulator with. The first run builds Kubernetes (~4 min); later runs take seconds.
k8s_real_up="$(pwd)/../shared/k8s-real/up.sh"
if [ ! -x "$k8s_real_up" ]; then
  echo "10-k8s-real: $k8s_real_up not found (shared/ must sit beside the repository)" >&2
  exit 1
fi
DK_REAL_KUBECONFIG="$("$k8s_real_up" | tail -n 1)"
if [ ! -s "$DK_REAL_KUBECONFIG" ]; then
  echo "10-k8s-real: up.sh did not print a kubeconfig path (got '$DK_REAL_KUBECONFIG')" >&2
  exit 1
fi
DK_REAL_DEPLOYER_KUBECONFIG="$(dirname "$DK_REAL_KUBECONFIG")/deployer.kubeconfig"
export DK_REAL_KUBECONFIG DK_REAL_DEPLOYER_KUBECONFIG
echo "DK_REAL_KUBECONFIG=$DK_REAL_KUBECONFIG"
echo "DK_REAL_DEPLOYER_KUBECONFIG=$DK_REAL_DEPLOYER_KUBECONFIG"
unset k8s_real_up
