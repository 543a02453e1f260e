import base64
import hashlib
import hmac
import json
import time

TOLERANCE_SECONDS = 300  # reject timestamps more than 5 minutes from our clock
ID_WINDOW_SECONDS = 600  # remember webhook-ids for 10 minutes, twice the tolerance


def verify(secret, headers, raw_body, seen_id, now=None):
    """Verify one Standard Webhooks delivery.

    secret: the endpoint's whsec_... secret.
    raw_body: the exact bytes received (re-serializing parsed JSON changes them).
    headers: a dict with lowercase keys.
    seen_id(webhook_id, ttl_seconds): True if the id was already seen; remembers it.
    Returns (True, event) or (False, reason).
    """
    now = int(time.time()) if now is None else now
    msg_id = headers.get("webhook-id", "")
    timestamp = headers.get("webhook-timestamp", "")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + raw_body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    # Several space-separated signatures may be sent (secret rotation): any v1 match counts.
    # compare_digest takes the same time wherever the strings differ.
    if not any(
        version == "v1" and hmac.compare_digest(signature.encode(), expected)
        for version, _, signature in (entry.partition(",") for entry in headers.get("webhook-signature", "").split(" "))
    ):
        return False, "signature_mismatch"

    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False, "timestamp_out_of_tolerance"
    if seen_id(msg_id, ID_WINDOW_SECONDS):
        return False, "replayed_id"
    # Only now is the body trustworthy enough to parse.
    return True, json.loads(raw_body)
