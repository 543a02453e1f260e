package webhooks

// Runs every vector of a test-vectors file (path in VECTORS) through the Go snippet in this package.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"testing"
)

type vector struct {
	Name       string            `json:"name"`
	Secret     string            `json:"secret"`
	Now        int64             `json:"now"`
	Body       string            `json:"body"`
	Headers    map[string]string `json:"headers"`
	SeenNonces []string          `json:"seen_nonces"`
}

func TestVectors(t *testing.T) {
	raw, err := os.ReadFile(os.Getenv("VECTORS"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Vectors []vector `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	type result struct {
		Name   string  `json:"name"`
		Valid  bool    `json:"valid"`
		Reason *string `json:"reason"`
	}
	results := []result{}
	for _, v := range file.Vectors {
		seen := map[string]bool{}
		for _, n := range v.SeenNonces {
			seen[n] = true
		}
		seenNonce := func(nonce string, ttl int64) bool {
			if seen[nonce] {
				return true
			}
			seen[nonce] = true
			return false
		}
		header := http.Header{}
		for k, val := range v.Headers {
			header.Set(k, val)
		}
		reason := Verify(v.Secret, header, []byte(v.Body), seenNonce, v.Now)
		r := result{Name: v.Name, Valid: reason == ""}
		if reason != "" {
			r.Reason = &reason
		}
		results = append(results, r)
	}
	out, _ := json.Marshal(results)
	fmt.Println("RESULTS " + string(out))
}
