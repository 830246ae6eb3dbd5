#!/usr/bin/env bash
# Posts a sample webhook event, signed the way Zalo signs it:
#   X-ZEvent-Signature: mac=sha256hex(appId + body + timestamp + secret)
# Usage: send.sh FILE [URL]
#   ZALO_WEBHOOK_SECRET  secret key (default: dev-webhook-secret)
#   ZALO_APP_ID          app id to sign with (default: the file's app_id)
#   FRESH=1              new msg_id and timestamp, so the same sample passes deduplication again
set -euo pipefail

file=${1:?usage: send.sh FILE [URL]}
url=${2:-http://127.0.0.1:5080/webhooks/zalo}
secret=${ZALO_WEBHOOK_SECRET:-dev-webhook-secret}

# $(...) drops the file's trailing newline; the bytes hashed below are exactly the bytes posted.
body=$(cat "$file")

if [[ ${FRESH:-} == 1 ]]; then
  now_ms=$(date +%s%3N)
  [[ $now_ms == *N ]] && now_ms="$(date +%s)000" # date without %N (macOS)
  body=$(printf '%s' "$body" | sed -E \
    -e "s/(\"msg_id\"[[:space:]]*:[[:space:]]*\")[^\"]*\"/\1fresh${now_ms}${RANDOM}\"/" \
    -e "s/(\"timestamp\"[[:space:]]*:[[:space:]]*\"?)[0-9]+/\1${now_ms}/")
fi

field() { # first value of a top-level string or number field
  printf '%s' "$body" | grep -oE "\"$1\"[[:space:]]*:[[:space:]]*\"?[^\",}]*" | head -n1 | sed -E 's/.*:[[:space:]]*"?//'
}

timestamp=$(field timestamp)
app_id=${ZALO_APP_ID:-$(field app_id)}
[[ -n $timestamp ]] || { echo "send.sh: $file has no timestamp" >&2; exit 1; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
printf '%s' "$body" >"$tmp"

signature=$({ printf '%s' "$app_id"; cat "$tmp"; printf '%s%s' "$timestamp" "$secret"; } | sha256sum | cut -d' ' -f1)

status=$(curl -sS -o /dev/null -w '%{http_code}' \
  -H 'Content-Type: application/json' \
  -H "X-ZEvent-Signature: mac=$signature" \
  --data-binary @"$tmp" \
  "$url")
echo "$status $(basename "$file")"
