# Runs every vector of a test-vectors file through the Python snippet (copied beside this file).
import json
import sys

from verify import verify

vectors = json.load(open(sys.argv[1]))["vectors"]
results = []
for v in vectors:
    seen = set(v["seen_nonces"])

    def seen_nonce(nonce, ttl, seen=seen):
        if nonce in seen:
            return True
        seen.add(nonce)
        return False

    headers = {k.lower(): str(val) for k, val in v["headers"].items()}
    ok, detail = verify(v["secret"], headers, v["body"].encode("utf-8"), seen_nonce, v["now"])
    results.append({"name": v["name"], "valid": ok, "reason": None if ok else detail})
print(json.dumps(results))
