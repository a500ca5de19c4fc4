# shellcheck shell=bash
# Debian's Prometheus for the metric-analysis tests (issue 15). Sourced by .ci/run under `set -euo pipefail`;
# idempotent. The tests start their own servers on 127.0.0.1 with a config they write (short scrape
# interval, loopback targets) and stop them, so nothing is started here: this only installs the binary
# and exports DK_PROMETHEUS_BIN.

dk_prometheus_main() {
  if ! command -v prometheus > /dev/null; then
    echo "installing prometheus"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus > /tmp/dk-prometheus-apt.log 2>&1 ||
      { cat /tmp/dk-prometheus-apt.log; return 1; }
  fi
  # The package's own service (if systemd started it) listens on *:9090; the tests never use it.
  if command -v systemctl > /dev/null && systemctl is-active --quiet prometheus 2> /dev/null; then
    systemctl stop prometheus || true
  fi
  DK_PROMETHEUS_BIN=$(command -v prometheus)
  export DK_PROMETHEUS_BIN
  echo "prometheus: $("$DK_PROMETHEUS_BIN" --version 2>&1 | head -1) at $DK_PROMETHEUS_BIN"
}

dk_prometheus_main
