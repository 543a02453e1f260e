require "json"
require "openssl"

SIGNATURE_HEADER = "x-webhook-signature"
TIMESTAMP_HEADER = "x-webhook-timestamp"
SIGNATURE_PREFIX = "sha256="
TOLERANCE_SECONDS = 300 # reject timestamps more than 5 minutes from our clock
NONCE_WINDOW_SECONDS = 600 # remember nonces for 10 minutes

# Verifies one delivery. raw_body must be the exact bytes received (re-serializing parsed JSON
# changes them); headers has lowercase keys. seen_nonce.call(nonce, ttl) is true when the nonce
# was already seen, and remembers it. Returns [true, event] or [false, reason].
def verify(secret, headers, raw_body, seen_nonce, now = Time.now.to_i)
  timestamp = headers.fetch(TIMESTAMP_HEADER, "")
  signature = headers.fetch(SIGNATURE_HEADER, "")
  expected = SIGNATURE_PREFIX + OpenSSL::HMAC.hexdigest("SHA256", secret, "#{timestamp}.#{raw_body}")
  # A constant-time comparison: never ==, which stops at the first difference.
  unless signature.bytesize == expected.bytesize && OpenSSL.fixed_length_secure_compare(signature, expected)
    return [false, "signature_mismatch"]
  end

  unless timestamp.match?(/\A\d+\z/) && (now - timestamp.to_i).abs <= TOLERANCE_SECONDS
    return [false, "timestamp_out_of_tolerance"]
  end
  # Only now is the body trustworthy enough to parse.
  event = JSON.parse(raw_body)
  return [false, "replayed_nonce"] if seen_nonce.call(event["nonce"].to_s, NONCE_WINDOW_SECONDS)

  [true, event]
end
