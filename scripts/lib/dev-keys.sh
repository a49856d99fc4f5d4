# shellcheck shell=bash
# The development keys: created on first use, kept in the git-ignored .data folder, never
# committed. The service verifies tokens with the public half of the signing pair, scripts/token
# signs with the private half; personal-data.key seals victims' personal data.
# Sourced, not run; needs ROOT and packages.sh.

DEV_KEYS=$ROOT/.data/dev-keys

ensure_dev_keys() {
  [ -f "$DEV_KEYS/private.pem" ] && [ -f "$DEV_KEYS/public.pem" ] && [ -f "$DEV_KEYS/personal-data.key" ] && return 0
  ensure_packages openssl openssl
  mkdir -p "$DEV_KEYS"
  # A readable folder, so that a container can read the public half; the private one is owner-only.
  chmod 755 "$DEV_KEYS"
  if [ ! -f "$DEV_KEYS/private.pem" ] || [ ! -f "$DEV_KEYS/public.pem" ]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DEV_KEYS/private.pem" 2>/dev/null)
    openssl pkey -in "$DEV_KEYS/private.pem" -pubout -out "$DEV_KEYS/public.pem"
    echo "${LOG_PREFIX:-keys}: created a development token key pair in $DEV_KEYS" >&2
  fi
  if [ ! -f "$DEV_KEYS/personal-data.key" ]; then
    # Readable like the public half, so that the container's non-root user can read it: it seals
    # demo data only. Production keys come from a secret of their own.
    openssl rand -base64 32 > "$DEV_KEYS/personal-data.key"
    chmod 644 "$DEV_KEYS/personal-data.key"
    echo "${LOG_PREFIX:-keys}: created a development personal data key in $DEV_KEYS" >&2
  fi
}
