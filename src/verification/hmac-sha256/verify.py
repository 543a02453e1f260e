import hashlib
import hmac
import json
import time

SIGNATURE_HEADER = "x-webhook-signature"
TIMESTAMP_HEADER = "x-webhook-timestamp"
SIGNATURE_PREFIX = "sha256="
TOLERANCE_SECONDS = 300  # reject timestamps more than 5 minutes from our clock
NONCE_WINDOW_SECONDS = 600  # remember nonces for 10 minutes


def verify(secret, headers, raw_body, seen_nonce, now=None):
    """Verify one delivery.

    raw_body: the exact bytes received (re-serializing parsed JSON changes them).
    headers: a dict with lowercase keys.
    seen_nonce(nonce, ttl_seconds): True if the nonce was already seen; remembers it.
    Returns (True, event) or (False, reason).
    """
    now = int(time.time()) if now is None else now
    timestamp = headers.get(TIMESTAMP_HEADER, "")
    signature = headers.get(SIGNATURE_HEADER, "")
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + raw_body, hashlib.sha256).hexdigest()
    # compare_digest takes the same time wherever the strings differ.
    if not hmac.compare_digest(signature.encode(), (SIGNATURE_PREFIX + digest).encode()):
        return False, "signature_mismatch"

    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False, "timestamp_out_of_tolerance"
    # Only now is the body trustworthy enough to parse.
    event = json.loads(raw_body)
    if seen_nonce(str(event.get("nonce")), NONCE_WINDOW_SECONDS):
        return False, "replayed_nonce"
    return True, event
