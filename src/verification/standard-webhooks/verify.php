<?php

const TOLERANCE_SECONDS = 300; // reject timestamps more than 5 minutes from our clock
const ID_WINDOW_SECONDS = 600; // remember webhook-ids for 10 minutes, twice the tolerance

/**
 * Verifies one Standard Webhooks delivery. $secret is the endpoint's whsec_... secret. $rawBody
 * must be the exact bytes received (file_get_contents('php://input')): re-encoding the parsed
 * JSON changes them. $headers has lowercase keys. $seenId($id, $ttl) returns true when the
 * webhook-id was already seen, and remembers it.
 * Returns ['valid' => true, 'event' => array] or ['valid' => false, 'reason' => string].
 */
function verify(string $secret, array $headers, string $rawBody, callable $seenId, ?int $now = null): array
{
    $now ??= time();
    $id = $headers['webhook-id'] ?? '';
    $timestamp = $headers['webhook-timestamp'] ?? '';
    $key = base64_decode(preg_replace('/^whsec_/', '', $secret), true);
    $expected = base64_encode(hash_hmac('sha256', $id . '.' . $timestamp . '.' . $rawBody, (string) $key, true));
    // Several space-separated signatures may be sent (secret rotation): any v1 match counts.
    $matched = false;
    foreach (explode(' ', $headers['webhook-signature'] ?? '') as $entry) {
        [$version, $signature] = array_pad(explode(',', $entry, 2), 2, '');
        // hash_equals compares in constant time.
        if ($version === 'v1' && hash_equals($expected, $signature)) {
            $matched = true;
        }
    }
    if (!$matched) {
        return ['valid' => false, 'reason' => 'signature_mismatch'];
    }

    if (!ctype_digit($timestamp) || abs($now - (int) $timestamp) > TOLERANCE_SECONDS) {
        return ['valid' => false, 'reason' => 'timestamp_out_of_tolerance'];
    }
    if ($seenId($id, ID_WINDOW_SECONDS)) {
        return ['valid' => false, 'reason' => 'replayed_id'];
    }
    // Only now is the body trustworthy enough to parse.
    return ['valid' => true, 'event' => json_decode($rawBody, true)];
}
