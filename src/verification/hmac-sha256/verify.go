package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
)

const (
	signatureHeader    = "X-Webhook-Signature"
	timestampHeader    = "X-Webhook-Timestamp"
	signaturePrefix    = "sha256="
	toleranceSeconds   = 300 // reject timestamps more than 5 minutes from our clock
	nonceWindowSeconds = 600 // remember nonces for 10 minutes
)

// Verify checks one delivery. rawBody must be the exact bytes received: parsing and
// re-serializing the JSON changes them. seenNonce reports whether a nonce was already seen
// and remembers it for ttlSeconds. It returns "" when the delivery is valid, else the reason.
func Verify(secret string, header http.Header, rawBody []byte, seenNonce func(nonce string, ttlSeconds int64) bool, now int64) string {
	timestamp := header.Get(timestampHeader)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(timestamp + "."))
	mac.Write(rawBody)
	expected := signaturePrefix + hex.EncodeToString(mac.Sum(nil))
	// hmac.Equal compares in constant time.
	if !hmac.Equal([]byte(header.Get(signatureHeader)), []byte(expected)) {
		return "signature_mismatch"
	}

	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil || now-ts > toleranceSeconds || ts-now > toleranceSeconds {
		return "timestamp_out_of_tolerance"
	}
	// Only now is the body trustworthy enough to parse.
	var event struct {
		Nonce string `json:"nonce"`
	}
	if err := json.Unmarshal(rawBody, &event); err != nil {
		return "signature_mismatch"
	}
	if seenNonce(event.Nonce, nonceWindowSeconds) {
		return "replayed_nonce"
	}
	return ""
}
