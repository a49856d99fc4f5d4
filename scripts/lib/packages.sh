# shellcheck shell=bash
# Installs the system packages Cairn's scripts need. Sourced, not run.
# Installs by itself only as root on Debian or Ubuntu; elsewhere it says what
# is missing, since we cannot know the local package manager or rights.
# Messages use the caller's LOG_PREFIX.

is_debian_like() {
  [ -r /etc/os-release ] || return 1
  local ids
  ids=$(. /etc/os-release && printf '%s %s' "${ID:-}" "${ID_LIKE:-}")
  case " $ids " in
    *" debian "* | *" ubuntu "*) return 0 ;;
    *) return 1 ;;
  esac
}

# A command name is looked up on PATH, an absolute path must exist.
is_present() {
  case $1 in
    /*) [ -e "$1" ] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

# ensure_packages CHECK PACKAGE...
# Does nothing when CHECK (a command or an absolute path) is present;
# otherwise installs the packages, or names them and returns 1.
ensure_packages() {
  local check=$1 prefix=${LOG_PREFIX:-packages}
  shift
  is_present "$check" && return 0

  if [ "$(id -u)" -ne 0 ] || ! is_debian_like; then
    echo "$prefix: missing $check; please install: $*" >&2
    if is_debian_like; then
      echo "$prefix:   sudo apt-get install --no-install-recommends $*" >&2
    else
      echo "$prefix:   (Debian package names; install your distribution's equivalents)" >&2
    fi
    return 1
  fi

  echo "$prefix: installing $*"
  apt-get update -q || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" || return 1
  if ! is_present "$check"; then
    echo "$prefix: $check is still missing after installing $*" >&2
    return 1
  fi
}
