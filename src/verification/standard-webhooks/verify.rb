require "base64"
require "json"
require "openssl"

TOLERANCE_SECONDS = 300 # reject timestamps more than 5 minutes from our clock
ID_WINDOW_SECONDS = 600 # remember webhook-ids for 10 minutes, twice the tolerance

# Verifies one Standard Webhooks delivery. secret is the endpoint's whsec_... secret; raw_body
# must be the exact bytes received (re-serializing parsed JSON changes them); headers has
# lowercase keys. seen_id.call(id, ttl) is true when the webhook-id was already seen, and
# remembers it. Returns [true, event] or [false, reason].
def verify(secret, headers, raw_body, seen_id, now = Time.now.to_i)
  id = headers.fetch("webhook-id", "")
  timestamp = headers.fetch("webhook-timestamp", "")
  key = Base64.strict_decode64(secret.delete_prefix("whsec_"))
  expected = Base64.strict_encode64(OpenSSL::HMAC.digest("SHA256", key, "#{id}.#{timestamp}.#{raw_body}"))
  # Several space-separated signatures may be sent (secret rotation): any v1 match counts.
  # A constant-time comparison: never ==, which stops at the first difference.
  matched = headers.fetch("webhook-signature", "").split(" ").any? do |entry|
    version, signature = entry.split(",", 2)
    version == "v1" && signature.to_s.bytesize == expected.bytesize && OpenSSL.fixed_length_secure_compare(signature, expected)
  end
  return [false, "signature_mismatch"] unless matched

  unless timestamp.match?(/\A\d+\z/) && (now - timestamp.to_i).abs <= TOLERANCE_SECONDS
    return [false, "timestamp_out_of_tolerance"]
  end
  return [false, "replayed_id"] if seen_id.call(id, ID_WINDOW_SECONDS)

  # Only now is the body trustworthy enough to parse.
  [true, JSON.parse(raw_body)]
end
