# shellcheck shell=bash
# Debian's chromium for the browser test of the HTML reports (issue 18).
# Sourced by .ci/run under `set -euo pipefail`; idempotent: installs only when missing.
# Exports DK_CHROMIUM (the browser's path) for test/integration/report-browser.test.ts.

if ! command -v chromium > /dev/null; then
  echo "installing chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /tmp/dk-chromium-apt.log 2>&1 ||
    { cat /tmp/dk-chromium-apt.log; return 1; }
fi
DK_CHROMIUM="$(command -v chromium)"
export DK_CHROMIUM
echo "DK_CHROMIUM=$DK_CHROMIUM ($("$DK_CHROMIUM" --version 2> /dev/null || echo 'version unknown'))"
