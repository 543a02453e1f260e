package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
)

const (
	toleranceSeconds = 300 // reject timestamps more than 5 minutes from our clock
	idWindowSeconds  = 600 // remember webhook-ids for 10 minutes, twice the tolerance
)

// Verify checks one Standard Webhooks delivery. secret is the endpoint's whsec_... secret;
// rawBody must be the exact bytes received: parsing and re-serializing the JSON changes them.
// seenID reports whether a webhook-id was already seen and remembers it for ttlSeconds.
// It returns "" when the delivery is valid, else the reason.
func Verify(secret string, header http.Header, rawBody []byte, seenID func(id string, ttlSeconds int64) bool, now int64) string {
	id := header.Get("webhook-id")
	timestamp := header.Get("webhook-timestamp")
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil {
		return "signature_mismatch"
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(id + "." + timestamp + "."))
	mac.Write(rawBody)
	expected := []byte(base64.StdEncoding.EncodeToString(mac.Sum(nil)))
	// Several space-separated signatures may be sent (secret rotation): any v1 match counts.
	matched := false
	for _, entry := range strings.Split(header.Get("webhook-signature"), " ") {
		version, signature, _ := strings.Cut(entry, ",")
		// hmac.Equal compares in constant time.
		if version == "v1" && hmac.Equal([]byte(signature), expected) {
			matched = true
		}
	}
	if !matched {
		return "signature_mismatch"
	}

	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil || now-ts > toleranceSeconds || ts-now > toleranceSeconds {
		return "timestamp_out_of_tolerance"
	}
	if seenID(id, idWindowSeconds) {
		return "replayed_id"
	}
	return ""
}
