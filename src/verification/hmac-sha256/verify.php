<?php

const SIGNATURE_HEADER = 'x-webhook-signature';
const TIMESTAMP_HEADER = 'x-webhook-timestamp';
const SIGNATURE_PREFIX = 'sha256=';
const TOLERANCE_SECONDS = 300; // reject timestamps more than 5 minutes from our clock
const NONCE_WINDOW_SECONDS = 600; // remember nonces for 10 minutes

/**
 * Verifies one delivery. $rawBody must be the exact bytes received (file_get_contents('php://input')):
 * re-encoding the parsed JSON changes them. $headers has lowercase keys. $seenNonce($nonce, $ttl)
 * returns true when the nonce was already seen, and remembers it.
 * Returns ['valid' => true, 'event' => array] or ['valid' => false, 'reason' => string].
 */
function verify(string $secret, array $headers, string $rawBody, callable $seenNonce, ?int $now = null): array
{
    $now ??= time();
    $timestamp = $headers[TIMESTAMP_HEADER] ?? '';
    $signature = $headers[SIGNATURE_HEADER] ?? '';
    $expected = SIGNATURE_PREFIX . hash_hmac('sha256', $timestamp . '.' . $rawBody, $secret);
    // hash_equals compares in constant time.
    if (!hash_equals($expected, $signature)) {
        return ['valid' => false, 'reason' => 'signature_mismatch'];
    }

    if (!ctype_digit($timestamp) || abs($now - (int) $timestamp) > TOLERANCE_SECONDS) {
        return ['valid' => false, 'reason' => 'timestamp_out_of_tolerance'];
    }
    // Only now is the body trustworthy enough to parse.
    $event = json_decode($rawBody, true);
    if ($seenNonce((string) ($event['nonce'] ?? ''), NONCE_WINDOW_SECONDS)) {
        return ['valid' => false, 'reason' => 'replayed_nonce'];
    }
    return ['valid' => true, 'event' => $event];
}
