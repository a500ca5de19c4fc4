# shellcheck shell=bash
# Docker engine + two local registries for the build-and-push integration tests (issue 6).
# Sourced by .ci/run under `set -euo pipefail`; idempotent: reuses whatever is already running.
# Exports DK_REGISTRY (plain HTTP), DK_AUTH_REGISTRY (htpasswd), DK_REGISTRY_USER, DK_REGISTRY_PASSWORD,
# and DK_EXTRA_BUILDERS (the optional podman/buildah that work here).

dk_docker_state=/var/lib/dk-registry
dk_docker_log=/var/log/dk-docker

dk_docker_install() {
  local missing=()
  command -v dockerd > /dev/null || missing+=(docker.io)
  command -v docker-registry > /dev/null || missing+=(docker-registry)
  command -v htpasswd > /dev/null || missing+=(apache2-utils)
  command -v curl > /dev/null || missing+=(curl)
  [ -x /bin/busybox ] && /bin/busybox --list 2> /dev/null | grep -qx sh || missing+=(busybox-static)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}"
    apt-get update -qq
    apt-get update -qq > /dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$dk_docker_log/apt.log" 2>&1 ||
      { cat "$dk_docker_log/apt.log"; return 1; }
  fi
}

# podman and buildah are optional extras: their tests run when they are listed in DK_EXTRA_BUILDERS.
dk_docker_extra_builders() {
  local missing=() builder
  for builder in podman buildah; do command -v "$builder" > /dev/null || missing+=("$builder"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    apt-get update -qq > /dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$dk_docker_log/apt-extra.log" 2>&1 ||
      echo "warning: could not install ${missing[*]} (see $dk_docker_log/apt-extra.log); their tests will skip"
  fi
  DK_EXTRA_BUILDERS=""
  for builder in podman buildah; do
    if "$builder" info > /dev/null 2>&1; then DK_EXTRA_BUILDERS="$DK_EXTRA_BUILDERS $builder"; fi
  done
  DK_EXTRA_BUILDERS="${DK_EXTRA_BUILDERS# }"
}

dk_wait_for() { # dk_wait_for <what> <seconds> <command...>
  local what=$1 seconds=$2 i
  shift 2
  for ((i = 0; i < seconds * 4; i++)); do
    if "$@" > /dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  echo "timed out after ${seconds}s waiting for $what" >&2
  return 1
}

dk_docker_start_engine() {
  if docker info > /dev/null 2>&1; then return 0; fi
  echo "starting dockerd"
  # A VM without iptables/overlay support still runs plain `docker build` with these fallbacks.
  nohup dockerd --host unix:///var/run/docker.sock > "$dk_docker_log/dockerd.log" 2>&1 &
  local pid=$!
  if ! dk_wait_for dockerd 30 docker info; then
    echo "retrying dockerd with --iptables=false --storage-driver=vfs"
    kill "$pid" 2> /dev/null || true
    sleep 2
    nohup dockerd --host unix:///var/run/docker.sock --iptables=false --storage-driver=vfs \
      > "$dk_docker_log/dockerd.log" 2>&1 &
    dk_wait_for dockerd 30 docker info || { tail -30 "$dk_docker_log/dockerd.log"; return 1; }
  fi
}

dk_registry_config() { # dk_registry_config <name> <port> <auth: yes|no>
  local name=$1 port=$2 auth=$3 dir="$dk_docker_state/$1"
  mkdir -p "$dir/data"
  {
    echo "version: 0.1"
    echo "log: {level: warn}"
    echo "storage:"
    echo "  filesystem: {rootdirectory: $dir/data}"
    echo "  delete: {enabled: true}"
    echo "http:"
    echo "  addr: 127.0.0.1:$port"
    if [ "$auth" = yes ]; then
      echo "auth:"
      echo "  htpasswd: {realm: deploy-kit-test, path: $dk_docker_state/htpasswd}"
    fi
  } > "$dir/config.yml"
}

dk_registry_start() { # dk_registry_start <name> <port>
  local name=$1 port=$2
  if curl -s -o /dev/null "http://127.0.0.1:$port/v2/"; then return 0; fi
  echo "starting registry $name on 127.0.0.1:$port"
  nohup docker-registry serve "$dk_docker_state/$name/config.yml" > "$dk_docker_log/registry-$name.log" 2>&1 &
  dk_wait_for "registry $name" 20 curl -s -o /dev/null "http://127.0.0.1:$port/v2/" ||
    { tail -20 "$dk_docker_log/registry-$name.log"; return 1; }
}

dk_docker_main() {
  mkdir -p "$dk_docker_state" "$dk_docker_log"
  dk_docker_install
  dk_docker_extra_builders
  dk_docker_start_engine
  DK_REGISTRY_USER=deploy-kit
  if [ ! -s "$dk_docker_state/password" ]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dk_docker_state/password")
  fi
  DK_REGISTRY_PASSWORD=$(cat "$dk_docker_state/password")
  htpasswd -Bbc "$dk_docker_state/htpasswd" "$DK_REGISTRY_USER" "$DK_REGISTRY_PASSWORD" 2> /dev/null
  # On machines with systemd the Debian package starts its own registry on *:5000; ours listen on loopback only.
  if command -v systemctl > /dev/null && systemctl is-active --quiet docker-registry 2> /dev/null; then
    systemctl stop docker-registry || true
  fi
  dk_registry_config plain 5000 no
  dk_registry_config auth 5001 yes
  dk_registry_start plain 5000
  dk_registry_start auth 5001
  export DK_REGISTRY=127.0.0.1:5000 DK_AUTH_REGISTRY=127.0.0.1:5001 DK_REGISTRY_USER DK_REGISTRY_PASSWORD DK_EXTRA_BUILDERS
  echo "docker $(docker version --format '{{.Server.Version}}' 2> /dev/null); registries $DK_REGISTRY (plain), $DK_AUTH_REGISTRY (htpasswd user $DK_REGISTRY_USER); extra builders: ${DK_EXTRA_BUILDERS:-none}"
}

dk_docker_main
